package io.champa.lint;

import java.util.Objects;

/**
 * A setting a rule reads, with the value it uses when the configuration says nothing. Values are
 * strings; lists are comma-separated ({@code serviceTask,sendTask}).
 */
public record RuleParameter(String name, String defaultValue, String description) {

  public RuleParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
  }
}
