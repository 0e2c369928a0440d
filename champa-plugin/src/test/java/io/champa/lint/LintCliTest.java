package io.champa.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCliTest {

  private static final Path RULES = Path.of("src/test/resources/io/champa/lint/rules");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void anErrorFixtureExitsNonZeroAndNamesTheFinding(@TempDir Path dir) throws Exception {
    Path model = copy(RULES.resolve("end-event-required/invalid.bpmn.xml"), dir.resolve("order.bpmn"));

    int exit = run(model.toString());

    assertThat(exit).isEqualTo(LintCli.ERRORS_FOUND);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("error end-event-required");
  }

  @Test
  void aFolderWithOnlyCleanModelsExitsZero(@TempDir Path dir) throws Exception {
    copy(RULES.resolve("end-event-required/valid.bpmn.xml"), dir.resolve("clean.bpmn"));

    int exit = run("--config", config(dir, "{\"rules\":{\"end-event-required\":\"error\"}}").toString(), dir.toString());

    assertThat(exit).isEqualTo(LintCli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 file(s), 0 error(s)");
  }

  @Test
  void sarifIsWrittenWhenAsked(@TempDir Path dir) throws Exception {
    Path model = copy(RULES.resolve("end-event-required/invalid.bpmn.xml"), dir.resolve("order.bpmn"));
    Path sarif = dir.resolve("lint.sarif");

    run("--sarif", sarif.toString(), model.toString());

    assertThat(Files.readString(sarif)).contains("\"version\":\"2.1.0\"").contains("end-event-required");
  }

  @Test
  void malformedFilesAndBadUsageExitWithTwo(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.bpmn"), "<definitions>\n<process>\n</definitions>");

    assertThat(run(broken.toString())).isEqualTo(LintCli.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.bpmn:3:");
    assertThat(run()).isEqualTo(LintCli.FAILED);
    assertThat(run("--format", "xml", broken.toString())).isEqualTo(LintCli.FAILED);
    assertThat(run(dir.resolve("missing.bpmn").toString())).isEqualTo(LintCli.FAILED);
  }

  private int run(String... args) {
    return LintCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static Path copy(Path from, Path to) throws Exception {
    return Files.copy(from, to);
  }

  private static Path config(Path dir, String json) throws Exception {
    return Files.writeString(dir.resolve(".bpmnlintrc"), json);
  }
}
