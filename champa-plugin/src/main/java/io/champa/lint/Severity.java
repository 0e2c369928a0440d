package io.champa.lint;

import java.util.Locale;

/** How much a finding matters; {@link #OFF} switches a rule off. Ordered from most to least severe. */
public enum Severity {
  ERROR, WARN, INFO, OFF;

  /** The lower-case name used in JSON, {@code .bpmnlintrc} and SARIF mapping: {@code error}, {@code warn}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a bpmnlint-style severity: {@code error|warn|warning|info|off}, or the numbers bpmnlint
   * accepts ({@code 2} error, {@code 1} warn, {@code 0} off).
   */
  public static Severity parse(String value) {
    String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "error", "2" -> ERROR;
      case "warn", "warning", "1" -> WARN;
      case "info" -> INFO;
      case "off", "0" -> OFF;
      default -> throw new IllegalArgumentException(
          "Unknown severity '" + value + "'; expected error, warn, info, off, 0, 1 or 2");
    };
  }
}
