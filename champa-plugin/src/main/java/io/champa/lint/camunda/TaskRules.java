package io.champa.lint.camunda;

import static io.champa.lint.bpmn.BpmnModel.camunda;
import static io.champa.lint.bpmn.BpmnModel.id;
import static io.champa.lint.bpmn.BpmnModel.isBlank;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.HumanPerformer;
import org.camunda.bpm.model.bpmn.instance.PotentialOwner;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleInfo;
import io.champa.lint.RuleParameter;
import io.champa.lint.Severity;
import io.champa.lint.bpmn.BpmnModel;
import io.champa.lint.bpmn.BpmnRule;

/** User tasks (who, which form), transaction boundaries around them and service calls, and error handling. */
final class TaskRules {

  private static final String SERVICE_TYPES = "serviceTask,sendTask,businessRuleTask,scriptTask";

  private TaskRules() {
  }

  static List<BpmnRule> all() {
    return List.of(userTaskAssignment(), userTaskForm(), asyncAfterUserTask(), asyncBeforeServiceTask(),
        errorBoundaryEventRequired());
  }

  static BpmnRule userTaskAssignment() {
    return new BpmnRule(RuleInfo.of("user-task-assignment", Category.CAMUNDA, Severity.WARN,
        "A user task has an assignee, candidate users or groups, a performer/potential owner, or a create/assignment "
            + "task listener that assigns it.",
        "`<userTask id=\"approve\"/>` with no camunda:assignee, camunda:candidateGroups or camunda:candidateUsers."),
        (model, report) -> {
          for (UserTask task : Scope.executable(model, UserTask.class)) {
            boolean assigned = !isBlank(task.getCamundaAssignee()) || !isBlank(task.getCamundaCandidateUsers())
                || !isBlank(task.getCamundaCandidateGroups())
                || !task.getChildElementsByType(HumanPerformer.class).isEmpty()
                || !task.getChildElementsByType(PotentialOwner.class).isEmpty()
                || BpmnModel.extensions(task, CamundaTaskListener.class).stream()
                    .anyMatch(l -> "create".equals(l.getCamundaEvent()) || "assignment".equals(l.getCamundaEvent()));
            if (!assigned) {
              report.report(task.getId(), "User task has no assignee and no candidate users or groups");
            }
          }
        });
  }

  static BpmnRule userTaskForm() {
    return new BpmnRule(RuleInfo.of("user-task-form", Category.CAMUNDA, Severity.WARN,
        "A user task has a form: camunda:formKey, camunda:formRef, camunda:formData, form properties or a form handler.",
        "`<userTask id=\"approve\" camunda:assignee=\"demo\"/>` without any form."),
        (model, report) -> {
          for (UserTask task : Scope.executable(model, UserTask.class)) {
            boolean form = !isBlank(task.getCamundaFormKey()) || !isBlank(task.getCamundaFormRef())
                || !isBlank(task.getCamundaFormHandlerClass())
                || !BpmnModel.extensions(task, CamundaFormData.class).isEmpty()
                || !BpmnModel.extensions(task, CamundaFormProperty.class).isEmpty();
            if (!form) {
              report.report(task.getId(), "User task has no form (formKey, formRef or formData)");
            }
          }
        });
  }

  static BpmnRule asyncAfterUserTask() {
    return new BpmnRule(RuleInfo.of("async-after-user-task", Category.CAMUNDA, Severity.INFO,
        "A user task followed (directly or through gateways) by a service call is asyncAfter, or the call is asyncBefore, "
            + "so completing the task does not run the call in the user's transaction.",
        "`userTask -> serviceTask` with neither camunda:asyncAfter on the user task nor camunda:asyncBefore on the service task.",
        new RuleParameter("types", SERVICE_TYPES, "Element types that count as a service call.")),
        (model, report) -> {
          List<String> types = report.listParameter("types");
          for (UserTask task : Scope.executable(model, UserTask.class)) {
            if (BpmnModel.camundaFlag(task, "asyncAfter")) {
              continue;
            }
            String call = firstSynchronousCall(model, task, types);
            if (call != null) {
              report.report(task.getId(), "Completing the user task runs '" + call
                  + "' in the same transaction; set camunda:asyncAfter on the user task or camunda:asyncBefore on the call");
            }
          }
        });
  }

  static BpmnRule asyncBeforeServiceTask() {
    return new BpmnRule(RuleInfo.of("async-before-service-task", Category.CAMUNDA, Severity.INFO,
        "A service call (not an external task) is camunda:asyncBefore, so a failure becomes a retried job and an incident "
            + "on that task instead of rolling back to the previous wait state.",
        "`<serviceTask camunda:class=\"…\"/>` without camunda:asyncBefore=\"true\".",
        new RuleParameter("types", "serviceTask,sendTask", "Element types that must start a new transaction.")),
        (model, report) -> {
          List<String> types = report.listParameter("types");
          for (FlowNode node : Scope.executable(model, FlowNode.class)) {
            if (types.contains(node.getElementType().getTypeName()) && !"external".equals(camunda(node, "type"))
                && !BpmnModel.camundaFlag(node, "asyncBefore")) {
              report.report(node.getId(), "Service call without camunda:asyncBefore: a failure rolls back to the previous wait state");
            }
          }
        });
  }

  static BpmnRule errorBoundaryEventRequired() {
    return new BpmnRule(RuleInfo.of("error-boundary-event-required", Category.CAMUNDA, Severity.INFO,
        "The configured element types have an error boundary event, on themselves or an enclosing sub-process, or an "
            + "error event sub-process in an enclosing scope.",
        "A service task with no error boundary event in a process with no error event sub-process.",
        new RuleParameter("types", "serviceTask,sendTask,businessRuleTask", "Element types that must handle BPMN errors.")),
        (model, report) -> {
          List<String> types = report.listParameter("types");
          Set<String> withErrorBoundary = new HashSet<>();
          for (BoundaryEvent boundary : model.all(BoundaryEvent.class)) {
            if (BpmnModel.eventDefinitions(boundary).stream().anyMatch(ErrorEventDefinition.class::isInstance)) {
              withErrorBoundary.add(boundary.getAttributeValue("attachedToRef"));
            }
          }
          for (FlowNode node : Scope.executable(model, FlowNode.class)) {
            if (types.contains(node.getElementType().getTypeName()) && !handled(model, node, withErrorBoundary)) {
              report.report(node.getId(), "No error boundary event or error event sub-process handles BPMN errors here");
            }
          }
        });
  }

  private static boolean handled(BpmnModel model, ModelElementInstance node, Set<String> withErrorBoundary) {
    for (ModelElementInstance e = node; e != null; e = e.getParentElement()) {
      if (withErrorBoundary.contains(id(e))) {
        return true;
      }
      if (e != node && (BpmnModel.isSubProcess(e) || e instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
        for (ModelElementInstance child : model.flowElements(e)) {
          if (BpmnModel.isEventSubProcess(child) && model.flowElements(child).stream().anyMatch(s -> s instanceof StartEvent
              && BpmnModel.eventDefinitions(s).stream().anyMatch(ErrorEventDefinition.class::isInstance))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The id of the first service call reached from the task without crossing a wait state or async boundary. */
  private static String firstSynchronousCall(BpmnModel model, UserTask task, List<String> types) {
    Deque<ModelElementInstance> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    queue.add(task);
    while (!queue.isEmpty()) {
      ModelElementInstance current = queue.poll();
      for (SequenceFlow flow : model.outgoing(current)) {
        ModelElementInstance next = model.instance().getModelElementById(flow.getAttributeValue("targetRef"));
        if (next == null || !seen.add(id(next)) || (next instanceof FlowNode node && BpmnModel.camundaFlag(node, "asyncBefore"))) {
          continue;
        }
        if (types.contains(next.getElementType().getTypeName()) && !"external".equals(camunda(next, "type"))) {
          return id(next);
        }
        if (next instanceof Gateway gateway && !BpmnModel.camundaFlag(gateway, "asyncAfter")) {
          queue.add(next);
        }
      }
    }
    return null;
  }
}
