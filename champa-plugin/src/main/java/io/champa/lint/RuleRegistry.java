package io.champa.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.champa.lint.bpmn.BpmnlintRules;
import io.champa.lint.camunda.CamundaRules;
import io.champa.lint.dmn.DmnRules;
import io.champa.lint.quality.QualityRules;

/** All rules the linter knows, by id. {@link #defaults()} holds every built-in rule. */
public final class RuleRegistry {

  private static final RuleRegistry DEFAULTS = new RuleRegistry(builtIn());

  private final Map<String, Rule> rules = new LinkedHashMap<>();

  public RuleRegistry(List<? extends Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::category).thenComparing(Rule::id));
    for (Rule rule : sorted) {
      if (this.rules.putIfAbsent(rule.id(), rule) != null) {
        throw new IllegalArgumentException("Two rules have the id " + rule.id());
      }
    }
  }

  public static RuleRegistry defaults() {
    return DEFAULTS;
  }

  /** Every rule, by category, then id. */
  public List<Rule> all() {
    return List.copyOf(rules.values());
  }

  public Optional<Rule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  private static List<Rule> builtIn() {
    List<Rule> all = new ArrayList<>();
    all.addAll(BpmnlintRules.all());
    all.addAll(CamundaRules.all());
    all.addAll(QualityRules.all());
    all.addAll(DmnRules.all());
    return all;
  }
}
