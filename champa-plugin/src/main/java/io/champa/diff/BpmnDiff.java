package io.champa.diff;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Element;

/**
 * Compares two versions of a BPMN model by meaning and Camunda configuration rather than by text.
 *
 * <p>Elements are matched by id: an element only in the new model is added, only in the old one
 * removed (so an element re-created under a new id shows as one removed and one added). For an
 * element in both, every semantic part — type, name, references, expressions, event definitions,
 * loop markers, all {@code camunda:*} attributes and extension elements — is flattened into keys
 * and compared after normalisation (whitespace collapsed, defaults dropped). An element whose
 * keys are equal but whose BPMNDI shape or edge differs is reported in
 * {@link DiffResult#layoutChanged()}; an element that changed and also moved is reported only in
 * {@link DiffResult#changed()}, with {@link ElementChange#layoutChanged()} set.
 */
public final class BpmnDiff {

  private BpmnDiff() {
  }

  public static DiffResult compare(BpmnModelInstance left, BpmnModelInstance right) {
    Element before = Dom.root(left);
    Element after = Dom.root(right);
    return SnapshotDiff.diff(BpmnElements.of(before), BpmnElements.of(after), Layout.of(before), Layout.of(after));
  }
}
