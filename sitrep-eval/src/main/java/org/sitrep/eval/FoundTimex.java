package org.sitrep.eval;

/**
 * A temporal expression a system found, as the timex scorer compares it: a character range of the document's text,
 * its TIMEX3 type and its normalised value. A missing type or value is kept as the empty string.
 */
public record FoundTimex(int start, int end, String type, String value) {
    public FoundTimex {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A timex needs 0 <= start <= end, got " + start + ".." + end);
        }
        type = type == null ? "" : type;
        value = value == null ? "" : value;
    }

    /** True when the two ranges share at least one character. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
