package io.champa.lint;

import java.util.Arrays;
import java.util.List;

/** What a running rule sees: its parameters (configured or default) and where to report findings. */
public interface RuleContext {

  /** Reports a finding on {@code elementId} ({@code null}: the whole file). */
  void report(String elementId, String message);

  /** The parameter's configured value, else its default. */
  String parameter(String name);

  default int intParameter(String name) {
    String value = parameter(name).trim();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Parameter " + name + " must be a whole number, was '" + value + "'", e);
    }
  }

  /** A comma-separated parameter as a list without blanks. */
  default List<String> listParameter(String name) {
    return Arrays.stream(parameter(name).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
