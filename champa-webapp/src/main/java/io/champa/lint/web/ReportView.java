package io.champa.lint.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.champa.lint.Finding;
import io.champa.lint.LintReport;
import io.champa.lint.LintSummary;

/** A lint report as the API shows it: lower-case severities and categories, as in docs/lint.md. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(String type, String name, List<FindingView> findings, LintSummary summary, String xml) {

  static ReportView of(String type, String name, LintReport report, String xml) {
    return new ReportView(type, name, report.findings().stream().map(FindingView::of).toList(), report.summary(), xml);
  }

  /** One finding. */
  public record FindingView(String ruleId, String severity, String elementId, String message, String category) {
    static FindingView of(Finding finding) {
      return new FindingView(finding.ruleId(), finding.severity().label(), finding.elementId(), finding.message(),
          finding.category().label());
    }
  }
}
