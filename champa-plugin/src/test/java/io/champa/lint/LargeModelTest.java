package io.champa.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

/** The benchmark's model is what it claims: 500+ flow nodes, clean enough that findings are few. */
class LargeModelTest {

  @Test
  void generatedModelHas502FlowNodesAndLintsWithoutFailures() {
    BpmnModelInstance model = LintFixtures.PARSER.parseBpmn(LargeModel.bpmn(100));
    LintReport report = new Linter().lint(model, LintConfig.defaults());

    assertThat(model.getModelElementsByType(FlowNode.class)).hasSize(502);
    assertThat(report.findings()).noneMatch(f -> f.ruleId().equals(Linter.RULE_FAILED));
    assertThat(report.summary().errors()).as(report.findings().toString()).isZero();
  }
}
