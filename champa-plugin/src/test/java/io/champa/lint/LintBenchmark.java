package io.champa.lint;

import io.champa.model.ModelParser;

import java.util.Arrays;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Prints how long linting a 500-flow-node model takes with every rule at its default, warm: the
 * median of 20 runs after 20 warm-up runs (parsing measured separately). Not a test; run with
 * {@code ./mvnw -q -pl champa-plugin test-compile exec:java -Dexec.mainClass=io.champa.lint.LintBenchmark -Dexec.classpathScope=test}.
 */
public final class LintBenchmark {

  private static final int RUNS = 20;

  private LintBenchmark() {
  }

  public static void main(String[] args) {
    byte[] xml = LargeModel.bpmn(100);
    BpmnModelInstance model = LintFixtures.PARSER.parseBpmn(xml);
    Linter linter = new Linter();
    LintConfig config = LintConfig.defaults();
    double[] lint = new double[RUNS];
    double[] parse = new double[RUNS];
    LintReport report = null;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        BpmnModelInstance parsed = LintFixtures.PARSER.parseBpmn(xml);
        parse[i] = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        report = linter.lint(parsed, config);
        lint[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    System.out.printf("model: %d flow nodes, %d bytes; findings: %s%n",
        model.getModelElementsByType(FlowNode.class).size(), xml.length, report.summary());
    System.out.printf("lint (%d rules), warm median of %d runs: %.1f ms (min %.1f, max %.1f)%n",
        linter.registry().all().size(), RUNS, median(lint), min(lint), max(lint));
    System.out.printf("parse (ModelParser: hardened SAX pass + Camunda's parser), median: %.1f ms%n", median(parse));
    if (args.length > 0 && args[0].equals("--per-rule")) {
      perRule(linter, model);
    }
  }

  /** The slowest rules, each run alone (includes preparing the shared model index once per run). */
  private static void perRule(Linter linter, BpmnModelInstance model) {
    java.util.Map<String, Double> times = new java.util.TreeMap<>();
    for (Rule rule : linter.registry().all()) {
      LintConfig only = LintConfig.none().withSeverity(rule.id(), Severity.INFO);
      double[] runs = new double[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        linter.lint(model, only);
        runs[i] = (System.nanoTime() - start) / 1e6;
      }
      times.put(rule.id(), median(runs));
    }
    times.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(15)
        .forEach(e -> System.out.printf("  %-40s %7.2f ms%n", e.getKey(), e.getValue()));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
