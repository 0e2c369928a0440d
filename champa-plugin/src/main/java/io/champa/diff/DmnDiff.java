package io.champa.diff;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.w3c.dom.Element;

/**
 * Compares two versions of a DMN model: decisions (name, hit policy, aggregation, literal
 * expression, requirements, Camunda attributes), the inputs, outputs and rules of their tables
 * (each matched by its own id), input data, knowledge sources and business knowledge models.
 * Results have the same shape and the same matching and layout rules as {@link BpmnDiff}.
 */
public final class DmnDiff {

  private DmnDiff() {
  }

  public static DiffResult compare(DmnModelInstance left, DmnModelInstance right) {
    Element before = Dom.root(left);
    Element after = Dom.root(right);
    Set<String> commonRules = new HashSet<>(DmnElements.ruleIds(before));
    commonRules.retainAll(DmnElements.ruleIds(after));
    Map<String, String> beforeLayout = Layout.of(before);
    Map<String, String> afterLayout = Layout.of(after);
    return SnapshotDiff.diff(DmnElements.of(before, commonRules), DmnElements.of(after, commonRules),
        beforeLayout, afterLayout);
  }
}
