package io.champa.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules run, at what severity, with which parameters. Immutable; the {@code with…} methods
 * return a changed copy. A rule the configuration does not mention runs at its default severity
 * ({@link #defaults()}) or not at all ({@link #none()}, the starting point of a {@code .bpmnlintrc},
 * where only listed rules run).
 */
public final class LintConfig {

  private static final LintConfig DEFAULTS = new LintConfig(null, Map.of(), Map.of(), List.of());

  private final Severity unlisted;
  private final Map<String, Severity> severities;
  private final Map<String, Map<String, String>> parameters;
  private final List<String> warnings;

  private LintConfig(Severity unlisted, Map<String, Severity> severities, Map<String, Map<String, String>> parameters,
      List<String> warnings) {
    this.unlisted = unlisted;
    this.severities = Map.copyOf(severities);
    Map<String, Map<String, String>> copy = new HashMap<>();
    parameters.forEach((rule, values) -> copy.put(rule, Map.copyOf(values)));
    this.parameters = Map.copyOf(copy);
    this.warnings = List.copyOf(warnings);
  }

  /** Every rule at its default severity with its default parameters. */
  public static LintConfig defaults() {
    return DEFAULTS;
  }

  /** No rule runs unless a {@code with…} call names it. */
  public static LintConfig none() {
    return new LintConfig(Severity.OFF, Map.of(), Map.of(), List.of());
  }

  /** Reads a {@code .bpmnlintrc} (see {@link Bpmnlintrc} for how {@code extends} maps). */
  public static LintConfig fromBpmnlintrc(String json, RuleRegistry registry) {
    return Bpmnlintrc.parse(json, registry);
  }

  public LintConfig withSeverity(String ruleId, Severity severity) {
    Map<String, Severity> changed = new HashMap<>(severities);
    changed.put(ruleId, severity);
    return new LintConfig(unlisted, changed, parameters, warnings);
  }

  public LintConfig withParameter(String ruleId, String name, String value) {
    Map<String, Map<String, String>> changed = new HashMap<>(parameters);
    Map<String, String> values = new HashMap<>(changed.getOrDefault(ruleId, Map.of()));
    values.put(name, value);
    changed.put(ruleId, values);
    return new LintConfig(unlisted, severities, changed, warnings);
  }

  LintConfig withWarning(String warning) {
    List<String> changed = new ArrayList<>(warnings);
    changed.add(warning);
    return new LintConfig(unlisted, severities, parameters, changed);
  }

  /** The severity {@code rule} runs at; {@link Severity#OFF} means it does not run. */
  public Severity severityOf(Rule rule) {
    Severity configured = severities.get(rule.id());
    if (configured != null) {
      return configured;
    }
    return unlisted != null ? unlisted : rule.defaultSeverity();
  }

  /** The configured value of a rule's parameter, else the parameter's default. */
  public String parameterOf(Rule rule, String name) {
    String configured = parameters.getOrDefault(rule.id(), Map.of()).get(name);
    return configured != null ? configured : rule.info().parameter(name).defaultValue();
  }

  /** Explicit severities by rule id. */
  public Map<String, Severity> severities() {
    return severities;
  }

  /** Explicit parameter values by rule id, then parameter name. */
  public Map<String, Map<String, String>> parameters() {
    return parameters;
  }

  /** What an import could not map (unknown rule ids, unknown {@code extends}, unknown parameters). */
  public List<String> warnings() {
    return warnings;
  }
}
