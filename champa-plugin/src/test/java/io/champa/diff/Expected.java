package io.champa.diff;

import java.util.LinkedHashMap;
import java.util.Map;

/** Short spellings of expected diff entries, so tests can state exact results in a few lines. */
final class Expected {

  private Expected() {
  }

  static ElementRef ref(String id, String type, String name) {
    return new ElementRef(id, type, name);
  }

  /** A changed element; {@code keyOldNew} are triples of key, old value, new value ({@code null} = absent). */
  static ElementChange changed(String id, String type, String name, boolean layoutChanged, String... keyOldNew) {
    if (keyOldNew.length % 3 != 0) {
      throw new IllegalArgumentException("expected key, old, new triples");
    }
    Map<String, AttributeChange> attrs = new LinkedHashMap<>();
    for (int i = 0; i < keyOldNew.length; i += 3) {
      attrs.put(keyOldNew[i], new AttributeChange(keyOldNew[i + 1], keyOldNew[i + 2]));
    }
    return new ElementChange(id, type, name, attrs, layoutChanged);
  }
}
