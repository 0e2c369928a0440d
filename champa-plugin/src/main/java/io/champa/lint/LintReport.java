package io.champa.lint;

import java.util.ArrayList;
import java.util.List;

/** The findings of one lint run, in {@link Finding#ORDER}, with their counts. */
public record LintReport(List<Finding> findings, LintSummary summary) {

  public LintReport {
    findings = List.copyOf(findings);
  }

  /** Sorts the findings and counts them. */
  public static LintReport of(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    return new LintReport(sorted, LintSummary.of(sorted));
  }

  public boolean hasErrors() {
    return summary.errors() > 0;
  }
}
