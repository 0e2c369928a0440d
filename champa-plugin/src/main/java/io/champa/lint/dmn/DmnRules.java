package io.champa.lint.dmn;

import java.util.ArrayList;
import java.util.List;

import io.champa.lint.Rule;

/** The rules over DMN decisions and decision tables. */
public final class DmnRules {

  private DmnRules() {
  }

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(TableRules.all());
    rules.addAll(DecisionRules.all());
    rules.addAll(OverlapRules.all());
    rules.addAll(FeelRules.all());
    return rules;
  }
}
