package io.champa.diff;

import io.champa.model.ModelParser;

import java.util.ArrayList;
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
 * <p>Decision tables are read by {@link DecisionTables}.
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
        new DecisionTables(snapshots, commonRuleIds).extract(child, attrs);
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

  /** An expression's text under the scope key itself, and its language and type next to it. */
  static void expression(Element expression, Attrs scope) {
    Element text = Dom.children(expression, "text").stream().findFirst().orElse(null);
    scope.put("", text == null ? "" : Dom.text(text));
    scope.put(".typeRef", Dom.attr(expression, "typeRef"));
    scope.put(".expressionLanguage", Dom.attr(expression, "expressionLanguage"));
  }

  private void put(Element element, String name, Attrs attrs) {
    put(snapshots, element, name, attrs);
  }

  static String put(SortedMap<String, ElementSnapshot> snapshots, Element element, String name, Attrs attrs) {
    String id = element.getAttribute("id");
    if (!id.isEmpty()) {
      snapshots.put(id, new ElementSnapshot(id, element.getLocalName(), name, attrs.values()));
    }
    return id;
  }
}
