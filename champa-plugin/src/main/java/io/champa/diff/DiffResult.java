package io.champa.diff;

import java.util.List;

/**
 * What changed between two versions of a BPMN or DMN model, element by element (matched by id).
 * Every list is sorted by id, so two runs over the same files give the same result.
 *
 * @param added elements only in the new model
 * @param removed elements only in the old model
 * @param changed elements in both whose semantics or Camunda configuration differ
 * @param layoutChanged elements in both that only moved or were resized in the diagram
 * @param summary the sizes of the four lists
 */
public record DiffResult(List<ElementRef> added, List<ElementRef> removed, List<ElementChange> changed,
    List<ElementRef> layoutChanged, DiffSummary summary) {

  public DiffResult {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    layoutChanged = List.copyOf(layoutChanged);
  }

  DiffResult(List<ElementRef> added, List<ElementRef> removed, List<ElementChange> changed,
      List<ElementRef> layoutChanged) {
    this(added, removed, changed, layoutChanged,
        new DiffSummary(added.size(), removed.size(), changed.size(), layoutChanged.size()));
  }

  /** Whether anything at all differs, layout included. */
  public boolean hasChanges() {
    return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty() || !layoutChanged.isEmpty();
  }
}
