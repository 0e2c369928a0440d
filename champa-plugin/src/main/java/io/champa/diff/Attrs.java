package io.champa.diff;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The attribute-like keys collected for one element. A scoped view prefixes every key, so the
 * extractors for nested parts ({@code multiInstance.}, {@code timer.}) need not know where they
 * sit; a repeated key gets {@code #2}, {@code #3} so that nothing is silently overwritten.
 */
final class Attrs {

  private final SortedMap<String, String> values;
  private final String prefix;

  Attrs() {
    this(new TreeMap<>(), "");
  }

  private Attrs(SortedMap<String, String> values, String prefix) {
    this.values = values;
    this.prefix = prefix;
  }

  Attrs scoped(String prefix) {
    return new Attrs(values, this.prefix + prefix);
  }

  /** Records the value under the key; {@code null} means absent and records nothing. */
  void put(String key, String value) {
    if (value == null) {
      return;
    }
    String full = prefix + key;
    String unique = full;
    for (int n = 2; values.containsKey(unique); n++) {
      unique = full + "#" + n;
    }
    values.put(unique, value);
  }

  SortedMap<String, String> values() {
    return values;
  }
}
