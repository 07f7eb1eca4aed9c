package org.sitrep.time;

import org.sitrep.model.Span;

/**
 * A temporal expression found in an article: its span, TIMEX3 type, value (null when it names no possible date, like
 * "31 February"), modifier (START, END, MID or null), and what the value rests on.
 *
 * @param basis how the value was reached: written out in full, from the article date, from an earlier expression
 * @param clue  what the expression says about the article's own date, or null
 */
public record Timex(Span span, String type, String value, String mod, Basis basis, Clue clue) {
    /** What a value rests on. */
    public enum Basis {
        /** Written out in full ("7 August 1998", "1990"), or a duration, set or vague reference. */
        ABSOLUTE,
        /** Counted from the article date ("Friday", "last week", "Sept. 27"). */
        ARTICLE_DATE,
        /** Counted from an earlier expression ("a year earlier", "the following day"). */
        ANAPHORIC
    }
}
