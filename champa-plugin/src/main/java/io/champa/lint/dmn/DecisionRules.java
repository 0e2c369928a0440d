package io.champa.lint.dmn;

import java.util.List;

import org.camunda.bpm.model.dmn.instance.Decision;

import io.champa.lint.Category;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;

/** Decisions as a whole: name, description, history time to live. */
final class DecisionRules {

  private DecisionRules() {
  }

  static List<DmnRule> all() {
    return List.of(decisionNameRequired(), decisionDescription(), historyTimeToLive());
  }

  static DmnRule decisionNameRequired() {
    return new DmnRule(RuleInfo.of("decision-name-required", Category.DMN, Severity.WARN,
        "Every decision has a name; Cockpit, the DRD and Champa show it.",
        "`<decision id=\"discount\" name=\" \">`: a blank name (DMN 1.3 requires the attribute, not a value)."),
        (model, report) -> {
          for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getName() == null || decision.getName().isBlank()) {
              report.report(decision.getId(), "Decision has no name");
            }
          }
        });
  }

  static DmnRule decisionDescription() {
    return new DmnRule(RuleInfo.of("decision-description", Category.DMN, Severity.OFF,
        "Every decision has a description saying what it decides and for whom.",
        "`<decision id=\"discount\" name=\"Discount\">` without `<description>`."),
        (model, report) -> {
          for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getDescription() == null || decision.getDescription().getTextContent().isBlank()) {
              report.report(decision.getId(), "Decision has no description");
            }
          }
        });
  }

  static DmnRule historyTimeToLive() {
    return new DmnRule(RuleInfo.of("decision-history-time-to-live", Category.DMN, Severity.ERROR,
        "Every decision sets camunda:historyTimeToLive (days, or P<n>D); since 7.20 the engine refuses it otherwise.",
        "`<decision id=\"discount\" name=\"Discount\">` without camunda:historyTimeToLive."),
        (model, report) -> {
          for (Decision decision : model.getModelElementsByType(Decision.class)) {
            String ttl = decision.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
              report.report(decision.getId(), "Decision has no camunda:historyTimeToLive");
            } else if (!ttl.trim().matches("\\d+|P\\d+D")) {
              report.report(decision.getId(), "camunda:historyTimeToLive '" + ttl + "' is not a number of days or P<n>D");
            }
          }
        });
  }
}
