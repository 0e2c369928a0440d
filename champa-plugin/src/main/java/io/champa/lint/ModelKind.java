package io.champa.lint;

/** Which kind of model a rule reads. */
public enum ModelKind {
  BPMN, DMN
}
