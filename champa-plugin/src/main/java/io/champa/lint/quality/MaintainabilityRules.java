package io.champa.lint.quality;

import static io.champa.lint.bpmn.BpmnModel.id;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleInfo;
import io.champa.lint.RuleParameter;
import io.champa.lint.Severity;
import io.champa.lint.bpmn.BpmnModel;
import io.champa.lint.bpmn.BpmnRule;

/** Readability: ids and labels people can read, documentation, and limits on size and nesting. */
final class MaintainabilityRules {

  /** The ids Camunda Modeler and bpmn-js generate: a type name, an underscore and a short random or numeric suffix. */
  static final String GENERATED_ID = "(Activity|Task|UserTask|ServiceTask|ScriptTask|SendTask|ReceiveTask|ManualTask|"
      + "BusinessRuleTask|CallActivity|SubProcess|Gateway|ExclusiveGateway|ParallelGateway|InclusiveGateway|"
      + "EventBasedGateway|ComplexGateway|Event|StartEvent|EndEvent|IntermediateThrowEvent|IntermediateCatchEvent|"
      + "BoundaryEvent|Process|Participant|Lane|Transaction|AdHocSubProcess)_[0-9a-z]{1,8}";

  private MaintainabilityRules() {
  }

  static List<BpmnRule> all() {
    return List.of(readableIds(), labelUnique(), labelLength(), documentationRequired(), maxActivities(),
        maxNestingDepth());
  }

  private static List<ModelElementInstance> identified(BpmnModel model) {
    List<ModelElementInstance> elements = new ArrayList<>(model.all(Process.class));
    elements.addAll(model.nodes());
    elements.addAll(model.all(Participant.class));
    return elements;
  }

  static BpmnRule readableIds() {
    return new BpmnRule(RuleInfo.of("readable-ids", Category.MAINTAINABILITY, Severity.INFO,
        "Processes, flow nodes and participants have ids a person chose, not generated ones like `Activity_0x9k2ab`; "
            + "ids appear in logs, REST calls, Cockpit and tests. Sequence flows are not checked.",
        "`<userTask id=\"Activity_1k3n4j5\" name=\"Approve\">`; better `approveInvoice`.",
        new RuleParameter("pattern", GENERATED_ID, "A regular expression for ids considered generated (full match).")),
        (model, report) -> {
          Pattern generated = Pattern.compile(report.parameter("pattern"));
          for (ModelElementInstance element : identified(model)) {
            String elementId = id(element);
            if (elementId != null && generated.matcher(elementId).matches()) {
              report.report(elementId, "The id '" + elementId + "' is generated; give it a readable one");
            }
          }
        });
  }

  static BpmnRule labelUnique() {
    return new BpmnRule(RuleInfo.of("label-unique", Category.MAINTAINABILITY, Severity.INFO,
        "Activities of one process have different names (ignoring case and spacing), so reports and Cockpit tell them apart.",
        "Two tasks named `Check order` in one process: both are reported."),
        (model, report) -> {
          Map<String, List<ModelElementInstance>> byName = new HashMap<>();
          for (ModelElementInstance node : model.nodes()) {
            String name = node.getAttributeValue("name");
            if (BpmnModel.isActivity(node) && !BpmnModel.isBlank(name)) {
              String key = processOf(node) + "\u0000" + name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
              byName.computeIfAbsent(key, k -> new ArrayList<>()).add(node);
            }
          }
          byName.values().stream().filter(nodes -> nodes.size() > 1).flatMap(List::stream).forEach(node -> report.report(id(node),
              "Another activity in this process is also named '" + node.getAttributeValue("name").trim() + "'"));
        });
  }

  static BpmnRule labelLength() {
    return new BpmnRule(RuleInfo.of("label-length", Category.MAINTAINABILITY, Severity.INFO,
        "Labels stay short enough to read on the diagram; details belong in documentation.",
        "A task named with a 120-character sentence.",
        new RuleParameter("max", "60", "The longest label accepted, in characters.")),
        (model, report) -> {
          int max = report.intParameter("max");
          for (ModelElementInstance element : identified(model)) {
            String name = element.getAttributeValue("name");
            if (name != null && name.trim().length() > max) {
              report.report(id(element), "The label has " + name.trim().length() + " characters; at most " + max + " read well");
            }
          }
        });
  }

  static BpmnRule documentationRequired() {
    return new BpmnRule(RuleInfo.of("documentation-required", Category.MAINTAINABILITY, Severity.OFF,
        "The configured element types carry a non-empty bpmn:documentation.",
        "A `<serviceTask>` without `<documentation>` explaining what it calls.",
        new RuleParameter("types", "process,userTask,serviceTask,sendTask,businessRuleTask,scriptTask,callActivity",
            "Element types (BPMN local names) that need documentation.")),
        (model, report) -> {
          List<String> types = report.listParameter("types");
          for (BaseElement element : model.all(BaseElement.class)) {
            if (types.contains(element.getElementType().getTypeName())
                && element.getDocumentations().stream().map(Documentation::getTextContent).allMatch(BpmnModel::isBlank)) {
              report.report(element.getId(), "No documentation");
            }
          }
        });
  }

  static BpmnRule maxActivities() {
    return new BpmnRule(RuleInfo.of("max-activities", Category.MAINTAINABILITY, Severity.WARN,
        "A process, counting the activities of its sub-processes, has at most `max` activities; split larger ones with call activities.",
        "A process with 80 tasks when `max` is 50.",
        new RuleParameter("max", "50", "The most activities a process may have.")),
        (model, report) -> {
          int max = report.intParameter("max");
          Map<String, Integer> counts = new HashMap<>();
          for (ModelElementInstance node : model.nodes()) {
            if (BpmnModel.isActivity(node)) {
              counts.merge(String.valueOf(processOf(node)), 1, Integer::sum);
            }
          }
          counts.forEach((process, count) -> {
            if (count > max) {
              report.report(process, "The process has " + count + " activities; at most " + max + " are recommended");
            }
          });
        });
  }

  static BpmnRule maxNestingDepth() {
    return new BpmnRule(RuleInfo.of("max-nesting-depth", Category.MAINTAINABILITY, Severity.WARN,
        "Sub-processes nest at most `max` levels deep.",
        "A sub-process inside a sub-process inside a sub-process inside a sub-process when `max` is 3.",
        new RuleParameter("max", "3", "The deepest sub-process nesting accepted (1 = a sub-process directly in the process).")),
        (model, report) -> {
          int max = report.intParameter("max");
          for (ModelElementInstance node : model.nodes()) {
            int depth = BpmnModel.nestingDepth(node) + 1;
            if (BpmnModel.isSubProcess(node) && depth == max + 1) {
              report.report(id(node), "The sub-process is nested " + depth + " levels deep; at most " + max + " are recommended");
            }
          }
        });
  }

  private static String processOf(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof Process) {
        return id(e);
      }
    }
    return null;
  }
}
