package org.sitrep.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A calendar point at a granularity: a day, an ISO week (or its weekend), a month, quarter, half, season, year, decade
 * or century, identified by a date inside it. {@link #value()} writes it as a TIMEX3 value.
 */
record Point(LocalDate date, Gran gran, String season) {
    enum Gran { DAY, WEEK, WEEKEND, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY }

    Point(LocalDate date, Gran gran) {
        this(date, gran, null);
    }

    String value() {
        int y = date.getYear();
        return switch (gran) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case WEEKEND -> String.format(Locale.ROOT, "%04d-W%02d-WE", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", y, date.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", y, (date.getMonthValue() - 1) / 3 + 1);
            case HALF -> String.format(Locale.ROOT, "%04d-H%d", y, date.getMonthValue() <= 6 ? 1 : 2);
            case SEASON -> String.format(Locale.ROOT, "%04d-%s", y, season);
            case YEAR -> String.format(Locale.ROOT, "%04d", y);
            case DECADE -> String.format(Locale.ROOT, "%03d", y / 10);
            case CENTURY -> String.format(Locale.ROOT, "%02d", y / 100);
        };
    }

    /** The value with the parts an unknown article date would give written as X ("XXXX-WXX", "XXXX-XX-XX"). */
    static String unknown(Gran gran) {
        return switch (gran) {
            case DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case HALF -> "XXXX-HX";
            case SEASON -> "XXXX-XX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
    }

    /** This point moved by n of its own granularity (or by n of {@code unit}). */
    Point shift(Gran unit, long n) {
        LocalDate d = switch (unit) {
            case DAY -> date.plusDays(n);
            case WEEK, WEEKEND -> date.plusWeeks(n);
            case MONTH -> date.plusMonths(n);
            case QUARTER -> date.plusMonths(3 * n);
            case HALF -> date.plusMonths(6 * n);
            case SEASON, YEAR -> date.plusYears(n);
            case DECADE -> date.plusYears(10 * n);
            case CENTURY -> date.plusYears(100 * n);
        };
        return new Point(d, gran, season);
    }

    Point at(Gran g) {
        return new Point(date, g, season);
    }
}
