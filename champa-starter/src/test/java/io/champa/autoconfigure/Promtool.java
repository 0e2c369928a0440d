package io.champa.autoconfigure;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code promtool check metrics} (Debian package {@code prometheus}) on Prometheus text. A
 * test that needs it fails when it is missing, saying how to install it: never a silent skip.
 */
final class Promtool {

  /** promtool's exit code for text that parses but breaks naming rules. */
  static final int LINT_PROBLEMS = 3;

  private Promtool() {
  }

  /**
   * @param exitCode 0 clean, 3 lint problems only, anything else the text does not parse
   * @param output what promtool printed, one problem a line
   */
  record Result(int exitCode, String output) {
    List<String> problems() {
      return output.lines().filter(line -> !line.isBlank()).toList();
    }
  }

  static Result checkMetrics(String text) throws Exception {
    Process process = new ProcessBuilder(executable(), "check", "metrics").redirectErrorStream(true).start();
    process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("promtool did not finish within 30 s");
    }
    return new Result(process.exitValue(), output);
  }

  private static String executable() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      File candidate = new File(dir, "promtool");
      if (candidate.canExecute()) {
        return candidate.getPath();
      }
    }
    throw new AssertionError("promtool is not installed, and the Prometheus output must be checked with it. Install it"
        + " (Debian/Ubuntu: apt-get install -y prometheus, which brings /usr/bin/promtool; .ci/run does this) or put"
        + " a promtool from https://prometheus.io/download/ on the PATH.");
  }
}
