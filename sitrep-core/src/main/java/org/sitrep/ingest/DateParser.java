package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that inputs carry, in the common written forms: ISO ({@code 2024-05-03}, with or without
 * a time and offset), {@code 2024/05/03}, {@code May 3, 2024}, {@code Sept. 27, 2024}, {@code 3 May 2024} and RFC 1123
 * ({@code Fri, 03 May 2024 10:00:00 GMT}). The day is taken as written, never moved to another time zone or to a
 * neighbouring day; a weekday, when given, is not checked. A day that does not exist (31 February), a month that does
 * not exist, or a year outside {@value #MIN_YEAR}..{@value #MAX_YEAR} is no date, and {@link #read} says which.
 * English month names come from {@link Month}.
 */
public final class DateParser {
    /** The earliest year read as a publication date. */
    public static final int MIN_YEAR = 1800;
    /** The latest year read as a publication date. */
    public static final int MAX_YEAR = 2200;
    /** The forms read, for messages. */
    public static final String FORMS = "2024-05-03, 2024/05/03, May 3, 2024, 3 May 2024 or Fri, 03 May 2024 10:00:00 GMT";

    /** A value read: its date, or why it is none (exactly one is non-null). */
    public record Reading(LocalDate date, String problem) {}

    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{1,9})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,9})/(\\d{1,2})/(\\d{1,2})" + TIME);
    private static final String WEEKDAY = "(?:[A-Za-z]{3,9}\\.?,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+(\\d{1,9})" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile(WEEKDAY + DAY + "\\s+" + MONTH + ",?\\s+(\\d{1,9})" + TIME);
    private static final Map<String, Month> MONTHS = months();

    private DateParser() {}

    /** The date {@code value} states, or empty when it states none (see {@link #read} for why). */
    public static Optional<LocalDate> parse(String value) {
        return Optional.ofNullable(read(value).date());
    }

    /**
     * The date {@code value} states, or why it states none: "no such day: February 2024 has 29 days", "no such month:
     * 13", "year 99999 is outside 1800..2200", or "not in a known form (…)".
     */
    public static Reading read(String value) {
        if (value == null || value.isBlank()) {
            return new Reading(null, "empty");
        }
        String v = value.strip();
        Matcher iso = ISO.matcher(v);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher slashed = SLASHED.matcher(v);
        if (slashed.matches()) {
            return date(slashed.group(1), slashed.group(2), slashed.group(3));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(v);
        if (monthFirst.matches() && month(monthFirst.group(1)).isPresent()) {
            return date(monthFirst.group(3), String.valueOf(month(monthFirst.group(1)).get().getValue()), monthFirst.group(2));
        }
        Matcher dayFirst = DAY_FIRST.matcher(v);
        if (dayFirst.matches() && month(dayFirst.group(2)).isPresent()) {
            return date(dayFirst.group(3), String.valueOf(month(dayFirst.group(2)).get().getValue()), dayFirst.group(1));
        }
        return new Reading(null, "not in a known form (" + FORMS + ")");
    }

    private static Reading date(String year, String month, String day) {
        long y = Long.parseLong(year);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return new Reading(null, "year " + y + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            return new Reading(null, "no such month: " + m);
        }
        int d = Integer.parseInt(day);
        Month mo = Month.of(m);
        int length = mo.length(java.time.Year.isLeap(y));
        if (d < 1 || d > length) {
            return new Reading(null, "no such day: " + mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + y + " has " + length + " days");
        }
        try {
            return new Reading(LocalDate.of((int) y, m, d), null);
        } catch (DateTimeException e) {
            return new Reading(null, "no such day (" + e.getMessage() + ")");
        }
    }

    private static Optional<Month> month(String name) {
        return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Full and three-letter English month names, and "sept". */
    private static Map<String, Month> months() {
        Map<String, Month> m = new HashMap<>();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            m.put(full, month);
            m.put(full.substring(0, 3), month);
        }
        m.put("sept", Month.SEPTEMBER);
        return Map.copyOf(m);
    }
}
