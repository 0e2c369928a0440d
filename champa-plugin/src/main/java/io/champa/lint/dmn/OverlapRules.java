package io.champa.lint.dmn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

import io.champa.lint.Category;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;
import io.champa.lint.dmn.Entry.Interval;

/** How the rules of one table relate: duplicates, overlaps under UNIQUE, holes in numeric ranges. */
final class OverlapRules {

  private OverlapRules() {
  }

  static List<DmnRule> all() {
    return List.of(duplicateRules(), uniqueOverlap(), numericRangeGaps());
  }

  static DmnRule duplicateRules() {
    return new DmnRule(RuleInfo.of("duplicate-rules", Category.DMN, Severity.WARN,
        "No two rules of a table have the same input entries (ignoring spacing; `-` equals empty).",
        "Rules 3 and 7 both test `\"gold\"` and `>= 1000`: the later one is reported."),
        (model, report) -> {
          for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            Map<List<String>, Rule> seen = new HashMap<>();
            for (Rule rule : table.getRules()) {
              List<String> key = rule.getInputEntries().stream().map(Tables::normalized).toList();
              Rule first = seen.putIfAbsent(key, rule);
              if (first != null) {
                boolean sameOutputs = outputs(first).equals(outputs(rule));
                report.report(Tables.idOf(rule), "The rule repeats the input entries of rule '" + Tables.idOf(first) + "'"
                    + (sameOutputs ? " and its outputs" : " with different outputs"));
              }
            }
          }
        });
  }

  private static List<String> outputs(Rule rule) {
    return rule.getOutputEntries().stream().map(e -> Tables.text(e).trim()).toList();
  }

  static DmnRule uniqueOverlap() {
    return new DmnRule(RuleInfo.of("unique-overlap", Category.DMN, Severity.ERROR,
        "Under hit policy UNIQUE no input can match two rules. Decided for simple entries (`-`, string and boolean "
            + "literals, numbers, comparisons, ranges); rules with other FEEL entries are skipped.",
        "A UNIQUE table with rules `< 100` and `[50..200]` on the same input: both are reported."),
        (model, report) -> {
          for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            if (table.getHitPolicy() != HitPolicy.UNIQUE) {
              continue;
            }
            List<Rule> rules = new ArrayList<>(table.getRules());
            List<List<Entry>> entries = rules.stream()
                .map(r -> r.getInputEntries().stream().map(e -> Entry.parse(Tables.text(e))).toList()).toList();
            for (int i = 0; i < rules.size(); i++) {
              for (int j = i + 1; j < rules.size(); j++) {
                if (overlap(entries.get(i), entries.get(j))) {
                  report.report(Tables.idOf(rules.get(i)), "Overlaps rule '" + Tables.idOf(rules.get(j)) + "' under UNIQUE");
                  report.report(Tables.idOf(rules.get(j)), "Overlaps rule '" + Tables.idOf(rules.get(i)) + "' under UNIQUE");
                }
              }
            }
          }
        });
  }

  private static boolean overlap(List<Entry> a, List<Entry> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int k = 0; k < a.size(); k++) {
      if (!Boolean.TRUE.equals(a.get(k).overlaps(b.get(k)))) {
        return false;
      }
    }
    return true;
  }

  static DmnRule numericRangeGaps() {
    return new DmnRule(RuleInfo.of("numeric-range-gaps", Category.DMN, Severity.WARN,
        "For a numeric input, among rules whose other input entries are identical, the numeric entries leave no hole "
            + "between the lowest and the highest value they cover (values below and above are not reported).",
        "Rules `< 100` and `> 100` for `amount`: 100 matches no rule."),
        (model, report) -> {
          for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            List<Input> inputs = new ArrayList<>(table.getInputs());
            for (int column = 0; column < inputs.size(); column++) {
              Input input = inputs.get(column);
              String type = Tables.typeRef(input);
              if (Tables.NUMERIC.contains(type)) {
                for (String gap : gaps(table, column, Tables.INTEGRAL.contains(type))) {
                  report.report(Tables.idOf(input), "No rule covers " + gap + " for input '" + Tables.describe(input) + "'");
                }
              }
            }
          }
        });
  }

  /** The internal holes in one column, per group of rules that agree on all other columns. */
  private static List<String> gaps(DecisionTable table, int column, boolean integral) {
    Map<List<String>, List<Interval>> groups = new LinkedHashMap<>();
    Map<List<String>, Boolean> undecidable = new HashMap<>();
    for (Rule rule : table.getRules()) {
      List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
      if (column >= entries.size()) {
        continue;
      }
      List<String> others = new ArrayList<>();
      for (int k = 0; k < entries.size(); k++) {
        others.add(k == column ? "" : Tables.normalized(entries.get(k)));
      }
      Entry entry = Entry.parse(Tables.text(entries.get(column)));
      if (entry.kind() == Entry.Kind.INTERVAL) {
        groups.computeIfAbsent(others, k -> new ArrayList<>()).add(entry.interval());
      } else {
        undecidable.put(others, true);
      }
    }
    List<String> gaps = new ArrayList<>();
    groups.forEach((others, intervals) -> {
      if (!undecidable.containsKey(others)) {
        gaps.addAll(holes(intervals, integral));
      }
    });
    return gaps;
  }

  private static List<String> holes(List<Interval> intervals, boolean integral) {
    List<Interval> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparing(Interval::low, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(i -> !i.lowInclusive()));
    List<String> holes = new ArrayList<>();
    Interval covered = sorted.get(0);
    for (Interval next : sorted.subList(1, sorted.size())) {
      if (covered.high() == null) {
        break;
      }
      int c = next.low() == null ? 1 : covered.high().compareTo(next.low());
      boolean touching = c > 0 || (c == 0 && (covered.highInclusive() || next.lowInclusive()));
      if (!touching && !(integral && noIntegerBetween(covered, next))) {
        holes.add(new Interval(covered.high(), !covered.highInclusive(), next.low(), !next.lowInclusive()).describe());
      }
      if (next.high() == null || (covered.high().compareTo(next.high()) < 0)
          || (covered.high().compareTo(next.high()) == 0 && next.highInclusive())) {
        covered = new Interval(covered.low(), covered.lowInclusive(), next.high(), next.highInclusive());
      }
    }
    return holes;
  }

  /** For integer inputs, {@code <= 9} and {@code >= 10} leave no hole: no whole number lies between. */
  private static boolean noIntegerBetween(Interval below, Interval above) {
    BigDecimal a = below.high();
    BigDecimal b = above.low();
    BigDecimal smallest = a.setScale(0, RoundingMode.CEILING);
    if (below.highInclusive() && smallest.compareTo(a) == 0) {
      smallest = smallest.add(BigDecimal.ONE);
    }
    BigDecimal largest = b.setScale(0, RoundingMode.FLOOR);
    if (above.lowInclusive() && largest.compareTo(b) == 0) {
      largest = largest.subtract(BigDecimal.ONE);
    }
    return smallest.compareTo(largest) > 0;
  }
}
