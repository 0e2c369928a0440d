package io.champa.lint.dmn;

import static io.champa.lint.dmn.Tables.describe;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

import io.champa.lint.Category;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;

/** The structure of decision tables as Camunda 7's DMN engine parses it. */
final class TableRules {

  private TableRules() {
  }

  static List<DmnRule> all() {
    return List.of(hitPolicyValid(), aggregationRequiresCollect(), inputLabelRequired(), inputExpressionRequired(),
        outputNameRequired(), outputLabelRequired(), ruleEntryCount(), rulesRequired());
  }

  private static RuleInfo info(String id, Severity severity, String description, String example) {
    return RuleInfo.of(id, Category.DMN, severity, description, example);
  }

  static DmnRule hitPolicyValid() {
    return new DmnRule(info("hit-policy-valid", Severity.ERROR,
        "The hit policy is one Camunda 7 implements: UNIQUE, FIRST, ANY, COLLECT or RULE ORDER (not PRIORITY or OUTPUT ORDER).",
        "`<decisionTable hitPolicy=\"PRIORITY\">`."),
        (model, report) -> {
          for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            HitPolicy policy = table.getHitPolicy();
            if (policy == HitPolicy.PRIORITY || policy == HitPolicy.OUTPUT_ORDER) {
              report.report(Tables.idOf(table), "Camunda 7 does not implement the hit policy " + policy);
            }
          }
        });
  }

  static DmnRule aggregationRequiresCollect() {
    return new DmnRule(info("aggregation-requires-collect", Severity.ERROR,
        "An aggregation (SUM, MIN, MAX, COUNT) is only set with hit policy COLLECT, and only on a table with one output.",
        "`<decisionTable hitPolicy=\"FIRST\" aggregation=\"SUM\">`."),
        (model, report) -> {
          for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            if (table.getAggregation() == null) {
              continue;
            }
            if (table.getHitPolicy() != HitPolicy.COLLECT) {
              report.report(Tables.idOf(table), "Aggregation " + table.getAggregation() + " needs hit policy COLLECT, not "
                  + table.getHitPolicy());
            } else if (table.getOutputs().size() > 1) {
              report.report(Tables.idOf(table), "Aggregation " + table.getAggregation() + " works on one output; the table has "
                  + table.getOutputs().size());
            }
          }
        });
  }

  static DmnRule inputLabelRequired() {
    return new DmnRule(info("input-label-required", Severity.WARN,
        "Every input column has a label, which is what readers of the table and of Cockpit see.",
        "`<input id=\"amount\">` without label=\"Amount\"."),
        (model, report) -> {
          for (Input input : model.getModelElementsByType(Input.class)) {
            if (input.getLabel() == null || input.getLabel().isBlank()) {
              report.report(Tables.idOf(input), "Input '" + describe(input) + "' has no label");
            }
          }
        });
  }

  static DmnRule inputExpressionRequired() {
    return new DmnRule(info("input-expression-required", Severity.ERROR,
        "Every input column has an input expression (the variable or expression it tests).",
        "`<inputExpression typeRef=\"integer\"><text></text></inputExpression>`."),
        (model, report) -> {
          for (Input input : model.getModelElementsByType(Input.class)) {
            if (input.getInputExpression() == null || Tables.text(input.getInputExpression()).isBlank()) {
              report.report(Tables.idOf(input), "Input '" + describe(input) + "' has no input expression");
            }
          }
        });
  }

  static DmnRule outputNameRequired() {
    return new DmnRule(info("output-name-required", Severity.ERROR,
        "In a table with several outputs every output has a name, and names are unique: they are the keys of the result.",
        "Two outputs both named `discount`, or one of two outputs without a name."),
        (model, report) -> {
          for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            Set<String> names = new HashSet<>();
            for (Output output : table.getOutputs()) {
              String name = output.getName();
              if ((name == null || name.isBlank()) && table.getOutputs().size() > 1) {
                report.report(Tables.idOf(output), "Output '" + describe(output) + "' has no name");
              } else if (name != null && !name.isBlank() && !names.add(name)) {
                report.report(Tables.idOf(output), "Output name '" + name + "' is used twice");
              }
            }
          }
        });
  }

  static DmnRule outputLabelRequired() {
    return new DmnRule(info("output-label-required", Severity.WARN,
        "Every output column has a label.",
        "`<output id=\"discount\" name=\"discount\">` without label."),
        (model, report) -> {
          for (Output output : model.getModelElementsByType(Output.class)) {
            if (output.getLabel() == null || output.getLabel().isBlank()) {
              report.report(Tables.idOf(output), "Output '" + describe(output) + "' has no label");
            }
          }
        });
  }

  static DmnRule ruleEntryCount() {
    return new DmnRule(info("rule-entry-count", Severity.ERROR,
        "Every rule has one input entry per input and one output entry per output; the engine refuses tables that do not.",
        "A rule with two input entries in a table with three inputs."),
        (model, report) -> {
          for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            int inputs = table.getInputs().size();
            int outputs = table.getOutputs().size();
            for (Rule rule : table.getRules()) {
              if (rule.getInputEntries().size() != inputs || rule.getOutputEntries().size() != outputs) {
                report.report(Tables.idOf(rule), "The rule has " + rule.getInputEntries().size() + " input and "
                    + rule.getOutputEntries().size() + " output entries; the table has " + inputs + " inputs and " + outputs
                    + " outputs");
              }
            }
          }
        });
  }

  static DmnRule rulesRequired() {
    return new DmnRule(info("decision-table-rules-required", Severity.WARN,
        "A decision table has at least one rule.",
        "A table with inputs and outputs but no `<rule>`: every evaluation returns nothing."),
        (model, report) -> {
          for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            if (table.getRules().isEmpty()) {
              report.report(Tables.idOf(table), "The decision table has no rules");
            }
          }
        });
  }
}
