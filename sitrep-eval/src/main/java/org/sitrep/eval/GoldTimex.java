package org.sitrep.eval;

/**
 * A gold TIMEX3 inside a TimeML document's TEXT element, as character offsets into the TEXT's plain text.
 *
 * @param tid   the TIMEX3 id ({@code t12})
 * @param text  the plain text of the expression: {@code documentText.substring(start, end)}
 * @param type  DATE, TIME, DURATION or SET, as the file gives it
 * @param value the normalised value ({@code 1998-01-08}, {@code P1W}, {@code PRESENT_REF}); empty when the file gives none
 * @param mod   the modifier ({@code START}, {@code APPROX}…); empty when none
 */
public record GoldTimex(String tid, int start, int end, String text, String type, String value, String mod) {
    public GoldTimex {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A gold timex needs 0 <= start <= end, got " + start + ".." + end + " for '" + tid + "'");
        }
        tid = tid == null ? "" : tid;
        text = text == null ? "" : text;
        type = type == null ? "" : type;
        value = value == null ? "" : value;
        mod = mod == null ? "" : mod;
    }

    /** The expression as a system would report it: extent, type and value. */
    public FoundTimex asFound() {
        return new FoundTimex(start, end, type, value);
    }
}
