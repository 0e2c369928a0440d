package io.champa.lint.quality;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;

import io.champa.lint.Category;
import io.champa.lint.RuleContext;
import io.champa.lint.RuleInfo;
import io.champa.lint.RuleParameter;
import io.champa.lint.Severity;
import io.champa.lint.bpmn.BpmnModel;
import io.champa.lint.bpmn.BpmnRule;

/** Process variables named by one convention, wherever a model names them. */
final class NamingRules {

  private NamingRules() {
  }

  static List<BpmnRule> all() {
    return List.of(variableNaming());
  }

  static BpmnRule variableNaming() {
    return new BpmnRule(RuleInfo.of("variable-naming", Category.MAINTAINABILITY, Severity.INFO,
        "Variables a model creates (input/output parameters, result and element variables, call-activity mappings, form "
            + "fields) follow one naming pattern; connector parameters are exempt.",
        "`<camunda:outputParameter name=\"Order-Total\">`; the default pattern expects `orderTotal`.",
        new RuleParameter("pattern", "[a-z][a-zA-Z0-9]*", "A regular expression each variable name must match (full match).")),
        (model, report) -> {
          Pattern pattern = Pattern.compile(report.parameter("pattern"));
          for (CamundaInputOutput mapping : model.all(CamundaInputOutput.class)) {
            if (mapping.getParentElement() instanceof CamundaConnector) {
              continue;
            }
            mapping.getCamundaInputParameters().stream().map(CamundaInputParameter::getCamundaName)
                .forEach(name -> check(name, "input parameter", CodeTexts.owner(mapping), pattern, report));
            mapping.getCamundaOutputParameters().stream().map(CamundaOutputParameter::getCamundaName)
                .forEach(name -> check(name, "output parameter", CodeTexts.owner(mapping), pattern, report));
          }
          for (BaseElement element : model.all(BaseElement.class)) {
            check(BpmnModel.camunda(element, "resultVariable"), "result variable", CodeTexts.owner(element), pattern, report);
          }
          for (MultiInstanceLoopCharacteristics loop : model.all(MultiInstanceLoopCharacteristics.class)) {
            check(loop.getCamundaElementVariable(), "element variable", CodeTexts.owner(loop), pattern, report);
          }
          for (CamundaIn in : model.all(CamundaIn.class)) {
            check(in.getCamundaTarget(), "call activity input", CodeTexts.owner(in), pattern, report);
          }
          for (CamundaOut out : model.all(CamundaOut.class)) {
            check(out.getCamundaTarget(), "call activity output", CodeTexts.owner(out), pattern, report);
          }
          for (CamundaFormField field : model.all(CamundaFormField.class)) {
            check(field.getCamundaId(), "form field", CodeTexts.owner(field), pattern, report);
          }
        });
  }

  private static void check(String name, String what, String owner, Pattern pattern, RuleContext report) {
    if (name != null && !name.isBlank() && !pattern.matcher(name).matches()) {
      report.report(owner, "The " + what + " '" + name + "' does not match " + pattern.pattern());
    }
  }
}
