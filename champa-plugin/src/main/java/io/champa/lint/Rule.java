package io.champa.lint;

import java.util.List;

/**
 * A lint rule: what it is called, what it checks and how much a finding matters by default. The
 * check itself lives in {@link io.champa.lint.bpmn.BpmnRule} or {@link io.champa.lint.dmn.DmnRule}.
 */
public interface Rule {

  RuleInfo info();

  ModelKind modelKind();

  default String id() {
    return info().id();
  }

  default Category category() {
    return info().category();
  }

  default Severity defaultSeverity() {
    return info().defaultSeverity();
  }

  default String description() {
    return info().description();
  }

  default List<RuleParameter> parameters() {
    return info().parameters();
  }
}
