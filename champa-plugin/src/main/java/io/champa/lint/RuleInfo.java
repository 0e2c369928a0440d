package io.champa.lint;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, without its check: id (kebab-case, bpmnlint's id where the rule comes from
 * bpmnlint), category, default severity, a one-line description, a short example of a finding
 * for the docs, and its parameters.
 */
public record RuleInfo(String id, Category category, Severity defaultSeverity, String description, String example,
    List<RuleParameter> parameters) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Rule id must be kebab-case: " + id);
    }
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(example, "example");
    parameters = List.copyOf(parameters);
  }

  public static RuleInfo of(String id, Category category, Severity severity, String description, String example,
      RuleParameter... parameters) {
    return new RuleInfo(id, category, severity, description, example, List.of(parameters));
  }

  public RuleParameter parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Rule " + id + " has no parameter " + name));
  }
}
