package io.champa.lint.camunda;

import static io.champa.lint.bpmn.BpmnModel.isBlank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleContext;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;
import io.champa.lint.bpmn.BpmnModel;
import io.champa.lint.bpmn.BpmnRule;

/** Camunda extension elements that the engine parses strictly: listeners and input/output mappings. */
final class ExtensionRules {

  private static final Set<String> EXECUTION_EVENTS = Set.of("start", "end");
  private static final Set<String> TASK_EVENTS = Set.of("create", "assignment", "complete", "delete", "update", "timeout");

  private ExtensionRules() {
  }

  static List<BpmnRule> all() {
    return List.of(listenerValid(), ioMappingValid());
  }

  static BpmnRule listenerValid() {
    return new BpmnRule(RuleInfo.of("listener-valid", Category.CAMUNDA, Severity.ERROR,
        "Each execution or task listener has exactly one of class, expression, delegateExpression or script, and an event "
            + "the engine knows (start/end; take on flows; create, assignment, complete, delete, update, timeout).",
        "`<camunda:executionListener event=\"begin\" class=\"…\"/>` or a listener with no implementation."),
        (model, report) -> {
          for (CamundaExecutionListener listener : model.all(CamundaExecutionListener.class)) {
            String owner = Scope.ownerNode(listener);
            checkImplementation("Execution listener", listener.getCamundaClass(), listener.getCamundaExpression(),
                listener.getCamundaDelegateExpression(), listener.getCamundaScript() != null, owner, report);
            String event = listener.getCamundaEvent();
            boolean onFlow = listener.getParentElement() != null && listener.getParentElement().getParentElement() instanceof SequenceFlow;
            if (onFlow ? event != null && !event.equals("take") : !EXECUTION_EVENTS.contains(String.valueOf(event))) {
              report.report(owner, "Execution listener event '" + event + "' is not "
                  + (onFlow ? "take" : "start or end"));
            }
          }
          for (CamundaTaskListener listener : model.all(CamundaTaskListener.class)) {
            String owner = Scope.ownerNode(listener);
            checkImplementation("Task listener", listener.getCamundaClass(), listener.getCamundaExpression(),
                listener.getCamundaDelegateExpression(), listener.getCamundaScript() != null, owner, report);
            String event = listener.getCamundaEvent();
            if (!TASK_EVENTS.contains(String.valueOf(event))) {
              report.report(owner, "Task listener event '" + event + "' is not one of create, assignment, complete, delete, "
                  + "update, timeout");
            } else if (event.equals("timeout") && (listener.getTimeouts().isEmpty() || isBlank(listener.getAttributeValue("id")))) {
              report.report(owner, "A timeout task listener needs an id and a timerEventDefinition");
            }
          }
        });
  }

  private static void checkImplementation(String what, String className, String expression, String delegate,
      boolean script, String owner, RuleContext report) {
    int count = (isBlank(className) ? 0 : 1) + (isBlank(expression) ? 0 : 1) + (isBlank(delegate) ? 0 : 1) + (script ? 1 : 0);
    if (count == 0) {
      report.report(owner, what + " has no class, expression, delegateExpression or script");
    } else if (count > 1) {
      report.report(owner, what + " has more than one of class, expression, delegateExpression and script");
    }
  }

  static BpmnRule ioMappingValid() {
    return new BpmnRule(RuleInfo.of("io-mapping-valid", Category.CAMUNDA, Severity.ERROR,
        "Input/output parameters have non-blank, unique names, and sit where the engine allows them (not on gateways, start "
            + "events or event sub-processes; no outputs on end events or multi-instance activities).",
        "Two `<camunda:inputParameter name=\"amount\">` on one task, or an output parameter on an end event."),
        (model, report) -> {
          for (CamundaInputOutput mapping : model.all(CamundaInputOutput.class)) {
            String owner = Scope.ownerNode(mapping);
            names("Input", mapping.getCamundaInputParameters().stream().map(CamundaInputParameter::getCamundaName).toList(),
                owner, report);
            Collection<CamundaOutputParameter> outputs = mapping.getCamundaOutputParameters();
            names("Output", outputs.stream().map(CamundaOutputParameter::getCamundaName).toList(), owner, report);
            ModelElementInstance parent = mapping.getParentElement();
            if (parent instanceof CamundaConnector) {
              continue;
            }
            ModelElementInstance element = parent == null ? null : parent.getParentElement();
            if (element instanceof Gateway || element instanceof StartEvent || BpmnModel.isEventSubProcess(element)) {
              report.report(owner, "The engine does not support input/output mappings on a "
                  + element.getElementType().getTypeName() + (BpmnModel.isEventSubProcess(element) ? " (event sub-process)" : ""));
            } else if (!outputs.isEmpty() && element instanceof EndEvent) {
              report.report(owner, "The engine does not allow output parameters on an end event");
            } else if (!outputs.isEmpty() && element instanceof Activity activity
                && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics) {
              report.report(owner, "The engine does not allow output parameters on a multi-instance activity");
            }
          }
        });
  }

  private static void names(String kind, List<String> names, String owner, RuleContext report) {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (String name : names) {
      if (isBlank(name)) {
        report.report(owner, kind + " parameter without a name");
      } else if (!seen.add(name) && !duplicates.contains(name)) {
        duplicates.add(name);
      }
    }
    duplicates.forEach(name -> report.report(owner, kind + " parameter '" + name + "' is defined more than once"));
  }
}
