package io.champa.lint.bpmn;

import static io.champa.lint.bpmn.BpmnModel.hasCondition;
import static io.champa.lint.bpmn.BpmnModel.id;
import static io.champa.lint.bpmn.BpmnModel.isDefault;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;

/** bpmnlint's rules about sequence flows: how nodes connect, split and join. */
final class FlowRules {

  private FlowRules() {
  }

  static List<BpmnRule> all() {
    return List.of(conditionalFlows(), fakeJoin(), noDisconnected(), noDuplicateSequenceFlows(), noGatewayJoinFork(),
        noImplicitEnd(), noImplicitSplit(), noImplicitStart(), superfluousGateway());
  }

  private static RuleInfo info(String id, Severity severity, String description, String example) {
    return RuleInfo.of(id, Category.BPMN, severity, description, example);
  }

  static BpmnRule conditionalFlows() {
    return new BpmnRule(info("conditional-flows", Severity.ERROR,
        "Outgoing flows of a conditional fork (a default flow or any condition) all have a condition or are the default.",
        "An exclusive gateway with flows `amount > 100` and one without condition or default: the bare flow is reported."),
        (model, report) -> {
          for (ModelElementInstance node : model.nodes()) {
            List<SequenceFlow> outgoing = model.outgoing(node);
            boolean conditional = node.getAttributeValue("default") != null
                || outgoing.stream().anyMatch(BpmnModel::hasCondition);
            if (!conditional) {
              continue;
            }
            for (SequenceFlow flow : outgoing) {
              if (!hasCondition(flow) && !isDefault(node, flow)) {
                report.report(flow.getId(), "Sequence flow is missing condition");
              }
            }
          }
        });
  }

  static BpmnRule fakeJoin() {
    return new BpmnRule(info("fake-join", Severity.WARN,
        "An activity or event has at most one incoming flow; joins are modelled with a gateway.",
        "Two flows into one task: the task is reported (it runs twice, it does not wait for both)."),
        (model, report) -> {
          for (ModelElementInstance node : model.nodes()) {
            if ((BpmnModel.isActivity(node) || node instanceof Event) && model.incoming(node).size() > 1) {
              report.report(id(node), "Incoming flows do not join");
            }
          }
        });
  }

  static BpmnRule noDisconnected() {
    return new BpmnRule(info("no-disconnected", Severity.ERROR,
        "Tasks, gateways, sub-processes and events are connected by at least one sequence flow.",
        "A task with neither incoming nor outgoing flow, outside an ad-hoc sub-process, is reported."),
        (model, report) -> {
          for (ModelElementInstance node : model.nodes()) {
            boolean checked = node instanceof Task || node instanceof Gateway || BpmnModel.isSubProcess(node)
                || node instanceof Event;
            if (!checked || BpmnModel.isEventSubProcess(node) || isCompensationLinked(node) || BpmnModel.isInAdHoc(node)) {
              continue;
            }
            if (model.incoming(node).isEmpty() && model.outgoing(node).isEmpty()) {
              report.report(id(node), "Element is not connected");
            }
          }
        });
  }

  static BpmnRule noDuplicateSequenceFlows() {
    return new BpmnRule(info("no-duplicate-sequence-flows", Severity.ERROR,
        "No two sequence flows share source, target and condition.",
        "Two flows from `A` to `B` without condition: the second flow, `A` and `B` are reported."),
        (model, report) -> {
          Set<String> keys = new HashSet<>();
          Set<String> sources = new HashSet<>();
          Set<String> targets = new HashSet<>();
          for (SequenceFlow flow : model.sequenceFlows()) {
            String source = flow.getAttributeValue("sourceRef");
            String target = flow.getAttributeValue("targetRef");
            String condition = hasCondition(flow) ? String.valueOf(flow.getConditionExpression().getTextContent()) : "";
            if (keys.add(source + "#" + target + "#" + condition)) {
              continue;
            }
            report.report(flow.getId(), "SequenceFlow is a duplicate");
            if (sources.add(source)) {
              report.report(source, "Duplicate outgoing sequence flows");
            }
            if (targets.add(target)) {
              report.report(target, "Duplicate incoming sequence flows");
            }
          }
        });
  }

  static BpmnRule noGatewayJoinFork() {
    return new BpmnRule(info("no-gateway-join-fork", Severity.ERROR,
        "A gateway either joins or forks, never both.",
        "A gateway with two incoming and two outgoing flows is reported; split it into a join and a fork."),
        (model, report) -> {
          for (Gateway gateway : model.all(Gateway.class)) {
            if (model.incoming(gateway).size() > 1 && model.outgoing(gateway).size() > 1) {
              report.report(gateway.getId(), "Gateway forks and joins");
            }
          }
        });
  }

  static BpmnRule noImplicitEnd() {
    return new BpmnRule(info("no-implicit-end", Severity.ERROR,
        "Every path ends in an end event; an activity, event or gateway without outgoing flow is an implicit end.",
        "A task with no outgoing flow that is not an end event is reported."),
        (model, report) -> {
          for (ModelElementInstance node : model.nodes()) {
            if (!model.outgoing(node).isEmpty() || BpmnModel.isEventSubProcess(node) || BpmnModel.isInAdHoc(node)
                || node instanceof EndEvent || isForCompensation(node)
                || (node instanceof IntermediateThrowEvent && onlyDefinitions(node, LinkEventDefinition.class))
                || (node instanceof BoundaryEvent && onlyDefinitions(node, CompensateEventDefinition.class)
                    && hasAssociationFrom(model, node))) {
              continue;
            }
            report.report(id(node), "Element is an implicit end");
          }
        });
  }

  static BpmnRule noImplicitSplit() {
    return new BpmnRule(info("no-implicit-split", Severity.ERROR,
        "An activity or event splits only through conditional or default flows; forks use a gateway.",
        "A task with two unconditional outgoing flows is reported."),
        (model, report) -> {
          for (ModelElementInstance node : model.nodes()) {
            if (!(BpmnModel.isActivity(node) || node instanceof Event)) {
              continue;
            }
            long plain = model.outgoing(node).stream().filter(flow -> !hasCondition(flow) && !isDefault(node, flow)).count();
            if (plain > 1) {
              report.report(id(node), "Flow splits implicitly");
            }
          }
        });
  }

  static BpmnRule noImplicitStart() {
    return new BpmnRule(info("no-implicit-start", Severity.ERROR,
        "Every path starts at a start event; an activity, event or gateway without incoming flow is an implicit start.",
        "A task with no incoming flow is reported."),
        (model, report) -> {
          for (ModelElementInstance node : model.nodes()) {
            if (!model.incoming(node).isEmpty() || isForCompensation(node) || BpmnModel.isInAdHoc(node)
                || BpmnModel.isEventSubProcess(node) || node instanceof StartEvent || node instanceof BoundaryEvent
                || (node instanceof IntermediateCatchEvent && onlyDefinitions(node, LinkEventDefinition.class))) {
              continue;
            }
            report.report(id(node), "Element is an implicit start");
          }
        });
  }

  static BpmnRule superfluousGateway() {
    return new BpmnRule(info("superfluous-gateway", Severity.WARN,
        "A gateway with exactly one incoming and one outgoing flow does nothing.",
        "`task A -> gateway -> task B`: the gateway is reported."),
        (model, report) -> {
          for (Gateway gateway : model.all(Gateway.class)) {
            if (model.incoming(gateway).size() == 1 && model.outgoing(gateway).size() == 1) {
              report.report(gateway.getId(), "Gateway is superfluous. It only has one source and target.");
            }
          }
        });
  }

  private static boolean isForCompensation(ModelElementInstance node) {
    return node instanceof org.camunda.bpm.model.bpmn.instance.Activity activity && activity.isForCompensation();
  }

  private static boolean isCompensationLinked(ModelElementInstance node) {
    boolean compensationBoundary = node instanceof BoundaryEvent && BpmnModel.eventDefinitions(node).size() == 1
        && BpmnModel.eventDefinitions(node).get(0) instanceof CompensateEventDefinition;
    return compensationBoundary || isForCompensation(node);
  }

  /** Whether the event has event definitions and all of them are of {@code type}. */
  static boolean onlyDefinitions(ModelElementInstance event, Class<?> type) {
    var definitions = BpmnModel.eventDefinitions(event);
    return !definitions.isEmpty() && definitions.stream().allMatch(type::isInstance);
  }

  private static boolean hasAssociationFrom(BpmnModel model, ModelElementInstance node) {
    String nodeId = id(node);
    return model.all(Association.class).stream().anyMatch(a -> nodeId.equals(a.getAttributeValue("sourceRef")));
  }
}
