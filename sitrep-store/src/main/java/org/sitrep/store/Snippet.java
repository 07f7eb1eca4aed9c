package org.sitrep.store;

import java.util.List;

/**
 * A short passage of a record's text with the query's terms marked: {@code marks} are character ranges into
 * {@code text} (never markup, so a page shows the text as text and wraps the ranges itself).
 */
public record Snippet(String text, List<Mark> marks) {
    public Snippet {
        marks = List.copyOf(marks);
        for (Mark m : marks) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("The mark " + m + " reaches beyond the snippet's " + text.length() + " characters");
            }
        }
    }

    /** A marked range, {@code start} inclusive and {@code end} exclusive. */
    public record Mark(int start, int end) {
        public Mark {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("A mark must be a non-empty range from 0 on, got " + start + ".." + end);
            }
        }
    }
}
