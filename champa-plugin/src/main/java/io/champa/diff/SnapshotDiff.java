package io.champa.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns two id-indexed sets of snapshots and layouts into a {@link DiffResult}; shared by the BPMN
 * and DMN diffs so both apply the same matching and layout-only rule.
 */
final class SnapshotDiff {

  private SnapshotDiff() {
  }

  static DiffResult diff(SortedMap<String, ElementSnapshot> left, SortedMap<String, ElementSnapshot> right,
      Map<String, String> leftLayout, Map<String, String> rightLayout) {
    List<ElementRef> added = new ArrayList<>();
    List<ElementRef> removed = new ArrayList<>();
    List<ElementChange> changed = new ArrayList<>();
    List<ElementRef> layoutChanged = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(left.keySet());
    ids.addAll(right.keySet());
    for (String id : ids) {
      ElementSnapshot before = left.get(id);
      ElementSnapshot after = right.get(id);
      if (before == null) {
        added.add(ref(after));
      } else if (after == null) {
        removed.add(ref(before));
      } else {
        Map<String, AttributeChange> attrs = changes(before.attrs(), after.attrs());
        boolean moved = !Objects.equals(leftLayout.get(id), rightLayout.get(id));
        if (!attrs.isEmpty()) {
          changed.add(new ElementChange(id, after.type(), after.name(), attrs, moved));
        } else if (moved) {
          layoutChanged.add(ref(after));
        }
      }
    }
    return new DiffResult(added, removed, changed, layoutChanged);
  }

  private static Map<String, AttributeChange> changes(SortedMap<String, String> before, SortedMap<String, String> after) {
    Map<String, AttributeChange> changes = new TreeMap<>();
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      String oldValue = before.get(key);
      String newValue = after.get(key);
      if (!Objects.equals(oldValue, newValue)) {
        changes.put(key, new AttributeChange(oldValue, newValue));
      }
    }
    return changes;
  }

  private static ElementRef ref(ElementSnapshot snapshot) {
    return new ElementRef(snapshot.id(), snapshot.type(), snapshot.name());
  }
}
