package org.sitrep.model;

/**
 * A temporal expression: TIMEX3 {@code type} (DATE, TIME, DURATION, SET) and {@code value} normalised against the
 * article date (null when the text names no possible date, like "31 February").
 *
 * @param mod    the TIMEX3 modifier (START, END, MID) or null
 * @param anchor what the value rests on: {@code absolute} (written out, or a duration), {@code article-date} (counted
 *               from a given or published date), {@code inferred-date} (counted from a date Sitrep inferred),
 *               {@code earlier-expression} (counted from a date mentioned before it)
 */
public record TimeRef(Span span, String type, String value, String mod, String anchor) {
    public TimeRef(Span span, String type, String value) {
        this(span, type, value, null, "absolute");
    }
}
