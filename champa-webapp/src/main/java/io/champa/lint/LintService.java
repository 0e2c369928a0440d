package io.champa.lint;

import java.util.List;

import io.champa.model.ModelParseException;
import io.champa.model.ModelParser;
import io.champa.web.ModelProblems;

/**
 * Lints an uploaded or deployed model with the configuration in force, and says which kind of
 * model it was. Bad files become the usual model problems (400 with line and column, 413).
 */
public class LintService {

  private final Linter linter;
  private final LintSettings settings;
  private final ModelParser parser = new ModelParser();

  public LintService(Linter linter, LintSettings settings) {
    this.linter = linter;
    this.settings = settings;
  }

  /** A report and the kind of model it is about. */
  public record Result(String type, LintReport report) {
  }

  public Result lint(byte[] xml) {
    ModelProblems.bounded(xml, "model");
    LintConfig config = settings.current();
    try {
      return new Result("bpmn", linter.lint(parser.parseBpmn(xml), config));
    } catch (ModelParseException e) {
      if (e.reason() != ModelParseException.Reason.WRONG_MODEL_TYPE) {
        throw ModelProblems.of(e, "model", null);
      }
    }
    try {
      return new Result("dmn", linter.lint(parser.parseDmn(xml), config));
    } catch (ModelParseException e) {
      throw ModelProblems.of(e, "model", null);
    }
  }

  public String sarif(String uri, LintReport report) {
    return SarifWriter.write(uri, report, linter.registry());
  }

  public List<Rule> rules() {
    return linter.registry().all();
  }

  public LintConfig config() {
    return settings.current();
  }
}
