package io.champa.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;

import io.champa.model.ModelParseException;
import io.champa.model.ModelParser;
import io.champa.lint.bpmn.BpmnModel;
import io.champa.lint.bpmn.BpmnRule;
import io.champa.lint.dmn.DmnRule;

/**
 * Runs the configured rules over one model. A rule that throws does not break the report: its
 * findings so far are dropped and one {@value #RULE_FAILED} warning names it. Thread-safe.
 */
public final class Linter {

  /** The id of the finding that stands in for a rule that threw. */
  public static final String RULE_FAILED = "lint-rule-failed";

  private final RuleRegistry registry;

  public Linter() {
    this(RuleRegistry.defaults());
  }

  public Linter(RuleRegistry registry) {
    this.registry = registry;
  }

  public RuleRegistry registry() {
    return registry;
  }

  /**
   * Parses and lints a BPMN or DMN file, whichever it is, through {@link ModelParser} (no DOCTYPE, so
   * no external entities; its size limit; line and column on malformed XML).
   *
   * @throws ModelParseException when the bytes are not a BPMN or DMN model Champa accepts
   */
  public LintReport lint(byte[] xml, LintConfig config, ModelParser parser) {
    BpmnModelInstance bpmn;
    try {
      bpmn = parser.parseBpmn(xml);
    } catch (ModelParseException e) {
      if (e.reason() != ModelParseException.Reason.WRONG_MODEL_TYPE) {
        throw e;
      }
      return lint(parser.parseDmn(xml), config);
    }
    return lint(bpmn, config);
  }

  public LintReport lint(BpmnModelInstance model, LintConfig config) {
    List<Finding> findings = new ArrayList<>();
    BpmnModel prepared;
    try {
      prepared = new BpmnModel(model);
    } catch (RuntimeException e) {
      findings.add(failed("model-preparation", e));
      return LintReport.of(findings);
    }
    for (Rule rule : registry.all()) {
      if (rule instanceof BpmnRule bpmnRule) {
        run(rule, config, findings, context -> bpmnRule.check(prepared, context));
      }
    }
    return LintReport.of(findings);
  }

  public LintReport lint(DmnModelInstance model, LintConfig config) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : registry.all()) {
      if (rule instanceof DmnRule dmnRule) {
        run(rule, config, findings, context -> dmnRule.check(model, context));
      }
    }
    return LintReport.of(findings);
  }

  private static void run(Rule rule, LintConfig config, List<Finding> findings, java.util.function.Consumer<RuleContext> check) {
    Severity severity = config.severityOf(rule);
    if (severity == Severity.OFF) {
      return;
    }
    Collector collector = new Collector(rule, severity, config);
    try {
      check.accept(collector);
      findings.addAll(collector.findings);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      findings.add(failed(rule.id(), e));
    }
  }

  private static Finding failed(String ruleId, Throwable e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new Finding(RULE_FAILED, Severity.WARN, null, "Rule " + ruleId + " failed and was skipped (" + detail + ")",
        Category.LINTER);
  }

  /** Collects one rule's findings; the same finding reported twice counts once. */
  private static final class Collector implements RuleContext {
    private final Rule rule;
    private final Severity severity;
    private final LintConfig config;
    private final Set<Finding> findings = new LinkedHashSet<>();

    Collector(Rule rule, Severity severity, LintConfig config) {
      this.rule = rule;
      this.severity = severity;
      this.config = config;
    }

    @Override
    public void report(String elementId, String message) {
      findings.add(new Finding(rule.id(), severity, elementId, message, rule.category()));
    }

    @Override
    public String parameter(String name) {
      return config.parameterOf(rule, name);
    }
  }
}
