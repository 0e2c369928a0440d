package io.champa.lint.camunda;

import java.util.ArrayList;
import java.util.List;

import io.champa.lint.Rule;

/** The rules about what Camunda 7 needs to execute a model as its author intended. */
public final class CamundaRules {

  private CamundaRules() {
  }

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(ProcessRules.all());
    rules.addAll(ImplementationRules.all());
    rules.addAll(TimerRules.all());
    rules.addAll(TaskRules.all());
    rules.addAll(ExtensionRules.all());
    return rules;
  }
}
