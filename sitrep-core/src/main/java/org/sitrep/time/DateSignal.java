package org.sitrep.time;

import java.time.LocalDate;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Span;

/**
 * One thing an article says about its own date, for {@link DocDateInference}: where ({@code span}, null outside the
 * text), what ({@code says}), bounds it sets (either may be null), a weight over candidate dates (null when it only
 * bounds) and, for a signal that dates an event with its year, the years it names ({@code anchorFrom}..{@code anchorTo},
 * used to choose which years to consider).
 *
 * @param kind     what sort of signal it is: a {@link Kind#POINT} dates an event, a {@link Kind#BOUND} only bounds the
 *                 article date, a {@link Kind#SHAPE} only prefers some days of the week
 * @param strength for bounds, which wins when two conflict (higher first)
 */
record DateSignal(Kind kind, Span span, String says, LocalDate notBefore, LocalDate notAfter, Weight weight,
                  LocalDate anchorFrom, LocalDate anchorTo, int strength) {
    /** The sorts of signal. */
    enum Kind { POINT, BOUND, SHAPE }

    /** How well a candidate article date fits a signal: the natural logarithm of a weight in (0, 1]. */
    @FunctionalInterface
    interface Weight {
        double log(LocalDate day);

        /** The weight itself. */
        default double of(LocalDate day) {
            return Math.exp(log(day));
        }
    }

    static DateSignal point(Span span, String says, Weight weight, LocalDate anchorFrom, LocalDate anchorTo) {
        return new DateSignal(Kind.POINT, span, says, null, null, weight, anchorFrom, anchorTo, 0);
    }

    static DateSignal shape(Span span, String says, Weight weight) {
        return new DateSignal(Kind.SHAPE, span, says, null, null, weight, null, null, 0);
    }

    static DateSignal bound(Span span, String says, LocalDate notBefore, LocalDate notAfter, int strength) {
        return new DateSignal(Kind.BOUND, span, says, notBefore, notAfter, null, null, null, strength);
    }

    /** This signal with a weight as well as its bounds (an office's terms: inside one weighs 1, in a gap between less). */
    DateSignal withWeight(Weight w) {
        return new DateSignal(kind, span, says, notBefore, notAfter, w, anchorFrom, anchorTo, strength);
    }

    boolean bounds() {
        return notBefore != null || notAfter != null;
    }

    DateEvidence evidence() {
        return new DateEvidence(span, says);
    }
}
