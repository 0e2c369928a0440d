package io.champa.lint;

import java.util.Locale;

/** The family a rule belongs to; reports group findings by it. */
public enum Category {
  /** bpmnlint's core rules, same ids and meaning. */
  BPMN,
  /** What Camunda 7 needs to execute a model as intended. */
  CAMUNDA,
  /** Secrets and risky code in scripts and expressions. */
  SECURITY,
  /** Readability and size limits. */
  MAINTAINABILITY,
  /** Decision tables and decision requirement diagrams. */
  DMN,
  /** Findings about the linter itself, such as a rule that failed. */
  LINTER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
