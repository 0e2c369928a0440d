package io.champa.diff;

/** How many elements fell into each change class of a {@link DiffResult}. */
public record DiffSummary(int added, int removed, int changed, int layoutChanged) {
}
