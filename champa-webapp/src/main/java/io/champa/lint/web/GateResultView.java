package io.champa.lint.web;

import java.time.Instant;
import java.util.List;

import io.champa.lint.DeployLintGate;
import io.champa.lint.LintSummary;

/** What the deploy-time gate found in one resource. */
public record GateResultView(String deploymentId, String deploymentName, Instant time, String resource, LintSummary summary,
    List<ReportView.FindingView> findings) {

  static GateResultView of(DeployLintGate.Result result) {
    return new GateResultView(result.deploymentId(), result.deploymentName(), result.time(), result.resource(),
        result.report().summary(), result.report().findings().stream().map(ReportView.FindingView::of).toList());
  }
}
