package io.champa.lint.web;

import java.util.List;

import io.champa.lint.LintConfig;
import io.champa.lint.Rule;

/** A rule with its effective severity and parameter values under the configuration in force. */
public record RuleView(String id, String category, String defaultSeverity, String severity, String description,
    String example, List<ParameterView> parameters) {

  static RuleView of(Rule rule, LintConfig config) {
    return new RuleView(rule.id(), rule.category().label(), rule.defaultSeverity().label(), config.severityOf(rule).label(),
        rule.description(), rule.info().example(), rule.parameters().stream()
            .map(parameter -> new ParameterView(parameter.name(), parameter.defaultValue(),
                config.parameterOf(rule, parameter.name()), parameter.description()))
            .toList());
  }

  /** A parameter's default and current value. */
  public record ParameterView(String name, String defaultValue, String value, String description) {
  }
}
