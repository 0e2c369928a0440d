package io.champa.lint;

import io.champa.model.ModelParser;
import io.champa.model.ModelParseException;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import io.champa.lint.bpmn.BpmnRule;

class LinterTest {

  private static final BpmnModelInstance MODEL = LintFixtures.bpmn("rules/no-implicit-end/invalid.bpmn.xml");

  @Test
  void aRuleThatThrowsBecomesOneWarningAndTheOtherRulesStillRun() {
    BpmnRule broken = new BpmnRule(RuleInfo.of("broken", Category.BPMN, Severity.ERROR, "Always throws.", "-"),
        (model, report) -> {
          report.report("task", "half done");
          throw new IllegalStateException("boom");
        });
    List<Rule> rules = new ArrayList<>(RuleRegistry.defaults().all());
    rules.add(broken);
    LintReport report = new Linter(new RuleRegistry(rules)).lint(MODEL, LintConfig.defaults());

    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals(Linter.RULE_FAILED)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARN);
          assertThat(f.message()).contains("broken").contains("boom");
          assertThat(f.category()).isEqualTo(Category.LINTER);
        });
    assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("broken"));
    assertThat(report.findings()).anyMatch(f -> f.ruleId().equals("no-implicit-end"));
  }

  @Test
  void findingsAreSortedBySeverityThenRuleThenElementAndCounted() {
    LintReport report = new Linter().lint(MODEL, LintConfig.defaults().withSeverity("fake-join", Severity.INFO));

    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(report.summary().errors()).isEqualTo(count(report, Severity.ERROR));
    assertThat(report.summary().warnings()).isEqualTo(count(report, Severity.WARN));
    assertThat(report.summary().infos()).isEqualTo(count(report, Severity.INFO));
    assertThat(new Linter().lint(MODEL, LintConfig.defaults())).isEqualTo(new Linter().lint(MODEL, LintConfig.defaults()));
  }

  @Test
  void configuredSeverityReplacesTheDefaultAndOffSkipsTheRule() {
    LintReport warned = new Linter().lint(MODEL, LintConfig.defaults().withSeverity("no-implicit-end", Severity.WARN));
    LintReport off = new Linter().lint(MODEL, LintConfig.defaults().withSeverity("no-implicit-end", Severity.OFF));

    assertThat(warned.findings()).filteredOn(f -> f.ruleId().equals("no-implicit-end"))
        .extracting(Finding::severity).containsOnly(Severity.WARN);
    assertThat(off.findings()).noneMatch(f -> f.ruleId().equals("no-implicit-end"));
  }

  @Test
  void bytesAreParsedAsBpmnOrDmnWhicheverTheyAreAndHostileXmlIsRefused() {
    io.champa.model.ModelParser parser = new io.champa.model.ModelParser();
    LintReport bpmn = new Linter().lint(LintFixtures.bytes("rules/fake-join/invalid.bpmn.xml"), LintConfig.defaults(), parser);
    LintReport dmn = new Linter().lint(LintFixtures.bytes("rules/hit-policy-valid/invalid.dmn.xml"), LintConfig.defaults(), parser);
    byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</definitions>").getBytes();

    assertThat(bpmn.findings()).anyMatch(f -> f.ruleId().equals("fake-join"));
    assertThat(dmn.findings()).anyMatch(f -> f.ruleId().equals("hit-policy-valid"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Linter().lint(xxe, LintConfig.defaults(), parser))
        .isInstanceOfSatisfying(io.champa.model.ModelParseException.class,
            e -> assertThat(e.reason()).isEqualTo(io.champa.model.ModelParseException.Reason.DOCTYPE_NOT_ALLOWED));
  }

  @Test
  void everyRuleHasADescriptionAnExampleAndKnownParameters() {
    assertThat(RuleRegistry.defaults().all()).allSatisfy(rule -> {
      assertThat(rule.description()).as(rule.id()).isNotBlank().doesNotContain("\n");
      assertThat(rule.info().example()).as(rule.id()).isNotBlank();
      rule.parameters().forEach(p -> assertThat(p.description()).as(rule.id() + "." + p.name()).isNotBlank());
    });
  }

  private static long count(LintReport report, Severity severity) {
    return report.findings().stream().filter(f -> f.severity() == severity).count();
  }
}
