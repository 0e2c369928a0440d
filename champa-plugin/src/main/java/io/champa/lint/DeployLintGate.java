package io.champa.lint;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.champa.model.ModelParseException;
import io.champa.model.ModelParser;
import io.champa.plugin.DeploymentEvent;
import io.champa.plugin.DeploymentListener;

/**
 * Lints every BPMN and DMN resource of a deployment before it commits. {@code BLOCK} refuses a
 * deployment with error findings (the deploying call fails with a message listing them, and
 * nothing is deployed); {@code WARN} logs them and keeps them for the UI; {@code OFF} does nothing.
 * Recent results are kept in memory on this node.
 */
public class DeployLintGate implements DeploymentListener {

  private static final Logger LOG = LoggerFactory.getLogger(DeployLintGate.class);
  private static final int KEPT = 50;
  private static final int LISTED_IN_MESSAGE = 20;

  /** What the gate does with findings. */
  public enum Mode {
    OFF, WARN, BLOCK;

    public static Mode parse(String value) {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
  }

  /** One linted resource of one deployment. */
  public record Result(String deploymentId, String deploymentName, Instant time, String resource, LintReport report) {
  }

  private final Mode mode;
  private final Linter linter;
  private final Supplier<LintConfig> config;
  private final ModelParser parser = new ModelParser();
  private final Deque<Result> recent = new ArrayDeque<>();

  public DeployLintGate(Mode mode, Linter linter, Supplier<LintConfig> config) {
    this.mode = mode;
    this.linter = linter;
    this.config = config;
  }

  public Mode mode() {
    return mode;
  }

  /** The latest results, newest first. */
  public synchronized List<Result> recent() {
    return List.copyOf(recent);
  }

  @Override
  public void beforeCommit(DeploymentEvent event) {
    if (mode == Mode.OFF) {
      return;
    }
    LintConfig current = config.get();
    List<Result> results = new ArrayList<>();
    for (Map.Entry<String, byte[]> resource : event.resources().entrySet()) {
      if (isModel(resource.getKey())) {
        results.add(new Result(event.deploymentId(), event.deploymentName(), Instant.now(), resource.getKey(),
            lint(resource.getValue(), current)));
      }
    }
    List<Result> withErrors = results.stream().filter(result -> result.report().hasErrors()).toList();
    if (mode == Mode.BLOCK && !withErrors.isEmpty()) {
      throw new ProcessEngineException("Champa's lint gate refused deployment '" + event.deploymentName() + "': "
          + describe(withErrors));
    }
    remember(results);
    results.stream().filter(result -> !result.report().findings().isEmpty()).forEach(result ->
        LOG.warn("Lint findings in deployment '{}', {}: {} errors, {} warnings, {} infos", event.deploymentName(),
            result.resource(), result.report().summary().errors(), result.report().summary().warnings(),
            result.report().summary().infos()));
  }

  private LintReport lint(byte[] xml, LintConfig current) {
    try {
      return linter.lint(xml, current, parser);
    } catch (ModelParseException e) {
      // the engine's own parser decides whether the file deploys; the gate reports what it saw
      return LintReport.of(List.of(new Finding("model-parse-error", Severity.ERROR, null, e.getMessage(), Category.LINTER)));
    }
  }

  private synchronized void remember(List<Result> results) {
    for (Result result : results) {
      recent.addFirst(result);
      while (recent.size() > KEPT) {
        recent.removeLast();
      }
    }
  }

  private static String describe(List<Result> withErrors) {
    return withErrors.stream().flatMap(result -> result.report().findings().stream()
            .filter(finding -> finding.severity() == Severity.ERROR)
            .map(finding -> result.resource() + " [" + finding.ruleId() + "] "
                + (finding.elementId() == null ? "" : finding.elementId() + ": ") + finding.message()))
        .limit(LISTED_IN_MESSAGE)
        .collect(Collectors.joining("; "));
  }

  static boolean isModel(String resourceName) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
  }
}
