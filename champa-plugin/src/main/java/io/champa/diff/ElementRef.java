package io.champa.diff;

/**
 * An element that was added, removed or only moved in the diagram: its id, its model type name as
 * in the XML ({@code userTask}, {@code sequenceFlow}, {@code decision}, {@code rule}) and its name
 * ({@code null} when it has none).
 */
public record ElementRef(String id, String type, String name) {
}
