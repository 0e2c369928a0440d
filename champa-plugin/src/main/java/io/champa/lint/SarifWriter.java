package io.champa.lint;

import static io.champa.lint.Json.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes lint reports as SARIF 2.1.0, the format CI systems (GitHub code scanning, GitLab, Azure
 * DevOps) read: one run whose {@code tool.driver.rules} lists every rule with its default level,
 * and one result per finding, located in its file ({@code physicalLocation.artifactLocation.uri})
 * and at its BPMN/DMN element ({@code logicalLocations[].fullyQualifiedName}); models carry no
 * reliable line numbers for elements. Severity maps to level: error→error, warn→warning,
 * info→note, off→none.
 */
public final class SarifWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifWriter() {
  }

  public static String write(String artifactUri, LintReport report, RuleRegistry registry) {
    return write(Map.of(artifactUri, report), registry);
  }

  /** One run over several files; {@code reports} maps each file's URI (relative paths are fine) to its report. */
  public static String write(Map<String, LintReport> reports, RuleRegistry registry) {
    List<String> ruleIds = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    StringBuilder rules = new StringBuilder();
    for (Rule rule : registry.all()) {
      appendRule(rules, index, ruleIds, rule.id(), rule.description(), rule.defaultSeverity(), rule.category());
    }
    appendRule(rules, index, ruleIds, Linter.RULE_FAILED, "A rule failed on this model and was skipped.", Severity.WARN,
        Category.LINTER);
    StringBuilder results = new StringBuilder();
    reports.keySet().stream().sorted().forEach(uri -> {
      for (Finding finding : reports.get(uri).findings()) {
        Integer ruleIndex = index.get(finding.ruleId());
        results.append(results.length() == 0 ? "" : ",").append("{\"ruleId\":").append(quote(finding.ruleId()));
        if (ruleIndex != null) {
          results.append(",\"ruleIndex\":").append(ruleIndex);
        }
        results.append(",\"level\":").append(quote(level(finding.severity())))
            .append(",\"message\":{\"text\":").append(quote(finding.message())).append("}")
            .append(",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":").append(quote(uri)).append("}}");
        if (finding.elementId() != null) {
          results.append(",\"logicalLocations\":[{\"name\":").append(quote(finding.elementId()))
              .append(",\"fullyQualifiedName\":").append(quote(finding.elementId())).append(",\"kind\":\"element\"}]");
        }
        results.append("}],\"properties\":{\"category\":").append(quote(finding.category().label())).append("}}");
      }
    });
    return "{\"$schema\":" + quote(SCHEMA) + ",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"Champa lint\","
        + "\"rules\":[" + rules + "]}},\"results\":[" + results + "]}]}";
  }

  private static void appendRule(StringBuilder out, Map<String, Integer> index, List<String> ids, String id,
      String description, Severity severity, Category category) {
    index.put(id, ids.size());
    ids.add(id);
    out.append(out.length() == 0 ? "" : ",").append("{\"id\":").append(quote(id))
        .append(",\"shortDescription\":{\"text\":").append(quote(description)).append("}")
        .append(",\"defaultConfiguration\":{\"level\":").append(quote(level(severity)))
        .append(",\"enabled\":").append(severity != Severity.OFF).append("}")
        .append(",\"properties\":{\"category\":").append(quote(category.label())).append("}}");
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARN -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }
}
