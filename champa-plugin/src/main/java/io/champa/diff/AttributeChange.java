package io.champa.diff;

/**
 * One attribute-like key whose value differs between the two models. A value is {@code null} on
 * the side where the key is absent (e.g. an input mapping that was added).
 */
public record AttributeChange(String oldValue, String newValue) {
}
