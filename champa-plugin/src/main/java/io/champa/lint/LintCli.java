package io.champa.lint;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.champa.model.ModelParseException;
import io.champa.model.ModelParser;

/**
 * The linter for CI pipelines: lints files and folders, prints the findings, writes SARIF when
 * asked, and exits 1 when any error is found (2 for bad usage or unreadable files).
 *
 * <pre>
 * champa-lint [--config .bpmnlintrc] [--sarif report.sarif] [--format text|json] path...
 * </pre>
 */
public final class LintCli {

  static final int OK = 0;
  static final int ERRORS_FOUND = 1;
  static final int FAILED = 2;

  private LintCli() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println("usage: champa-lint [--config .bpmnlintrc] [--sarif report.sarif] [--format text|json] path...");
      return FAILED;
    }
    Linter linter = new Linter();
    ModelParser parser = new ModelParser();
    try {
      LintConfig config = options.config == null ? LintConfig.defaults()
          : LintConfig.fromBpmnlintrc(Files.readString(options.config), linter.registry());
      config.warnings().forEach(warning -> err.println("config: " + warning));
      Map<String, LintReport> reports = new LinkedHashMap<>();
      boolean unreadable = false;
      for (Path file : models(options.paths)) {
        try {
          reports.put(file.toString(), linter.lint(Files.readAllBytes(file), config, parser));
        } catch (ModelParseException e) {
          err.println(file + ":" + Math.max(e.line(), 0) + ":" + Math.max(e.column(), 0) + ": " + e.getMessage());
          unreadable = true;
        }
      }
      print(reports, options.format, out);
      if (options.sarif != null) {
        Files.writeString(options.sarif, SarifWriter.write(reports, linter.registry()), StandardCharsets.UTF_8);
      }
      if (unreadable) {
        return FAILED;
      }
      return reports.values().stream().anyMatch(LintReport::hasErrors) ? ERRORS_FOUND : OK;
    } catch (IOException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return FAILED;
    }
  }

  private static void print(Map<String, LintReport> reports, String format, PrintStream out) {
    if ("json".equals(format)) {
      reports.forEach((file, report) -> out.println("{\"file\":\"" + file.replace("\\", "\\\\").replace("\"", "\\\"")
          + "\",\"report\":" + ReportJsonWriter.write(report) + "}"));
      return;
    }
    int errors = 0;
    int warnings = 0;
    for (Map.Entry<String, LintReport> entry : reports.entrySet()) {
      for (Finding finding : entry.getValue().findings()) {
        out.println(entry.getKey() + ": " + finding.severity().label() + " " + finding.ruleId()
            + (finding.elementId() == null ? "" : " " + finding.elementId()) + ": " + finding.message());
      }
      errors += entry.getValue().summary().errors();
      warnings += entry.getValue().summary().warnings();
    }
    out.println(reports.size() + " file(s), " + errors + " error(s), " + warnings + " warning(s)");
  }

  private static List<Path> models(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(file -> DeployLintGate.isModel(file.toString())).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new IllegalArgumentException("No such file or folder: " + path);
      }
    }
    return files;
  }

  private record Options(Path config, Path sarif, String format, List<Path> paths) {

    static Options parse(String[] args) {
      Path config = null;
      Path sarif = null;
      String format = "text";
      List<Path> paths = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--config" -> config = Path.of(value(args, ++i, "--config"));
          case "--sarif" -> sarif = Path.of(value(args, ++i, "--sarif"));
          case "--format" -> format = value(args, ++i, "--format");
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            paths.add(Path.of(args[i]));
          }
        }
      }
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("Name at least one file or folder to lint");
      }
      if (!format.equals("text") && !format.equals("json")) {
        throw new IllegalArgumentException("--format must be text or json");
      }
      return new Options(config, sarif, format, paths);
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[index];
    }
  }
}
