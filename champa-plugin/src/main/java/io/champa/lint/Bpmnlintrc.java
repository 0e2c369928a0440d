package io.champa.lint;

import java.util.List;
import java.util.Map;

/**
 * Reads a bpmnlint configuration file into a {@link LintConfig}, with bpmnlint's meaning: only
 * rules named by {@code extends} or {@code rules} run. {@code extends} (a string or a list,
 * applied in order, then {@code rules} on top) maps as follows:
 * <ul>
 *   <li>{@code bpmnlint:recommended}: the bpmnlint core rules at bpmnlint's recommended severities;</li>
 *   <li>{@code bpmnlint:all}: every bpmnlint core rule at {@code error};</li>
 *   <li>{@code bpmnlint:correctness}: bpmnlint's correctness set, with its severities;</li>
 *   <li>{@code plugin:camunda-compat/camunda-platform-…} (any Camunda 7 profile): the Camunda 7 rules at
 *       their default severities;</li>
 *   <li>{@code champa:recommended}: every Champa rule at its default severity;</li>
 *   <li>anything else (Camunda 8 profiles, other plugins) is ignored with a warning.</li>
 * </ul>
 * A rule id with a plugin prefix ({@code camunda-compat/history-time-to-live}) is matched without
 * it; bpmnlint-plugin-camunda-compat's {@code implementation} and {@code timer} map to
 * {@code implementation-required} and {@code timer-expression-valid}.
 */
final class Bpmnlintrc {

  private static final Map<String, String> ALIASES = Map.of(
      "implementation", "implementation-required",
      "timer", "timer-expression-valid");
  private static final List<String> NOT_RECOMMENDED = List.of("conditional-event");
  private static final List<String> CORRECTNESS_ERRORS = List.of("ad-hoc-sub-process", "conditional-event",
      "event-based-gateway", "event-sub-process-typed-start-event", "link-event", "sub-process-blank-start-event",
      "single-blank-start-event");

  private Bpmnlintrc() {
  }

  static LintConfig parse(String json, RuleRegistry registry) {
    if (!(Json.parse(json) instanceof Map<?, ?> root)) {
      throw new IllegalArgumentException("A .bpmnlintrc must be a JSON object");
    }
    LintConfig config = LintConfig.none();
    Object extendsValue = root.get("extends");
    List<?> extendsList = extendsValue instanceof List<?> list ? list : extendsValue == null ? List.of() : List.of(extendsValue);
    for (Object preset : extendsList) {
      config = applyPreset(config, String.valueOf(preset), registry);
    }
    Object rules = root.get("rules");
    if (rules instanceof Map<?, ?> ruleMap) {
      for (Map.Entry<?, ?> entry : ruleMap.entrySet()) {
        config = applyRule(config, String.valueOf(entry.getKey()), entry.getValue(), registry);
      }
    } else if (rules != null) {
      throw new IllegalArgumentException("\"rules\" must be an object");
    }
    return config;
  }

  private static LintConfig applyPreset(LintConfig config, String preset, RuleRegistry registry) {
    LintConfig result = config;
    if (preset.equals("bpmnlint:recommended") || preset.equals("bpmnlint:all")) {
      boolean all = preset.endsWith(":all");
      for (Rule rule : registry.all()) {
        if (rule.category() == Category.BPMN && (all || !NOT_RECOMMENDED.contains(rule.id()))) {
          result = result.withSeverity(rule.id(), all ? Severity.ERROR : rule.defaultSeverity());
        }
      }
    } else if (preset.equals("bpmnlint:correctness")) {
      for (String id : CORRECTNESS_ERRORS) {
        if (registry.find(id).isPresent()) {
          result = result.withSeverity(id, Severity.ERROR);
        }
      }
      result = result.withSeverity("no-duplicate-sequence-flows", Severity.WARN);
    } else if (preset.startsWith("plugin:camunda-compat/camunda-platform")) {
      for (Rule rule : registry.all()) {
        if (rule.category() == Category.CAMUNDA) {
          result = result.withSeverity(rule.id(), rule.defaultSeverity());
        }
      }
    } else if (preset.equals("champa:recommended")) {
      for (Rule rule : registry.all()) {
        result = result.withSeverity(rule.id(), rule.defaultSeverity());
      }
    } else {
      result = result.withWarning("extends '" + preset + "' is not known here and was ignored");
    }
    return result;
  }

  private static LintConfig applyRule(LintConfig config, String name, Object value, RuleRegistry registry) {
    Rule rule = resolve(name, registry);
    if (rule == null) {
      return config.withWarning("rule '" + name + "' is not known here and was ignored");
    }
    Object severityValue = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
    LintConfig result = config.withSeverity(rule.id(), Severity.parse(severityText(severityValue)));
    if (value instanceof List<?> list && list.size() > 1 && list.get(1) instanceof Map<?, ?> params) {
      for (Map.Entry<?, ?> param : params.entrySet()) {
        String key = String.valueOf(param.getKey());
        if (rule.parameters().stream().noneMatch(p -> p.name().equals(key))) {
          result = result.withWarning("rule '" + rule.id() + "' has no parameter '" + key + "'; ignored");
        } else {
          result = result.withParameter(rule.id(), key, parameterText(param.getValue()));
        }
      }
    }
    return result;
  }

  private static Rule resolve(String name, RuleRegistry registry) {
    String id = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
    return registry.find(id).or(() -> registry.find(ALIASES.getOrDefault(id, id))).orElse(null);
  }

  private static String severityText(Object value) {
    if (value instanceof Double number && number == Math.rint(number)) {
      return String.valueOf(number.intValue());
    }
    return String.valueOf(value);
  }

  private static String parameterText(Object value) {
    if (value instanceof List<?> list) {
      return String.join(",", list.stream().map(Bpmnlintrc::parameterText).toList());
    }
    return severityText(value);
  }
}
