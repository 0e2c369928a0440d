package io.champa.lint.camunda;

import static io.champa.lint.bpmn.BpmnModel.camunda;
import static io.champa.lint.bpmn.BpmnModel.id;
import static io.champa.lint.bpmn.BpmnModel.isBlank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleInfo;
import io.champa.lint.RuleParameter;
import io.champa.lint.Severity;
import io.champa.lint.bpmn.BpmnModel;
import io.champa.lint.bpmn.BpmnRule;

/** Whether Camunda 7 knows what to run: delegate, external topic, connector, decision, script, loop data. */
final class ImplementationRules {

  static final String LANGUAGES = "javascript,js,ecmascript,nashorn,graal.js,groovy,juel,python,jython,ruby,jruby,"
      + "freemarker,velocity";

  private ImplementationRules() {
  }

  static List<BpmnRule> all() {
    return List.of(implementationRequired(), externalTaskTopic(), scriptLanguageKnown(), multiInstanceValid(),
        jobPriorityValid());
  }

  /** Service, send and business-rule tasks, and message throw events (whose definition holds the implementation). */
  static List<ModelElementInstance> serviceLike(BpmnModel model) {
    List<ModelElementInstance> elements = new ArrayList<>();
    elements.addAll(Scope.executable(model, ServiceTask.class));
    elements.addAll(Scope.executable(model, SendTask.class));
    elements.addAll(Scope.executable(model, BusinessRuleTask.class));
    for (ThrowEvent event : Scope.executable(model, ThrowEvent.class)) {
      event.getEventDefinitions().stream().filter(MessageEventDefinition.class::isInstance).forEach(elements::add);
    }
    return elements;
  }

  static BpmnRule implementationRequired() {
    return new BpmnRule(RuleInfo.of("implementation-required", Category.CAMUNDA, Severity.ERROR,
        "Service, send and business-rule tasks, message throw events and script tasks say what runs, exactly once.",
        "`<serviceTask id=\"charge\"/>` without camunda:class, expression, delegateExpression, external topic or connector."),
        (model, report) -> {
          for (ModelElementInstance element : serviceLike(model)) {
            List<String> found = implementations(element);
            String what = label(element);
            if (found.isEmpty()) {
              report.report(Scope.ownerNode(element), what + " has no implementation (camunda:class, camunda:expression, "
                  + "camunda:delegateExpression, camunda:type=\"external\", a connector"
                  + (element instanceof BusinessRuleTask ? " or camunda:decisionRef)" : ")"));
            } else if (found.size() > 1) {
              report.report(Scope.ownerNode(element), what + " has more than one implementation (" + String.join(", ", found)
                  + "); the engine refuses to deploy it");
            }
          }
          for (ScriptTask task : Scope.executable(model, ScriptTask.class)) {
            boolean inline = task.getScript() != null && !isBlank(task.getScript().getTextContent());
            if (!inline && isBlank(task.getCamundaResource())) {
              report.report(task.getId(), "Script task has neither a script nor a camunda:resource");
            }
          }
        });
  }

  static BpmnRule externalTaskTopic() {
    return new BpmnRule(RuleInfo.of("external-task-topic", Category.CAMUNDA, Severity.ERROR,
        "An external task (camunda:type=\"external\") names the topic its workers fetch.",
        "`<serviceTask camunda:type=\"external\"/>` without camunda:topic."),
        (model, report) -> {
          for (ModelElementInstance element : serviceLike(model)) {
            if ("external".equals(camunda(element, "type")) && isBlank(camunda(element, "topic"))) {
              report.report(Scope.ownerNode(element), label(element) + " is an external task without camunda:topic");
            }
          }
        });
  }

  static BpmnRule scriptLanguageKnown() {
    return new BpmnRule(RuleInfo.of("script-language-known", Category.CAMUNDA, Severity.WARN,
        "Script tasks and camunda:script elements name a script format the engine has a script engine for.",
        "`<scriptTask scriptFormat=\"coffeescript\">` (not in the known list).",
        new RuleParameter("languages", LANGUAGES, "Script formats considered known (comma-separated, case-insensitive).")),
        (model, report) -> {
          List<String> known = report.listParameter("languages").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
          for (ScriptTask task : Scope.executable(model, ScriptTask.class)) {
            check(task.getScriptFormat(), "Script task", task.getId(), known, report);
          }
          for (CamundaScript script : model.all(CamundaScript.class)) {
            if (Scope.executable(script)) {
              check(script.getCamundaScriptFormat(), "camunda:script", Scope.ownerNode(script), known, report);
            }
          }
        });
  }

  private static void check(String format, String what, String elementId, List<String> known,
      io.champa.lint.RuleContext report) {
    if (isBlank(format)) {
      report.report(elementId, what + " has no scriptFormat");
    } else if (!known.contains(format.trim().toLowerCase(Locale.ROOT))) {
      report.report(elementId, what + " uses the unknown script format '" + format + "'");
    }
  }

  static BpmnRule multiInstanceValid() {
    return new BpmnRule(RuleInfo.of("multi-instance-valid", Category.CAMUNDA, Severity.ERROR,
        "A multi-instance activity has a loop cardinality or a camunda:collection; an element variable needs a collection.",
        "`<multiInstanceLoopCharacteristics camunda:elementVariable=\"item\"/>` without camunda:collection."),
        (model, report) -> {
          for (MultiInstanceLoopCharacteristics loop : Scope.executable(model, MultiInstanceLoopCharacteristics.class)) {
            boolean cardinality = loop.getLoopCardinality() != null && !isBlank(loop.getLoopCardinality().getTextContent());
            boolean collection = !isBlank(camunda(loop, "collection"));
            String owner = Scope.ownerNode(loop);
            if (!cardinality && !collection) {
              report.report(owner, "Multi-instance activity has neither a loop cardinality nor a camunda:collection");
            } else if (!collection && !isBlank(camunda(loop, "elementVariable"))) {
              report.report(owner, "camunda:elementVariable is set but camunda:collection is not");
            }
          }
        });
  }

  static BpmnRule jobPriorityValid() {
    return new BpmnRule(RuleInfo.of("job-priority-valid", Category.CAMUNDA, Severity.ERROR,
        "camunda:jobPriority and camunda:taskPriority are whole numbers or expressions.",
        "`camunda:jobPriority=\"high\"` (the engine refuses to deploy it)."),
        (model, report) -> {
          for (BaseElement element : model.all(BaseElement.class)) {
            for (String attribute : List.of("jobPriority", "taskPriority")) {
              String value = camunda(element, attribute);
              if (value != null && !IsoTime.isExpression(value) && !value.trim().matches("-?\\d{1,18}")) {
                report.report(id(element), "camunda:" + attribute + " '" + value + "' is neither a whole number nor an expression");
              }
            }
          }
        });
  }

  private static List<String> implementations(ModelElementInstance element) {
    List<String> found = new ArrayList<>();
    for (String attribute : List.of("class", "expression", "delegateExpression", "type", "decisionRef")) {
      if (!isBlank(camunda(element, attribute))) {
        found.add("camunda:" + attribute);
      }
    }
    boolean connector = BpmnModel.extensions(element, CamundaConnector.class).stream()
        .anyMatch(c -> c.getCamundaConnectorId() != null && !isBlank(c.getCamundaConnectorId().getTextContent()));
    if (connector) {
      found.add("camunda:connector");
    }
    return found;
  }

  static String label(ModelElementInstance element) {
    String type = element.getElementType().getTypeName();
    return switch (type) {
      case "serviceTask" -> "Service task";
      case "sendTask" -> "Send task";
      case "businessRuleTask" -> "Business rule task";
      case "messageEventDefinition" -> "Message throw event";
      default -> type;
    };
  }
}
