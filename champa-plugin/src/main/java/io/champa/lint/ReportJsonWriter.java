package io.champa.lint;

import static io.champa.lint.Json.quote;

/**
 * Writes a {@link LintReport} as the JSON the lint API returns:
 * {@code {"findings":[{"ruleId","severity","elementId","message","category"}],"summary":{"errors","warnings","infos"}}}.
 * Written by hand: champa-plugin has no JSON library on its class path.
 */
public final class ReportJsonWriter {

  private ReportJsonWriter() {
  }

  public static String write(LintReport report) {
    StringBuilder out = new StringBuilder(128 + report.findings().size() * 160);
    out.append("{\"findings\":[");
    boolean first = true;
    for (Finding finding : report.findings()) {
      out.append(first ? "" : ",").append("{\"ruleId\":").append(quote(finding.ruleId()))
          .append(",\"severity\":").append(quote(finding.severity().label()))
          .append(",\"elementId\":").append(quote(finding.elementId()))
          .append(",\"message\":").append(quote(finding.message()))
          .append(",\"category\":").append(quote(finding.category().label())).append('}');
      first = false;
    }
    LintSummary summary = report.summary();
    return out.append("],\"summary\":{\"errors\":").append(summary.errors())
        .append(",\"warnings\":").append(summary.warnings())
        .append(",\"infos\":").append(summary.infos()).append("}}").toString();
  }
}
