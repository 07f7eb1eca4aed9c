package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What a temporal expression says about the article's own date, for the stage that infers it: a full date written out
 * ({@code date}), a weekday ("on Friday", with the clause's tense and a "last"/"next" shift), a day of a month without
 * its year ("Sept. 27"), a day counted from the article's ("yesterday": {@code offset} -1), or a year written out.
 * Fields a kind does not use are null or 0.
 */
public record Clue(Kind kind, LocalDate date, DayOfWeek weekday, int month, int day, int offset, int year, Tense tense) {
    /** The kinds of clue. */
    public enum Kind { DATE, WEEKDAY, MONTH_DAY, DAY_OFFSET, YEAR, MONTH }

    static Clue date(LocalDate d) {
        return new Clue(Kind.DATE, d, null, d.getMonthValue(), d.getDayOfMonth(), 0, d.getYear(), Tense.NONE);
    }

    static Clue weekday(DayOfWeek w, int shift, Tense tense) {
        return new Clue(Kind.WEEKDAY, null, w, 0, 0, shift, 0, tense);
    }

    static Clue monthDay(int month, int day, Tense tense) {
        return new Clue(Kind.MONTH_DAY, null, null, month, day, 0, 0, tense);
    }

    static Clue dayOffset(int offset) {
        return new Clue(Kind.DAY_OFFSET, null, null, 0, 0, offset, 0, Tense.NONE);
    }

    static Clue year(int year) {
        return new Clue(Kind.YEAR, null, null, 0, 0, 0, year, Tense.NONE);
    }

    static Clue month(int year, int month) {
        return new Clue(Kind.MONTH, null, null, month, 0, 0, year, Tense.NONE);
    }
}
