package io.champa.lint.quality;

import java.util.ArrayList;
import java.util.List;

import io.champa.lint.Rule;

/** Security and maintainability rules: what makes a model safe to run and easy to read. */
public final class QualityRules {

  private QualityRules() {
  }

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(SecurityRules.all());
    rules.addAll(MaintainabilityRules.all());
    rules.addAll(NamingRules.all());
    return rules;
  }
}
