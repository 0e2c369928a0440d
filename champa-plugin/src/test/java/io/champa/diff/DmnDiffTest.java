package io.champa.diff;

import static io.champa.diff.Expected.changed;
import static io.champa.diff.Expected.ref;
import static io.champa.diff.Fixtures.dmnAgainstBase;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each fixture is {@code base.dmn} with one kind of change, except the DRD pair. */
class DmnDiffTest {

  @Test
  void explicitDefaultHitPolicyAndReindentedEntriesAreNoChange() {
    assertThat(dmnAgainstBase("dmn-identical").hasChanges()).isFalse();
  }

  @Test
  void hitPolicyAndAggregationChangesAreDecisionAttributes() {
    DiffResult result = dmnAgainstBase("hit-policy");

    assertThat(result.changed()).containsExactly(
        changed("discount", "decision", "Discount", false,
            "aggregation", null, "MAX",
            "hitPolicy", "UNIQUE", "COLLECT"));
    assertThat(result.summary()).isEqualTo(new DiffSummary(0, 0, 1, 0));
  }

  @Test
  void rulesAreMatchedByIdAndTheirEntriesByColumn() {
    DiffResult result = dmnAgainstBase("rules");

    assertThat(result.added()).containsExactly(ref("rule_silver", "rule", "Silver gets 3"));
    assertThat(result.removed()).containsExactly(ref("rule_large", "rule", "Large orders get 5"));
    assertThat(result.changed()).containsExactly(
        changed("rule_none", "rule", "No discount", false, "inputEntry[in_amount]", "<= 1000", "-"));
  }

  @Test
  void reorderedRulesAreOneChangeOfTheDecisionsRuleOrder() {
    DiffResult result = dmnAgainstBase("rules-reordered");

    assertThat(result.changed()).containsExactly(
        changed("discount", "decision", "Discount", false,
            "ruleOrder", "rule_gold,rule_large,rule_none", "rule_large,rule_gold,rule_none"));
  }

  @Test
  void addedInputColumnIsAddedAndEveryRuleGainsItsEntry() {
    DiffResult result = dmnAgainstBase("input-added");

    assertThat(result.added()).containsExactly(ref("in_channel", "input", "Channel"));
    assertThat(result.changed()).containsExactly(
        changed("rule_gold", "rule", "Gold gets 10", false, "inputEntry[in_channel]", null, "\"web\""),
        changed("rule_large", "rule", "Large orders get 5", false, "inputEntry[in_channel]", null, "-"),
        changed("rule_none", "rule", "No discount", false, "inputEntry[in_channel]", null, "-"));
  }

  @Test
  void requirementsAndLiteralExpressionsAreComparedAndShapesMovedAreLayoutOnly() {
    DiffResult result = DmnDiff.compare(Fixtures.dmn("drd.dmn"), Fixtures.dmn("drd-changed.dmn"));

    assertThat(result.changed()).containsExactly(
        changed("cost", "decision", "Shipping cost", false,
            "literalExpression", "if zone = \"home\" then 5 else 15", "if zone = \"home\" then 5 + weight else 15 + 2 * weight",
            "requiredInput", null, "input_weight"));
    assertThat(result.layoutChanged()).containsExactly(ref("input_weight", "inputData", "Weight"));
  }
}
