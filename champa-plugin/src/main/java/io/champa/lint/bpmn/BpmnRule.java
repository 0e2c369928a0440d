package io.champa.lint.bpmn;

import java.util.function.BiConsumer;

import io.champa.lint.ModelKind;
import io.champa.lint.Rule;
import io.champa.lint.RuleContext;
import io.champa.lint.RuleInfo;

/** A rule over a BPMN model: its description plus a check that reports to a {@link RuleContext}. */
public record BpmnRule(RuleInfo info, BiConsumer<BpmnModel, RuleContext> check) implements Rule {

  @Override
  public ModelKind modelKind() {
    return ModelKind.BPMN;
  }

  public void check(BpmnModel model, RuleContext context) {
    check.accept(model, context);
  }
}
