package io.champa.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LintConfigTest {

  private static final RuleRegistry RULES = RuleRegistry.defaults();

  private static Severity severity(LintConfig config, String ruleId) {
    return config.severityOf(RULES.find(ruleId).orElseThrow());
  }

  @Test
  void recommendedMeansBpmnlintsRecommendedSetAndNothingElse() {
    LintConfig config = LintConfig.fromBpmnlintrc("{\"extends\": \"bpmnlint:recommended\"}", RULES);

    assertThat(severity(config, "label-required")).isEqualTo(Severity.ERROR);
    assertThat(severity(config, "fake-join")).isEqualTo(Severity.WARN);
    assertThat(severity(config, "conditional-event")).as("not in recommended").isEqualTo(Severity.OFF);
    assertThat(severity(config, "history-time-to-live")).as("only listed rules run").isEqualTo(Severity.OFF);
  }

  @Test
  void rulesOverrideExtendsInEveryNotationBpmnlintAccepts() {
    LintConfig config = LintConfig.fromBpmnlintrc("""
        {"extends": ["bpmnlint:recommended", "plugin:camunda-compat/camunda-platform-7-24"],
         "rules": {"label-required": "off", "fake-join": 2, "no-bpmndi": 0, "superfluous-gateway": "info",
                   "camunda-compat/history-time-to-live": ["warn"],
                   "max-activities": ["error", {"max": 10}]}}
        """, RULES);

    assertThat(severity(config, "label-required")).isEqualTo(Severity.OFF);
    assertThat(severity(config, "fake-join")).isEqualTo(Severity.ERROR);
    assertThat(severity(config, "no-bpmndi")).isEqualTo(Severity.OFF);
    assertThat(severity(config, "superfluous-gateway")).isEqualTo(Severity.INFO);
    assertThat(severity(config, "history-time-to-live")).isEqualTo(Severity.WARN);
    assertThat(severity(config, "executable-process")).as("from camunda-platform").isNotEqualTo(Severity.OFF);
    assertThat(config.parameterOf(RULES.find("max-activities").orElseThrow(), "max")).isEqualTo("10");
    assertThat(config.warnings()).isEmpty();
  }

  @Test
  void unknownRulesPresetsAndParametersAreWarningsNotErrors() {
    LintConfig config = LintConfig.fromBpmnlintrc("""
        {"extends": "plugin:camunda-compat/camunda-cloud-8-5",
         "rules": {"no-such-rule": "error", "max-activities": ["warn", {"min": 1}]}}
        """, RULES);

    assertThat(config.warnings()).hasSize(3)
        .anySatisfy(w -> assertThat(w).contains("camunda-cloud-8-5"))
        .anySatisfy(w -> assertThat(w).contains("no-such-rule"))
        .anySatisfy(w -> assertThat(w).contains("min"));
  }

  @Test
  void malformedJsonAndBadSeveritiesAreRejectedWithAPosition() {
    assertThatThrownBy(() -> LintConfig.fromBpmnlintrc("{\"rules\": {\n  \"fake-join\": }", RULES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> LintConfig.fromBpmnlintrc("{\"rules\": {\"fake-join\": \"loud\"}}", RULES))
        .hasMessageContaining("loud");
    assertThatThrownBy(() -> LintConfig.fromBpmnlintrc("[]", RULES)).hasMessageContaining("object");
  }

  @Test
  void defaultsUseEachRulesDefaultAndParametersFallBack() {
    Rule rule = RULES.find("max-activities").orElseThrow();
    assertThat(LintConfig.defaults().severityOf(rule)).isEqualTo(rule.defaultSeverity());
    assertThat(LintConfig.defaults().parameterOf(rule, "max")).isEqualTo("50");
    assertThat(LintConfig.defaults().withParameter("max-activities", "max", "7").parameterOf(rule, "max")).isEqualTo("7");
  }
}
