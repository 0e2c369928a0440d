package io.champa.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.w3c.dom.Element;

/**
 * Reads one DMN decision table: its hit policy and settings become keys of the decision, and each
 * input, output and rule becomes an element of its own.
 *
 * <p>Rule entries are positional in DMN; here each is keyed by the id of the column it belongs
 * to ({@code inputEntry[amountInput]}), so adding a column does not make every entry look changed.
 * The order of rules matters under hit policies FIRST and RULE ORDER; the decision's
 * {@code ruleOrder} key lists the rules present in both versions in their order, so a real reorder
 * is one change while adding or removing a rule is not a reorder.
 */
final class DecisionTables {

  private final SortedMap<String, ElementSnapshot> snapshots;
  private final Set<String> commonRuleIds;

  DecisionTables(SortedMap<String, ElementSnapshot> snapshots, Set<String> commonRuleIds) {
    this.snapshots = snapshots;
    this.commonRuleIds = commonRuleIds;
  }

  void extract(Element table, Attrs decision) {
    decision.put("decisionLogic", "decisionTable");
    // absent hit policy means UNIQUE; writing it out is not a change
    decision.put("hitPolicy", table.hasAttribute("hitPolicy") ? Dom.attr(table, "hitPolicy") : "UNIQUE");
    CamundaAttributes.extract(table, decision, Set.of("hitPolicy", "preferredOrientation"));
    String orientation = Dom.attr(table, "preferredOrientation");
    decision.put("preferredOrientation", "Rule-as-Row".equals(orientation) ? null : orientation);

    Map<String, String> inputColumns = new LinkedHashMap<>();
    Map<String, String> outputColumns = new LinkedHashMap<>();
    List<String> annotations = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (Element child : Dom.children(table)) {
      switch (child.getLocalName()) {
        case "input" -> inputColumns.put(column(child, inputColumns.size()), input(child));
        case "output" -> outputColumns.put(column(child, outputColumns.size()), output(child));
        case "annotation" -> annotations.add(String.valueOf(Dom.attr(child, "name")));
        case "rule" -> {
          rule(child, List.copyOf(inputColumns.keySet()), List.copyOf(outputColumns.keySet()), annotations);
          if (commonRuleIds.contains(child.getAttribute("id"))) {
            order.add(child.getAttribute("id"));
          }
        }
        default -> { }
      }
    }
    if (order.size() > 1) {
      decision.put("ruleOrder", String.join(",", order));
    }
  }

  private static String column(Element column, int index) {
    return column.hasAttribute("id") ? column.getAttribute("id") : "#" + (index + 1);
  }

  private String input(Element input) {
    Attrs attrs = new Attrs();
    attrs.put("type", "input");
    attrs.put("label", Dom.attr(input, "label"));
    CamundaAttributes.extract(input, attrs, Set.of("label"));
    for (Element child : Dom.children(input)) {
      if ("inputExpression".equals(child.getLocalName())) {
        DmnElements.expression(child, attrs.scoped("inputExpression"));
      } else {
        attrs.put(child.getLocalName(), Dom.blankToNull(Dom.canonical(child, Set.of("id"))));
      }
    }
    return DmnElements.put(snapshots, input, Dom.attr(input, "label"), attrs);
  }

  private String output(Element output) {
    Attrs attrs = new Attrs();
    attrs.put("type", "output");
    attrs.put("name", Dom.attr(output, "name"));
    CamundaAttributes.extract(output, attrs);
    for (Element child : Dom.children(output)) {
      attrs.put(child.getLocalName(), Dom.blankToNull(Dom.canonical(child, Set.of("id"))));
    }
    String name = Dom.attr(output, "name");
    return DmnElements.put(snapshots, output, name != null ? name : Dom.attr(output, "label"), attrs);
  }

  private void rule(Element rule, List<String> inputs, List<String> outputs, List<String> annotations) {
    Attrs attrs = new Attrs();
    attrs.put("type", "rule");
    List<Element> inputEntries = Dom.children(rule, "inputEntry");
    List<Element> outputEntries = Dom.children(rule, "outputEntry");
    List<Element> annotationEntries = Dom.children(rule, "annotationEntry");
    for (int i = 0; i < inputEntries.size(); i++) {
      DmnElements.expression(inputEntries.get(i), attrs.scoped("inputEntry[" + at(inputs, i) + "]"));
    }
    for (int i = 0; i < outputEntries.size(); i++) {
      DmnElements.expression(outputEntries.get(i), attrs.scoped("outputEntry[" + at(outputs, i) + "]"));
    }
    for (int i = 0; i < annotationEntries.size(); i++) {
      DmnElements.expression(annotationEntries.get(i), attrs.scoped("annotationEntry[" + at(annotations, i) + "]"));
    }
    String description = Dom.children(rule, "description").stream().map(Dom::text).findFirst().orElse(null);
    attrs.put("description", Dom.blankToNull(description));
    // rules have no name; the description is what people recognise them by
    DmnElements.put(snapshots, rule, Dom.blankToNull(description), attrs);
  }

  private static String at(List<String> columns, int index) {
    return index < columns.size() ? columns.get(index) : "#" + (index + 1);
  }
}
