package io.champa.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Any valid BPMN 2.0 file lints without an exception and without a rule failing: odd-but-valid
 * models (no processes, an empty process, pools without processes, elements without ids, no DI),
 * every lint fixture, the diff fixtures and the example engine's models, with every rule on.
 */
class OddModelsTest {

  private static final Linter LINTER = new Linter();
  private static final LintConfig EVERY_RULE = everyRuleOn();

  @ParameterizedTest
  @ValueSource(strings = {"no-root-elements", "empty-process", "collaboration-without-processes", "elements-without-ids"})
  void oddButValidModelsLintWithoutFailures(String name) {
    LintReport report = LINTER.lint(LintFixtures.bpmn("odd/" + name + ".bpmn.xml"), EVERY_RULE);
    assertThat(report.findings()).noneMatch(f -> f.ruleId().equals(Linter.RULE_FAILED));
  }

  @org.junit.jupiter.api.Test
  void decisionsWithoutTablesOrRulesLintWithoutFailures() {
    LintReport report = LINTER.lint(LintFixtures.dmn("odd/literal-and-empty-decisions.dmn.xml"), EVERY_RULE);
    assertThat(report.findings()).noneMatch(f -> f.ruleId().equals(Linter.RULE_FAILED))
        .anyMatch(f -> f.ruleId().equals("decision-table-rules-required") && "emptyTable".equals(f.elementId()));
  }

  @ParameterizedTest
  @MethodSource("modelFiles")
  void everyModelInTheRepositoryLintsWithoutFailures(Path file) throws IOException {
    byte[] xml = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    LintReport report = name.contains(".dmn")
        ? LINTER.lint(LintFixtures.PARSER.parseDmn(xml), EVERY_RULE)
        : LINTER.lint(LintFixtures.PARSER.parseBpmn(xml), EVERY_RULE);
    assertThat(report.findings()).as(file.toString()).noneMatch(f -> f.ruleId().equals(Linter.RULE_FAILED));
  }

  static Stream<Path> modelFiles() throws IOException {
    List<Path> roots = List.of(Path.of("src/test/resources"), Path.of("../example-engine/src/main/resources"));
    Stream<Path> all = Stream.empty();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        all = Stream.concat(all, Files.walk(root).filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(bpmn|dmn)(\\.xml)?$")).toList().stream());
      }
    }
    return all.sorted();
  }

  private static LintConfig everyRuleOn() {
    LintConfig config = LintConfig.none();
    for (Rule rule : RuleRegistry.defaults().all()) {
      config = config.withSeverity(rule.id(), Severity.INFO);
    }
    return config;
  }
}
