package io.champa.lint.bpmn;

import static io.champa.lint.bpmn.BpmnModel.id;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.RootElement;
import org.camunda.bpm.model.bpmn.instance.SendTask;

import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;

/** bpmnlint's rules about labels, global elements and discouraged gateway types. */
final class NamingRules {

  private NamingRules() {
  }

  static List<BpmnRule> all() {
    return List.of(labelRequired(), global(),
        discouraged("no-complex-gateway", ComplexGateway.class, "bpmn:ComplexGateway", Severity.ERROR),
        discouraged("no-inclusive-gateway", InclusiveGateway.class, "bpmn:InclusiveGateway", Severity.WARN));
  }

  static BpmnRule labelRequired() {
    return new BpmnRule(RuleInfo.of("label-required", Category.BPMN, Severity.ERROR,
        "Flow nodes, conditional flows, participants and lanes have a label; parallel and event-based gateways, "
            + "joining gateways and sub-processes are exempt.",
        "A user task without a name is reported."),
        (model, report) -> {
          List<ModelElementInstance> labelled = new ArrayList<>();
          for (ModelElementInstance node : model.nodes()) {
            if (node instanceof ParallelGateway || node instanceof EventBasedGateway || BpmnModel.isSubProcess(node)
                || (node instanceof Gateway && model.outgoing(node).size() <= 1)) {
              continue;
            }
            labelled.add(node);
          }
          model.sequenceFlows().stream().filter(BpmnModel::hasCondition).forEach(labelled::add);
          labelled.addAll(model.all(Participant.class));
          labelled.addAll(model.all(Lane.class));
          for (ModelElementInstance element : labelled) {
            if (BpmnModel.isBlank(element.getAttributeValue("name"))) {
              report.report(id(element), "Element is missing label/name");
            }
          }
        });
  }

  /**
   * Errors, escalations, messages and signals are used, named and uniquely named. As in bpmnlint, a
   * {@code name} attribute that is present but blank is "missing"; an absent one is not reported.
   */
  static BpmnRule global() {
    return new BpmnRule(RuleInfo.of("global", Category.BPMN, Severity.WARN,
        "Global errors, escalations, messages and signals are referenced, have a non-empty name and a unique name.",
        "A `bpmn:message` that no event, task or message flow references is reported as unused."),
        (model, report) -> {
          List<RootElement> globals = new ArrayList<>();
          for (Class<? extends RootElement> type : List.of(Error.class, Escalation.class, Message.class, Signal.class)) {
            globals.addAll(model.all(type));
          }
          Set<String> referenced = references(model);
          for (RootElement element : globals) {
            String name = element.getAttributeValue("name");
            // Camunda's API answers null for name="", so presence is read from the DOM
            if (element.getDomElement().hasAttribute("name") && BpmnModel.isBlank(name)) {
              report.report(element.getId(), "Element is missing name");
            }
            if (!referenced.contains(element.getElementType().getTypeName() + "#" + element.getId())) {
              report.report(element.getId(), "Element is unused");
            }
            long sameName = globals.stream().filter(other -> other.getElementType() == element.getElementType()
                && Objects.equals(other.getAttributeValue("name"), name)).count();
            if (sameName > 1) {
              report.report(element.getId(), "Element name is not unique");
            }
          }
        });
  }

  private static BpmnRule discouraged(String ruleId, Class<? extends Gateway> type, String typeName, Severity severity) {
    return new BpmnRule(RuleInfo.of(ruleId, Category.BPMN, severity,
        "The element type `" + typeName + "` is discouraged.",
        "Any `" + typeName.substring(5, 6).toLowerCase() + typeName.substring(6) + "` is reported."),
        (model, report) -> model.all(type).forEach(
            gateway -> report.report(gateway.getId(), "Element type <" + typeName + "> is discouraged")));
  }

  /** {@code type#id} for every error, escalation, message and signal something refers to. */
  private static Set<String> references(BpmnModel model) {
    Set<String> references = new HashSet<>();
    model.all(ErrorEventDefinition.class).forEach(d -> add(references, "error", d.getAttributeValue("errorRef")));
    model.all(EscalationEventDefinition.class).forEach(
        d -> add(references, "escalation", d.getAttributeValue("escalationRef")));
    model.all(SignalEventDefinition.class).forEach(d -> add(references, "signal", d.getAttributeValue("signalRef")));
    model.all(MessageEventDefinition.class).forEach(d -> add(references, "message", d.getAttributeValue("messageRef")));
    model.all(MessageFlow.class).forEach(d -> add(references, "message", d.getAttributeValue("messageRef")));
    model.all(ReceiveTask.class).forEach(d -> add(references, "message", d.getAttributeValue("messageRef")));
    model.all(SendTask.class).forEach(d -> add(references, "message", d.getAttributeValue("messageRef")));
    return references;
  }

  /** References are QNames; a prefix ({@code tns:Message_1}) is dropped. */
  private static void add(Set<String> references, String type, String ref) {
    if (ref != null) {
      references.add(type + "#" + ref.substring(ref.indexOf(':') + 1));
    }
  }

}
