package io.champa.lint.camunda;

import static io.champa.lint.bpmn.BpmnModel.camunda;
import static io.champa.lint.bpmn.BpmnModel.isBlank;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleContext;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;
import io.champa.lint.bpmn.BpmnModel;
import io.champa.lint.bpmn.BpmnRule;

/** Process-level settings and the references Camunda 7 resolves at deployment: messages, signals, errors, called elements. */
final class ProcessRules {

  private static final Set<String> BINDINGS = Set.of("latest", "deployment", "version", "versionTag");
  private static final Set<String> CASE_BINDINGS = Set.of("latest", "deployment", "version");

  private ProcessRules() {
  }

  static List<BpmnRule> all() {
    return List.of(historyTimeToLive(), executableProcess(), calledElement(), messageRefValid(), signalRefValid(),
        errorCodeRequired());
  }

  static BpmnRule historyTimeToLive() {
    return new BpmnRule(RuleInfo.of("history-time-to-live", Category.CAMUNDA, Severity.ERROR,
        "An executable process sets camunda:historyTimeToLive (days, or P<n>D); since 7.20 the engine refuses it otherwise.",
        "`<process id=\"order\" isExecutable=\"true\">` without camunda:historyTimeToLive; valid: `180` or `P180D`."),
        (model, report) -> {
          for (Process process : model.all(Process.class)) {
            if (!process.isExecutable()) {
              continue;
            }
            String ttl = camunda(process, "historyTimeToLive");
            if (isBlank(ttl)) {
              report.report(process.getId(), "Process has no camunda:historyTimeToLive");
            } else if (!ttl.trim().matches("\\d+|P\\d+D")) {
              report.report(process.getId(), "camunda:historyTimeToLive '" + ttl + "' is not a number of days or P<n>D");
            }
          }
        });
  }

  static BpmnRule executableProcess() {
    return new BpmnRule(RuleInfo.of("executable-process", Category.CAMUNDA, Severity.ERROR,
        "A file with processes marks at least one of them isExecutable=\"true\"; the engine deploys no other.",
        "A single `<process id=\"order\">` without isExecutable=\"true\"."),
        (model, report) -> {
          Collection<Process> processes = model.all(Process.class);
          if (processes.stream().noneMatch(Process::isExecutable)) {
            processes.forEach(p -> report.report(p.getId(),
                "Process is not executable, and no other process in the file is: the engine would deploy nothing"));
          }
        });
  }

  static BpmnRule calledElement() {
    return new BpmnRule(RuleInfo.of("called-element", Category.CAMUNDA, Severity.ERROR,
        "A call activity names calledElement or camunda:caseRef, with a valid binding and the version or version tag it needs.",
        "`<callActivity calledElement=\"billing\" camunda:calledElementBinding=\"version\"/>` without camunda:calledElementVersion."),
        (model, report) -> {
          for (CallActivity call : Scope.executable(model, CallActivity.class)) {
            String id = call.getId();
            boolean process = !isBlank(call.getCalledElement());
            boolean caseRef = !isBlank(camunda(call, "caseRef"));
            if (!process && !caseRef) {
              report.report(id, "Call activity names neither calledElement nor camunda:caseRef");
            } else if (process && caseRef) {
              report.report(id, "Call activity names both calledElement and camunda:caseRef");
            }
            if (process) {
              binding(call, "calledElementBinding", "calledElementVersion", "calledElementVersionTag", BINDINGS, report);
            }
            if (caseRef) {
              binding(call, "caseBinding", "caseVersion", null, CASE_BINDINGS, report);
            }
          }
        });
  }

  private static void binding(CallActivity call, String bindingAttribute, String versionAttribute, String tagAttribute,
      Set<String> allowed, RuleContext report) {
    String binding = camunda(call, bindingAttribute);
    if (binding != null && !allowed.contains(binding)) {
      report.report(call.getId(), "camunda:" + bindingAttribute + " '" + binding + "' is not one of " + String.join(", ",
          allowed.stream().sorted().toList()));
      return;
    }
    if ("version".equals(binding) && isBlank(camunda(call, versionAttribute))) {
      report.report(call.getId(), "Binding 'version' needs camunda:" + versionAttribute);
    }
    if (tagAttribute != null && "versionTag".equals(binding) && isBlank(camunda(call, tagAttribute))) {
      report.report(call.getId(), "Binding 'versionTag' needs camunda:" + tagAttribute);
    }
    if (!"version".equals(binding) && !isBlank(camunda(call, versionAttribute))) {
      report.report(call.getId(), "camunda:" + versionAttribute + " is ignored unless the binding is 'version'");
    }
  }

  static BpmnRule messageRefValid() {
    return new BpmnRule(RuleInfo.of("message-ref-valid", Category.CAMUNDA, Severity.ERROR,
        "Message catch events and receive tasks reference a message with a name, which correlation uses.",
        "A message start event whose messageEventDefinition has no messageRef."),
        (model, report) -> {
          for (MessageEventDefinition definition : Scope.executable(model, MessageEventDefinition.class)) {
            if (definition.getParentElement() instanceof CatchEvent event) {
              checkMessage(model, event.getId(), definition.getAttributeValue("messageRef"), report);
            }
          }
          for (ReceiveTask task : Scope.executable(model, ReceiveTask.class)) {
            checkMessage(model, task.getId(), task.getAttributeValue("messageRef"), report);
          }
        });
  }

  private static void checkMessage(BpmnModel model, String elementId, String ref, RuleContext report) {
    ModelElementInstance message = resolve(model, ref);
    if (!(message instanceof Message)) {
      report.report(elementId, ref == null ? "No messageRef: the engine cannot correlate a message to it"
          : "messageRef '" + ref + "' is not a message in this file");
    } else if (isBlank(((Message) message).getName())) {
      report.report(elementId, "Message '" + ref + "' has no name to correlate by");
    }
  }

  static BpmnRule signalRefValid() {
    return new BpmnRule(RuleInfo.of("signal-ref-valid", Category.CAMUNDA, Severity.ERROR,
        "Signal events reference a signal with a name.",
        "A signal boundary event whose signalEventDefinition has no signalRef."),
        (model, report) -> {
          for (SignalEventDefinition definition : Scope.executable(model, SignalEventDefinition.class)) {
            String ref = definition.getAttributeValue("signalRef");
            ModelElementInstance signal = resolve(model, ref);
            String owner = Scope.ownerNode(definition);
            if (!(signal instanceof Signal)) {
              report.report(owner, ref == null ? "Signal event has no signalRef" : "signalRef '" + ref + "' is not a signal");
            } else if (isBlank(((Signal) signal).getName())) {
              report.report(owner, "Signal '" + ref + "' has no name");
            }
          }
        });
  }

  static BpmnRule errorCodeRequired() {
    return new BpmnRule(RuleInfo.of("error-code-required", Category.CAMUNDA, Severity.WARN,
        "An error end event throws an error with an errorCode, so that boundary events can catch it.",
        "`<endEvent><errorEventDefinition/></endEvent>` without errorRef, or referencing an error without errorCode."),
        (model, report) -> {
          for (ErrorEventDefinition definition : Scope.executable(model, ErrorEventDefinition.class)) {
            if (!(definition.getParentElement() instanceof EndEvent end)) {
              continue;
            }
            String ref = definition.getAttributeValue("errorRef");
            ModelElementInstance error = resolve(model, ref);
            if (!(error instanceof Error)) {
              report.report(end.getId(), ref == null ? "Error end event has no errorRef" : "errorRef '" + ref + "' is not an error");
            } else if (isBlank(((Error) error).getErrorCode())) {
              report.report(end.getId(), "Error '" + ref + "' has no errorCode");
            }
          }
        });
  }

  /** Resolves a QName reference such as {@code tns:Message_1} by its local part. */
  private static ModelElementInstance resolve(BpmnModel model, String ref) {
    if (isBlank(ref)) {
      return null;
    }
    return model.instance().getModelElementById(ref.substring(ref.indexOf(':') + 1));
  }

}
