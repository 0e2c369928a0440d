package io.champa.diff;

import java.util.SortedMap;

/**
 * The comparable content of one model element: everything that matters about it flattened into
 * attribute-like keys with normalised string values. Two snapshots with equal {@code attrs} mean
 * the same thing to the engine.
 */
record ElementSnapshot(String id, String type, String name, SortedMap<String, String> attrs) {
}
