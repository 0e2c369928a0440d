package io.champa.lint;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem a rule found. {@code elementId} is the BPMN/DMN element to mark on the diagram, or
 * {@code null} when the finding is about the whole file.
 */
public record Finding(String ruleId, Severity severity, String elementId, String message, Category category) {

  /** Most severe first, then by rule, element and message: the same input always gives the same order. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::severity)
      .thenComparing(Finding::ruleId)
      .thenComparing(finding -> finding.elementId() == null ? "" : finding.elementId())
      .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(category, "category");
    if (severity == Severity.OFF) {
      throw new IllegalArgumentException("A finding cannot have severity off");
    }
  }
}
