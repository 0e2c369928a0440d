package io.champa.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WritersTest {

  private static final String TRICKY = "quote \" backslash \\ newline \n tab \t control \u0001 line sep \u2028 émoji 😀 </script>";
  private static final LintReport REPORT = LintReport.of(List.of(
      new Finding("label-required", Severity.ERROR, "task", TRICKY, Category.BPMN),
      new Finding("fake-join", Severity.WARN, "join", "Incoming flows do not join", Category.BPMN),
      new Finding(Linter.RULE_FAILED, Severity.WARN, null, "Rule x failed", Category.LINTER),
      new Finding("readable-ids", Severity.INFO, "Activity_1", "generated", Category.MAINTAINABILITY)));

  @Test
  void reportJsonRoundTripsEveryCharacterAndCountsFindings() {
    Map<?, ?> json = (Map<?, ?>) Json.parse(ReportJsonWriter.write(REPORT));

    List<?> findings = (List<?>) json.get("findings");
    assertThat(findings).hasSize(4);
    Map<?, ?> first = (Map<?, ?>) findings.get(0);
    assertThat(first.get("ruleId")).isEqualTo("label-required");
    assertThat(first.get("severity")).isEqualTo("error");
    assertThat(first.get("category")).isEqualTo("bpmn");
    assertThat(first.get("message")).isEqualTo(TRICKY);
    assertThat(((Map<?, ?>) findings.get(2)).get("elementId")).isNull();
    assertThat(json.get("summary")).isEqualTo(Map.of("errors", 1.0, "warnings", 2.0, "infos", 1.0));
    assertThat(ReportJsonWriter.write(REPORT)).doesNotContain("\u2028").doesNotContain("\u0001");
  }

  @Test
  void sarifListsEveryRuleAndPointsEachResultAtItsRuleFileAndElement() {
    Map<?, ?> sarif = (Map<?, ?>) Json.parse(SarifWriter.write("models/order.bpmn", REPORT, RuleRegistry.defaults()));

    assertThat(sarif.get("version")).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema")).isEqualTo(SarifWriter.SCHEMA);
    Map<?, ?> run = (Map<?, ?>) ((List<?>) sarif.get("runs")).get(0);
    Map<?, ?> driver = (Map<?, ?>) ((Map<?, ?>) run.get("tool")).get("driver");
    List<?> rules = (List<?>) driver.get("rules");
    assertThat(rules).hasSize(RuleRegistry.defaults().all().size() + 1);
    List<?> results = (List<?>) run.get("results");
    assertThat(results).hasSize(4);
    for (Object item : results) {
      Map<?, ?> result = (Map<?, ?>) item;
      int index = ((Double) result.get("ruleIndex")).intValue();
      assertThat(((Map<?, ?>) rules.get(index)).get("id")).isEqualTo(result.get("ruleId"));
      Map<?, ?> location = (Map<?, ?>) ((List<?>) result.get("locations")).get(0);
      assertThat(location.toString()).contains("models/order.bpmn");
    }
    Map<?, ?> first = (Map<?, ?>) results.get(0);
    assertThat(first.get("level")).isEqualTo("error");
    assertThat(((Map<?, ?>) first.get("message")).get("text")).isEqualTo(TRICKY);
    assertThat(results.stream().map(r -> String.valueOf(((Map<?, ?>) r).get("level"))).toList()).containsExactly("error", "warning", "warning", "note");
    Map<?, ?> offRule = (Map<?, ?>) rules.stream().filter(r -> "documentation-required".equals(((Map<?, ?>) r).get("id")))
        .findFirst().orElseThrow();
    assertThat(offRule.get("defaultConfiguration")).isEqualTo(Map.of("level", "none", "enabled", false));
  }

  @Test
  void jsonReaderRejectsWhatIsNotJson() {
    for (String bad : List.of("", "{", "{\"a\" 1}", "[1,]", "\"unterminated", "{\"a\":tru}", "01x", "[" .repeat(100))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Json.parse(" {\"a\": [1, -2.5e1, true, null, \"\\u00e9\\n\"]} ")).isEqualTo(
        Map.of("a", java.util.Arrays.asList(1.0, -25.0, true, null, "é\n")));
  }
}
