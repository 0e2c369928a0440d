package io.champa.lint.quality;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.bpmn.BpmnModel;

/** The code inside a model, each piece with the element to report on: scripts and expressions. */
final class CodeTexts {

  /** One piece of code; {@code script} is true for scripts, false for expressions. */
  record Code(String elementId, String where, String text, boolean script) {
  }

  private CodeTexts() {
  }

  static List<Code> scripts(BpmnModel model) {
    List<Code> code = new ArrayList<>();
    for (ScriptTask task : model.all(ScriptTask.class)) {
      if (task.getScript() != null) {
        add(code, task.getId(), "script", task.getScript().getTextContent(), true);
      }
    }
    for (CamundaScript script : model.all(CamundaScript.class)) {
      add(code, owner(script), "camunda:script", script.getTextContent(), true);
    }
    return code;
  }

  static List<Code> scriptsAndExpressions(BpmnModel model) {
    List<Code> code = new ArrayList<>(scripts(model));
    for (ConditionExpression condition : model.all(ConditionExpression.class)) {
      add(code, owner(condition), "condition", condition.getTextContent(), false);
    }
    for (ModelElementInstance element : model.all(org.camunda.bpm.model.bpmn.instance.BaseElement.class)) {
      String expression = BpmnModel.camunda(element, "expression");
      if (expression != null) {
        add(code, BpmnModel.id(element), "camunda:expression", expression, false);
      }
    }
    for (CamundaInputParameter parameter : model.all(CamundaInputParameter.class)) {
      if (parameter.getChildElementsByType(CamundaScript.class).isEmpty()) {
        add(code, owner(parameter), "input parameter", parameter.getTextContent(), false);
      }
    }
    for (CamundaOutputParameter parameter : model.all(CamundaOutputParameter.class)) {
      if (parameter.getChildElementsByType(CamundaScript.class).isEmpty()) {
        add(code, owner(parameter), "output parameter", parameter.getTextContent(), false);
      }
    }
    for (CamundaField field : model.all(CamundaField.class)) {
      if (field.getCamundaExpression() != null) {
        add(code, owner(field), "field", field.getCamundaExpression(), false);
      }
      if (field.getCamundaExpressionChild() != null) {
        add(code, owner(field), "field", field.getCamundaExpressionChild().getTextContent(), false);
      }
    }
    return code;
  }

  /** The nearest ancestor with an id (the task, event or flow the code belongs to). */
  static String owner(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      String id = BpmnModel.id(e);
      if (id != null && (e instanceof org.camunda.bpm.model.bpmn.instance.FlowElement
          || e instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
        return id;
      }
    }
    return null;
  }

  private static void add(List<Code> code, String elementId, String where, String text, boolean script) {
    if (text != null && !text.isBlank()) {
      code.add(new Code(elementId, where, text, script));
    }
  }
}
