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
 * ({@code Fri, 03 May 2024 10:00:00 GMT}). The day is taken as written, never moved to another time zone; a weekday,
 * when given, is not checked. English month names come from {@link Month}.
 */
public final class DateParser {
    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})" + TIME);
    private static final String WEEKDAY = "(?:[A-Za-z]{3,9}\\.?,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile(WEEKDAY + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME);
    private static final Map<String, Month> MONTHS = months();

    private DateParser() {}

    /** The date {@code value} states, or empty when it states none (no known form, or no such day, like 2024-02-30). */
    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher iso = ISO.matcher(v);
        if (iso.matches()) {
            return date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
        }
        Matcher slashed = SLASHED.matcher(v);
        if (slashed.matches()) {
            return date(slashed.group(1), Integer.parseInt(slashed.group(2)), slashed.group(3));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(v);
        if (monthFirst.matches()) {
            return month(monthFirst.group(1)).flatMap(month -> date(monthFirst.group(3), month.getValue(), monthFirst.group(2)));
        }
        Matcher dayFirst = DAY_FIRST.matcher(v);
        if (dayFirst.matches()) {
            return month(dayFirst.group(2)).flatMap(month -> date(dayFirst.group(3), month.getValue(), dayFirst.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
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
