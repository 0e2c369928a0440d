package io.champa.lint.camunda;

import java.util.List;

import io.champa.lint.Rule;

/** placeholder */
public final class CamundaRules {

  private CamundaRules() {
  }

  public static List<Rule> all() {
    return List.of();
  }
}
