package io.champa.lint.dmn;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

import io.champa.lint.Category;
import io.champa.lint.RuleContext;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;

/** FEEL that does not parse, and entries whose literal type contradicts the column's typeRef. */
final class FeelRules {

  private FeelRules() {
  }

  static List<DmnRule> all() {
    return List.of(feelInputEntryValid(), feelExpressionValid(), typeMismatch());
  }

  private static String definitionsLanguage(org.camunda.bpm.model.dmn.DmnModelInstance model) {
    Definitions definitions = model.getDefinitions();
    return definitions == null ? null : definitions.getExpressionLanguage();
  }

  static DmnRule feelInputEntryValid() {
    return new DmnRule(RuleInfo.of("feel-input-entry-valid", Category.DMN, Severity.ERROR,
        "Input entries in FEEL (Camunda 7's default) parse as FEEL unary tests, checked with Camunda's own FEEL engine.",
        "An input entry `>= 10 and < 20` (FEEL writes `[10..20[`) or `\"gold` with a missing quote."),
        (model, report) -> {
          String language = definitionsLanguage(model);
          for (InputEntry entry : model.getModelElementsByType(InputEntry.class)) {
            String text = Tables.text(entry);
            if (text.isBlank() || !Tables.isFeel(entry.getExpressionLanguage(), language)) {
              continue;
            }
            String error = Feel.unaryTestsError(text);
            if (error != null) {
              report.report(Tables.idOf(entry), "Input entry '" + text.trim() + "' is not valid FEEL: " + error);
            }
          }
        });
  }

  static DmnRule feelExpressionValid() {
    return new DmnRule(RuleInfo.of("feel-expression-valid", Category.DMN, Severity.ERROR,
        "Output entries, input expressions and literal expressions in FEEL parse as FEEL expressions.",
        "An output entry `\"gold` or `10 %`."),
        (model, report) -> {
          String language = definitionsLanguage(model);
          List<LiteralExpression> expressions = new ArrayList<>(model.getModelElementsByType(LiteralExpression.class));
          for (LiteralExpression expression : expressions) {
            String text = Tables.text(expression);
            String own = expression.getExpressionLanguage();
            if (own == null && expression.getParentElement() instanceof Input input) {
              own = input.getAttributeValue("expressionLanguage");
            }
            if (text.isBlank() || !Tables.isFeel(own, language)) {
              continue;
            }
            String error = Feel.expressionError(text);
            if (error != null) {
              String kind = expression instanceof OutputEntry ? "Output entry" : expression.getParentElement() instanceof Input
                  ? "Input expression" : "Literal expression";
              report.report(Tables.idOf(expression), kind + " '" + text.trim() + "' is not valid FEEL: " + error);
            }
          }
        });
  }

  static DmnRule typeMismatch() {
    return new DmnRule(RuleInfo.of("type-mismatch", Category.DMN, Severity.WARN,
        "Literal entries match their column's typeRef: no string literals in number or boolean columns, no numbers or "
            + "comparisons in string columns.",
        "`\"100\"` in an input column with typeRef `integer`, or `< 5` in a `string` column."),
        (model, report) -> {
          for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            List<Input> inputs = new ArrayList<>(table.getInputs());
            List<Output> outputs = new ArrayList<>(table.getOutputs());
            for (Rule rule : table.getRules()) {
              List<InputEntry> inputEntries = new ArrayList<>(rule.getInputEntries());
              for (int k = 0; k < Math.min(inputs.size(), inputEntries.size()); k++) {
                check(Tables.typeRef(inputs.get(k)), Entry.parse(Tables.text(inputEntries.get(k))), Tables.text(inputEntries.get(k)),
                    "input '" + Tables.describe(inputs.get(k)) + "'", Tables.idOf(inputEntries.get(k)), report);
              }
              List<OutputEntry> outputEntries = new ArrayList<>(rule.getOutputEntries());
              for (int k = 0; k < Math.min(outputs.size(), outputEntries.size()); k++) {
                String type = outputs.get(k).getTypeRef() == null ? "" : outputs.get(k).getTypeRef().trim().toLowerCase();
                String text = Tables.text(outputEntries.get(k));
                Entry entry = Entry.parse(text);
                boolean literal = entry.kind() == Entry.Kind.LITERALS
                    || (entry.kind() == Entry.Kind.INTERVAL && text.trim().matches("-?\\d+(\\.\\d+)?"));
                if (literal) {
                  check(type, entry, text, "output '" + Tables.describe(outputs.get(k)) + "'", Tables.idOf(outputEntries.get(k)),
                      report);
                }
              }
            }
          }
        });
  }

  private static void check(String type, Entry entry, String text, String column, String elementId, RuleContext report) {
    boolean strings = entry.kind() == Entry.Kind.LITERALS && entry.literals().stream().allMatch(l -> l.startsWith("string:"));
    boolean booleans = entry.kind() == Entry.Kind.LITERALS && entry.literals().stream().allMatch(l -> l.startsWith("boolean:"));
    boolean numeric = entry.kind() == Entry.Kind.INTERVAL;
    boolean mismatch = (Tables.NUMERIC.contains(type) && (strings || booleans))
        || (type.equals("string") && (numeric || booleans))
        || (type.equals("boolean") && (strings || numeric));
    if (mismatch) {
      report.report(elementId, "'" + text.trim() + "' does not fit the typeRef '" + type + "' of " + column);
    }
  }
}
