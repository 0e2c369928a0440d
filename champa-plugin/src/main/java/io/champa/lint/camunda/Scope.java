package io.champa.lint.camunda;

import java.util.List;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.bpmn.BpmnModel;

/** Camunda rules look only at executable processes: the engine ignores the others. */
final class Scope {

  private Scope() {
  }

  static boolean executable(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof Process process) {
        return process.isExecutable();
      }
    }
    return false;
  }

  static <T extends ModelElementInstance> List<T> executable(BpmnModel model, Class<T> type) {
    return model.all(type).stream().filter(Scope::executable).toList();
  }

  /** The id of the nearest element with an id: an extension element reports on the task or event it belongs to. */
  static String owner(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof BaseElement && BpmnModel.id(e) != null) {
        return BpmnModel.id(e);
      }
    }
    return null;
  }

  /** The nearest flow node or process that owns an extension element, skipping event definitions. */
  static String ownerNode(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if ((e instanceof org.camunda.bpm.model.bpmn.instance.FlowElement || e instanceof Process) && BpmnModel.id(e) != null) {
        return BpmnModel.id(e);
      }
    }
    return owner(element);
  }
}
