package io.champa.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.w3c.dom.Element;

/**
 * Finds the elements of a DMN model that the diff reports on — decisions, their table inputs,
 * outputs and rules, input data, knowledge sources, business knowledge models and artifacts — and
 * flattens each into a {@link ElementSnapshot}.
 *
 * <p>Rule entries are positional in DMN; here each is keyed by the id of the column it belongs
 * to ({@code inputEntry[amountInput]}), so adding a column does not make every entry look changed.
 * The order of rules matters under hit policies FIRST and RULE ORDER; the decision's
 * {@code ruleOrder} key lists the rules present in both versions in their order, so a real reorder
 * is one change while adding or removing a rule is not a reorder.
 */
final class DmnElements {

  private static final Set<String> SKIPPED = Set.of("extensionElements", "decisionTable", "literalExpression",
      "informationRequirement", "knowledgeRequirement", "authorityRequirement");

  private final SortedMap<String, ElementSnapshot> snapshots = new TreeMap<>();
  private final Set<String> commonRuleIds;

  private DmnElements(Set<String> commonRuleIds) {
    this.commonRuleIds = commonRuleIds;
  }

  /** Snapshots by id; {@code commonRuleIds} are the rule ids found in both versions. */
  static SortedMap<String, ElementSnapshot> of(Element definitions, Set<String> commonRuleIds) {
    DmnElements elements = new DmnElements(commonRuleIds);
    for (Element child : Dom.children(definitions)) {
      if (isDmn(child) && child.hasAttribute("id")) {
        elements.topLevel(child);
      }
    }
    return elements.snapshots;
  }

  /** Rule ids of every decision table, in document order. */
  static List<String> ruleIds(Element definitions) {
    List<String> ids = new ArrayList<>();
    for (Element decision : Dom.children(definitions, "decision")) {
      for (Element table : Dom.children(decision, "decisionTable")) {
        Dom.children(table, "rule").forEach(rule -> ids.add(rule.getAttribute("id")));
      }
    }
    return ids;
  }

  private static boolean isDmn(Element element) {
    return ModelParser.DMN_NS.contains(element.getNamespaceURI());
  }

  private void topLevel(Element element) {
    Attrs attrs = new Attrs();
    attrs.put("type", element.getLocalName());
    attrs.put("name", Dom.attr(element, "name"));
    CamundaAttributes.extract(element, attrs);
    requirements(element, attrs);
    for (Element child : Dom.children(element)) {
      String name = child.getLocalName();
      if ("extensionElements".equals(name)) {
        ExtensionElements.extract(child, attrs);
      } else if ("variable".equals(name)) {
        attrs.put("variable.typeRef", Dom.attr(child, "typeRef"));
      } else if ("decisionTable".equals(name)) {
        decisionTable(child, attrs);
      } else if ("literalExpression".equals(name)) {
        attrs.put("decisionLogic", "literalExpression");
        expression(child, attrs.scoped("literalExpression"));
      } else if (!SKIPPED.contains(name)) {
        attrs.put(name, Dom.blankToNull(Dom.canonical(child, Set.of("id"))));
      }
    }
    put(element, Dom.attr(element, "name"), attrs);
  }

  private static void requirements(Element element, Attrs attrs) {
    Map<String, TreeSet<String>> refs = new TreeMap<>();
    for (Element requirement : Dom.children(element)) {
      String kind = requirement.getLocalName();
      if (!kind.endsWith("Requirement")) {
        continue;
      }
      for (Element required : Dom.children(requirement)) {
        String key = "authorityRequirement".equals(kind) ? "authority." + required.getLocalName() : required.getLocalName();
        refs.computeIfAbsent(key, k -> new TreeSet<>()).add(required.getAttribute("href").replaceFirst("^#", ""));
      }
    }
    refs.forEach((key, ids) -> attrs.put(key, String.join(",", ids)));
  }

  private void decisionTable(Element table, Attrs decision) {
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
        expression(child, attrs.scoped("inputExpression"));
      } else {
        attrs.put(child.getLocalName(), Dom.blankToNull(Dom.canonical(child, Set.of("id"))));
      }
    }
    return put(input, Dom.attr(input, "label"), attrs);
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
    return put(output, name != null ? name : Dom.attr(output, "label"), attrs);
  }

  private void rule(Element rule, List<String> inputs, List<String> outputs, List<String> annotations) {
    Attrs attrs = new Attrs();
    attrs.put("type", "rule");
    List<Element> inputEntries = Dom.children(rule, "inputEntry");
    List<Element> outputEntries = Dom.children(rule, "outputEntry");
    List<Element> annotationEntries = Dom.children(rule, "annotationEntry");
    for (int i = 0; i < inputEntries.size(); i++) {
      expression(inputEntries.get(i), attrs.scoped("inputEntry[" + at(inputs, i) + "]"));
    }
    for (int i = 0; i < outputEntries.size(); i++) {
      expression(outputEntries.get(i), attrs.scoped("outputEntry[" + at(outputs, i) + "]"));
    }
    for (int i = 0; i < annotationEntries.size(); i++) {
      expression(annotationEntries.get(i), attrs.scoped("annotationEntry[" + at(annotations, i) + "]"));
    }
    String description = Dom.children(rule, "description").stream().map(Dom::text).findFirst().orElse(null);
    attrs.put("description", Dom.blankToNull(description));
    // rules have no name; the description is what people recognise them by
    put(rule, Dom.blankToNull(description), attrs);
  }

  private static String at(List<String> columns, int index) {
    return index < columns.size() ? columns.get(index) : "#" + (index + 1);
  }

  /** An expression's text under the scope key itself, and its language and type next to it. */
  private static void expression(Element expression, Attrs scope) {
    Element text = Dom.children(expression, "text").stream().findFirst().orElse(null);
    scope.put("", text == null ? "" : Dom.text(text));
    scope.put(".typeRef", Dom.attr(expression, "typeRef"));
    scope.put(".expressionLanguage", Dom.attr(expression, "expressionLanguage"));
  }

  private String put(Element element, String name, Attrs attrs) {
    String id = element.getAttribute("id");
    if (!id.isEmpty()) {
      snapshots.put(id, new ElementSnapshot(id, element.getLocalName(), name, attrs.values()));
    }
    return id;
  }
}
