package io.champa.lint.bpmn;

import java.util.ArrayList;
import java.util.List;

/**
 * bpmnlint's core rules with bpmnlint's ids, meaning, messages and {@code recommended} severities,
 * so a team's {@code .bpmnlintrc} means the same here. Re-implemented over Camunda's model API
 * from bpmnlint's documented behaviour.
 */
public final class BpmnlintRules {

  private BpmnlintRules() {
  }

  public static List<BpmnRule> all() {
    List<BpmnRule> rules = new ArrayList<>();
    rules.addAll(FlowRules.all());
    rules.addAll(EventRules.all());
    rules.addAll(DiagramRules.all());
    rules.addAll(NamingRules.all());
    return rules;
  }
}
