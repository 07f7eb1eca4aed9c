package org.sitrep.model;

/**
 * The people an event killed and injured, where the text counts them ("killed at least 12", "two children among the
 * dead", "wounding 30").
 *
 * @param killed  people killed, or null when not stated
 * @param injured people injured, or null when not stated
 * @param atLeast the count is a lower bound ("at least", "more than")
 * @param span    the words the counts were read from (the first of them when both are stated apart)
 */
public record Casualties(Integer killed, Integer injured, boolean atLeast, Span span) {
    public Casualties {
        if (killed != null && killed < 0 || injured != null && injured < 0) {
            throw new IllegalArgumentException("Casualty counts are never negative, got " + killed + "/" + injured);
        }
    }
}
