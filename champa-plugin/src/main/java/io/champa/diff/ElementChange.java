package io.champa.diff;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An element present in both models whose meaning or Camunda configuration differs. {@code type}
 * and {@code name} are those of the new model; {@code attrs} maps each changed key (e.g.
 * {@code name}, {@code camunda:asyncBefore}, {@code camunda:inputParameter[amount]}) to its old
 * and new value, sorted by key. {@code layoutChanged} says whether the element also moved in the
 * diagram; such an element is listed here only, never also in {@link DiffResult#layoutChanged()}.
 */
public record ElementChange(String id, String type, String name, Map<String, AttributeChange> attrs,
    boolean layoutChanged) {

  public ElementChange {
    attrs = Collections.unmodifiableMap(new TreeMap<>(attrs));
  }
}
