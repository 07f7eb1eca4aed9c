package org.sitrep.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scores inferred article dates against the true ones. Each answer is a day, a window ({@code notBefore} and/or
 * {@code notAfter}) or both, with a confidence; no day and no window is an abstention. The day scored is the answer's
 * day, or, for a window alone closed on both sides, its midpoint (rounded down); a window open on one side has no day.
 * Counted: days exactly right, within 1, 7, 31 and 365 days (shares of all documents); windows that hold the true date
 * (of the answers with a window); abstentions; and confident answers that are wrong: a day answered (not a window's
 * midpoint) with confidence at least {@value #CONFIDENT} more than {@value #NEAR} days off, or a window that excludes
 * the true date.
 */
public final class DocDateScorer {
    /** The confidence from which a wrong day counts as a confident error. */
    public static final double CONFIDENT = 0.5;
    /** The distance (days) beyond which a day is wrong. */
    public static final int NEAR = 7;

    /** An answer: a day or null, a window (either end may be null), a confidence in [0, 1]. */
    public record Answer(LocalDate date, LocalDate notBefore, LocalDate notAfter, double confidence) {
        public static final Answer NONE = new Answer(null, null, null, 0);

        /** The day scored: the answer's day, else the midpoint of a closed window, else null. */
        public LocalDate day() {
            if (date != null) {
                return date;
            }
            if (notBefore != null && notAfter != null) {
                return notBefore.plusDays(ChronoUnit.DAYS.between(notBefore, notAfter) / 2);
            }
            return null;
        }

        public boolean hasWindow() {
            return notBefore != null || notAfter != null;
        }

        public boolean abstains() {
            return date == null && !hasWindow();
        }

        /** Whether the window holds {@code truth}; true when there is no window. */
        public boolean windowHolds(LocalDate truth) {
            return (notBefore == null || !truth.isBefore(notBefore)) && (notAfter == null || !truth.isAfter(notAfter));
        }

        /** Whether this answer is confident and wrong about {@code truth} (see the class comment). */
        public boolean confidentlyWrong(LocalDate truth) {
            return !windowHolds(truth) || date != null && confidence >= CONFIDENT && Math.abs(ChronoUnit.DAYS.between(truth, date)) > NEAR;
        }
    }

    private int docs;
    private int days;
    private int windowOnly;
    private int abstained;
    private int exact;
    private int within1;
    private int within7;
    private int within31;
    private int within365;
    private int windows;
    private int holding;
    private int confidentWrong;
    private int confident;
    private int confidentNear;
    private final List<Long> errors = new ArrayList<>();

    /** Adds one document's answer against its true date. */
    public void add(LocalDate truth, Answer a) {
        if (truth == null) {
            throw new IllegalArgumentException("The parameter 'truth' must not be null.");
        }
        Answer answer = a == null ? Answer.NONE : a;
        docs++;
        if (answer.abstains()) {
            abstained++;
            return;
        }
        if (answer.date() != null) {
            days++;
        } else {
            windowOnly++;
        }
        if (answer.hasWindow()) {
            windows++;
            if (answer.windowHolds(truth)) {
                holding++;
            }
        }
        LocalDate d = answer.day();
        if (d != null) {
            long off = Math.abs(ChronoUnit.DAYS.between(truth, d));
            errors.add(off);
            exact += off == 0 ? 1 : 0;
            within1 += off <= 1 ? 1 : 0;
            within7 += off <= NEAR ? 1 : 0;
            within31 += off <= 31 ? 1 : 0;
            within365 += off <= 365 ? 1 : 0;
        }
        if (answer.date() != null) {
            long off = Math.abs(ChronoUnit.DAYS.between(truth, answer.date()));
            if (answer.confidence() >= CONFIDENT) {
                confident++;
                confidentNear += off <= NEAR ? 1 : 0;
            }
        }
        if (answer.confidentlyWrong(truth)) {
            confidentWrong++;
        }
    }

    public int docs() {
        return docs;
    }

    /** Answers with a day. */
    public int days() {
        return days;
    }

    /** Answers with a window and no day. */
    public int windowOnly() {
        return windowOnly;
    }

    public int abstained() {
        return abstained;
    }

    public int exact() {
        return exact;
    }

    public int within1() {
        return within1;
    }

    public int within7() {
        return within7;
    }

    public int within31() {
        return within31;
    }

    public int within365() {
        return within365;
    }

    /** Answers with a window (bounded on at least one side). */
    public int windows() {
        return windows;
    }

    /** Windows that hold the true date. */
    public int holding() {
        return holding;
    }

    public int confidentWrong() {
        return confidentWrong;
    }

    /** Days answered (not a window's midpoint) with confidence at least {@value #CONFIDENT}. */
    public int confident() {
        return confident;
    }

    /** Of those, the days within {@value #NEAR} days. */
    public int confidentNear() {
        return confidentNear;
    }

    /** The share of all documents: {@code n / docs}, 0 when there are none. */
    public double share(int n) {
        return docs == 0 ? 0 : (double) n / docs;
    }

    /** The median distance in days of the days scored, or -1 when none was. */
    public long medianError() {
        if (errors.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(errors);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
