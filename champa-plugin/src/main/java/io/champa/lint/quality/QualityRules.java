package io.champa.lint.quality;

import java.util.List;

import io.champa.lint.Rule;

/** placeholder */
public final class QualityRules {

  private QualityRules() {
  }

  public static List<Rule> all() {
    return List.of();
  }
}
