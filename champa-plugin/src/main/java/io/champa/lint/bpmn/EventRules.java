package io.champa.lint.bpmn;

import static io.champa.lint.bpmn.BpmnModel.eventDefinitions;
import static io.champa.lint.bpmn.BpmnModel.id;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleContext;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;

/** bpmnlint's rules about start, end, link and other events, and the scopes that hold them. */
final class EventRules {

  private EventRules() {
  }

  static List<BpmnRule> all() {
    return List.of(adHocSubProcess(), conditionalEvent(), endEventRequired(), eventBasedGateway(),
        eventSubProcessTypedStartEvent(), linkEvent(), singleBlankStartEvent(), singleEventDefinition(),
        startEventRequired(), subProcessBlankStartEvent(), superfluousTermination());
  }

  private static RuleInfo info(String id, Severity severity, String description, String example) {
    return RuleInfo.of(id, Category.BPMN, severity, description, example);
  }

  static BpmnRule adHocSubProcess() {
    return new BpmnRule(info("ad-hoc-sub-process", Severity.ERROR,
        "An ad-hoc sub-process contains no start or end event.",
        "An `adHocSubProcess` with a `startEvent` inside: the start event is reported."),
        (model, report) -> {
          for (ModelElementInstance adHoc : model.containers()) {
            if (!BpmnModel.isAdHoc(adHoc)) {
              continue;
            }
            for (ModelElementInstance element : model.flowElements(adHoc)) {
              if (element instanceof StartEvent) {
                report.report(id(element), "A <Start Event> is not allowed in <Ad Hoc Sub Process>");
              } else if (element instanceof EndEvent) {
                report.report(id(element), "An <End Event> is not allowed in <Ad Hoc Sub Process>");
              }
            }
          }
        });
  }

  static BpmnRule conditionalEvent() {
    return new BpmnRule(info("conditional-event", Severity.ERROR,
        "A conditional event in an executable process has a condition (bpmnlint:all and bpmnlint:correctness, not recommended).",
        "A conditional boundary event whose `conditionalEventDefinition` has no `condition`: the event is reported."),
        (model, report) -> {
          for (Event event : model.all(Event.class)) {
            if (!inExecutableProcess(event)) {
              continue;
            }
            for (var definition : eventDefinitions(event)) {
              if (definition instanceof ConditionalEventDefinition conditional
                  && (conditional.getCondition() == null || BpmnModel.isBlank(conditional.getCondition().getTextContent()))) {
                report.report(event.getId(), "Conditional event is missing a condition");
              }
            }
          }
        });
  }

  static BpmnRule endEventRequired() {
    return new BpmnRule(info("end-event-required", Severity.ERROR,
        "Every process and sub-process (not ad-hoc) has an end event.",
        "A process whose last task has no end event after it: the process is reported."),
        (model, report) -> requireEvent(model, report, EndEvent.class, "end"));
  }

  static BpmnRule startEventRequired() {
    return new BpmnRule(info("start-event-required", Severity.ERROR,
        "Every process and sub-process (not ad-hoc) has a start event.",
        "A sub-process that begins with a task: the sub-process is reported."),
        (model, report) -> requireEvent(model, report, StartEvent.class, "start"));
  }

  static BpmnRule eventBasedGateway() {
    return new BpmnRule(info("event-based-gateway", Severity.ERROR,
        "An event-based gateway has at least two outgoing flows, none of them conditional.",
        "An event-based gateway with a single outgoing flow is reported."),
        (model, report) -> {
          for (EventBasedGateway gateway : model.all(EventBasedGateway.class)) {
            List<SequenceFlow> outgoing = model.outgoing(gateway);
            if (outgoing.size() < 2) {
              report.report(gateway.getId(), "An <Event-based Gateway> must have at least 2 outgoing <Sequence Flows>");
            }
            outgoing.stream().filter(BpmnModel::hasCondition).forEach(flow -> report.report(flow.getId(),
                "A <Sequence Flow> outgoing from an <Event-based Gateway> must not be conditional"));
          }
        });
  }

  static BpmnRule eventSubProcessTypedStartEvent() {
    return new BpmnRule(info("event-sub-process-typed-start-event", Severity.ERROR,
        "The start event of an event sub-process has an event definition (message, timer, error, ...).",
        "An event sub-process with a blank start event: the start event is reported."),
        (model, report) -> {
          for (SubProcess sub : model.all(SubProcess.class)) {
            if (!sub.triggeredByEvent()) {
              continue;
            }
            for (ModelElementInstance element : model.flowElements(sub)) {
              if (element instanceof StartEvent && eventDefinitions(element).isEmpty()) {
                report.report(id(element), "Start event is missing event definition");
              }
            }
          }
        });
  }

  static BpmnRule linkEvent() {
    return new BpmnRule(info("link-event", Severity.ERROR,
        "Link events are named, and in each scope every link name has exactly one catch event and at least one throw event.",
        "A link throw event `toEnd` with no link catch event `toEnd` in the same scope is reported."),
        (model, report) -> {
          for (ModelElementInstance container : model.containers()) {
            Map<String, List<ModelElementInstance>> byName = new LinkedHashMap<>();
            for (ModelElementInstance element : model.flowElements(container)) {
              LinkEventDefinition link = linkDefinition(element);
              if (link == null) {
                continue;
              }
              String name = link.getName();
              if (BpmnModel.isBlank(name)) {
                report.report(id(element), "Link event is missing link name");
              } else {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(element);
              }
            }
            byName.forEach((name, events) -> checkLinkGroup(name, events, report));
          }
        });
  }

  static BpmnRule singleBlankStartEvent() {
    return new BpmnRule(info("single-blank-start-event", Severity.ERROR,
        "A process or sub-process has at most one blank start event.",
        "A process with two start events without event definitions: the process is reported."),
        (model, report) -> {
          for (ModelElementInstance container : model.containers()) {
            long blank = model.flowElements(container).stream()
                .filter(e -> e instanceof StartEvent && eventDefinitions(e).isEmpty()).count();
            if (blank > 1) {
              String type = container instanceof Process ? "Process" : "Sub process";
              report.report(id(container), type + " has multiple blank start events");
            }
          }
        });
  }

  static BpmnRule singleEventDefinition() {
    return new BpmnRule(info("single-event-definition", Severity.ERROR,
        "An event has at most one event definition.",
        "A start event with both a message and a timer definition is reported."),
        (model, report) -> {
          for (Event event : model.all(Event.class)) {
            if (eventDefinitions(event).size() > 1) {
              report.report(event.getId(), "Event has multiple event definitions");
            }
          }
        });
  }

  static BpmnRule subProcessBlankStartEvent() {
    return new BpmnRule(info("sub-process-blank-start-event", Severity.ERROR,
        "The start event of an embedded sub-process (not an event sub-process) is blank.",
        "A sub-process whose start event has a timer definition: the start event is reported."),
        (model, report) -> {
          for (ModelElementInstance container : model.containers()) {
            if (!BpmnModel.isSubProcess(container) || BpmnModel.isEventSubProcess(container)) {
              continue;
            }
            for (ModelElementInstance element : model.flowElements(container)) {
              if (element instanceof StartEvent && !eventDefinitions(element).isEmpty()) {
                report.report(id(element), "Start event must be blank");
              }
            }
          }
        });
  }

  static BpmnRule superfluousTermination() {
    return new BpmnRule(info("superfluous-termination", Severity.WARN,
        "A terminate end event is superfluous when it is the only end of its scope (besides interrupting event sub-processes).",
        "A process whose only end event is a terminate end event: the end event is reported."),
        (model, report) -> {
          for (ModelElementInstance container : model.containers()) {
            List<ModelElementInstance> ends = model.flowElements(container).stream()
                .filter(e -> (e instanceof FlowNode || BpmnModel.isAdHoc(e)) && model.outgoing(e).isEmpty()).toList();
            List<ModelElementInstance> terminates = ends.stream().filter(EventRules::isTerminateEnd).toList();
            if (terminates.size() == 1
                && ends.stream().allMatch(e -> isTerminateEnd(e) || isInterruptingEventSubProcess(model, e))) {
              report.report(id(terminates.get(0)), "Termination is superfluous.");
            }
          }
        });
  }

  private static void requireEvent(BpmnModel model, RuleContext report, Class<? extends Event> type, String kind) {
    for (ModelElementInstance container : model.containers()) {
      if (BpmnModel.isAdHoc(container)) {
        continue;
      }
      if (model.flowElements(container).stream().noneMatch(type::isInstance)) {
        String label = container instanceof Process ? "Process" : "Sub process";
        report.report(id(container), label + " is missing " + kind + " event");
      }
    }
  }

  private static void checkLinkGroup(String name, List<ModelElementInstance> events, RuleContext report) {
    if (events.size() == 1) {
      ModelElementInstance event = events.get(0);
      String missing = event instanceof ThrowEvent ? "catch" : "throw";
      report.report(id(event), "Link " + missing + " event with link name <" + name + "> missing in scope");
      return;
    }
    List<ModelElementInstance> catches = events.stream().filter(CatchEvent.class::isInstance).toList();
    if (catches.size() > 1) {
      catches.forEach(e -> report.report(id(e), "Duplicate link catch event with link name <" + name + "> in scope"));
    } else if (catches.isEmpty()) {
      events.forEach(e -> report.report(id(e), "Link catch event with link name <" + name + "> missing in scope"));
    }
  }

  private static LinkEventDefinition linkDefinition(ModelElementInstance element) {
    if (!(element instanceof Event)) {
      return null;
    }
    return eventDefinitions(element).stream().filter(LinkEventDefinition.class::isInstance)
        .map(LinkEventDefinition.class::cast).findFirst().orElse(null);
  }

  private static boolean isTerminateEnd(ModelElementInstance element) {
    return element instanceof EndEvent && eventDefinitions(element).stream().anyMatch(TerminateEventDefinition.class::isInstance);
  }

  private static boolean isInterruptingEventSubProcess(BpmnModel model, ModelElementInstance element) {
    return BpmnModel.isEventSubProcess(element) && model.flowElements(element).stream()
        .anyMatch(e -> e instanceof StartEvent start && start.isInterrupting());
  }

  static boolean inExecutableProcess(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof Process process) {
        return process.isExecutable();
      }
    }
    return false;
  }
}
