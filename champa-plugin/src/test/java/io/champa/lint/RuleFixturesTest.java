package io.champa.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule has at least one valid and one invalid fixture under {@code rules/<rule-id>/}. A valid
 * fixture gives the rule no finding; an invalid one gives exactly the element ids its
 * {@code <!-- expect: id id -->} comment lists ({@code -} for a finding about the whole file).
 * Only the rule under test runs, at error, so fixtures need not satisfy the other rules.
 */
class RuleFixturesTest {

  private static final Pattern EXPECT = Pattern.compile("<!--\\s*expect:\\s*(.*?)\\s*-->");
  private final Linter linter = new Linter();

  @Test
  void everyRuleHasAValidAndAnInvalidFixture() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : RuleRegistry.defaults().all()) {
      List<String> names = LintFixtures.ruleFixtures(rule.id()).stream().map(p -> p.getFileName().toString()).toList();
      if (names.stream().noneMatch(n -> n.startsWith("valid")) || names.stream().noneMatch(n -> n.startsWith("invalid"))) {
        missing.add(rule.id());
      }
    }
    assertThat(missing).as("rules without a valid and an invalid fixture").isEmpty();
  }

  @Test
  void everyFixtureFolderBelongsToARule() throws IOException {
    try (Stream<Path> dirs = Files.list(LintFixtures.rulesDirectory())) {
      assertThat(dirs.map(d -> d.getFileName().toString()))
          .allSatisfy(name -> assertThat(RuleRegistry.defaults().find(name)).as(name).isPresent());
    }
  }

  @TestFactory
  Stream<DynamicContainer> fixturesGiveExactlyTheExpectedFindings() {
    return RuleRegistry.defaults().all().stream().map(rule -> DynamicContainer.dynamicContainer(rule.id(),
        LintFixtures.ruleFixtures(rule.id()).stream().map(file -> DynamicTest.dynamicTest(
            file.getFileName().toString(), () -> check(rule, file)))));
  }

  private void check(Rule rule, Path file) throws IOException {
    String xml = Files.readString(file);
    LintConfig only = LintConfig.none().withSeverity(rule.id(), Severity.ERROR);
    byte[] bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    LintReport report = rule.modelKind() == ModelKind.BPMN
        ? linter.lint(LintFixtures.PARSER.parseBpmn(bytes), only)
        : linter.lint(LintFixtures.PARSER.parseDmn(bytes), only);
    assertThat(report.findings()).as("no rule failure").noneMatch(f -> f.ruleId().equals(Linter.RULE_FAILED));
    TreeSet<String> actual = new TreeSet<>();
    report.findings().forEach(f -> actual.add(Objects.requireNonNullElse(f.elementId(), "-")));
    if (file.getFileName().toString().startsWith("valid")) {
      assertThat(report.findings()).as("findings on a valid fixture").isEmpty();
    } else {
      Matcher expect = EXPECT.matcher(xml);
      assertThat(expect.find()).as("an invalid fixture names its expected ids in <!-- expect: ... -->").isTrue();
      assertThat(actual).as(report.findings().toString())
          .containsExactlyElementsOf(new TreeSet<>(Arrays.asList(expect.group(1).split("\\s+"))));
    }
  }
}
