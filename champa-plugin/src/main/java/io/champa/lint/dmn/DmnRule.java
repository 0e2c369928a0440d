package io.champa.lint.dmn;

import java.util.function.BiConsumer;

import org.camunda.bpm.model.dmn.DmnModelInstance;

import io.champa.lint.ModelKind;
import io.champa.lint.Rule;
import io.champa.lint.RuleContext;
import io.champa.lint.RuleInfo;

/** A rule over a DMN model: its description plus a check that reports to a {@link RuleContext}. */
public record DmnRule(RuleInfo info, BiConsumer<DmnModelInstance, RuleContext> check) implements Rule {

  @Override
  public ModelKind modelKind() {
    return ModelKind.DMN;
  }

  public void check(DmnModelInstance model, RuleContext context) {
    check.accept(model, context);
  }
}
