package org.sitrep.knowledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CAMEO-style code of a TABARI actor entry with the dates it applies, parsed from the text between the brackets of
 * {@code [CODE]}, {@code [CODE yymmdd-yymmdd]}, {@code [CODE >yymmdd]} (from that day on) or {@code [CODE <yymmdd]}
 * (until that day). Both limits are inclusive. A date has six digits ({@code yymmdd}: {@code yy >= 30} is 19yy, else
 * 20yy, so {@code 290101} is 2029-01-01 and {@code 300101} is 1930-01-01) or eight ({@code yyyymmdd}). A code without
 * dates is the entry's default code: {@link #dated()} is false and both dates are null.
 *
 * @param code CAMEO-style code, upper-case letters and digits ({@code SYRGOV}, {@code NGOCHRPRO214})
 * @param from first day it applies, or null when open
 * @param to   last day it applies, or null when open
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {
    /** The null code of TABARI dictionaries: "do not code this phrase". */
    public static final String NULL_CODE = "---";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*|---");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
    private static final Pattern BOUND = Pattern.compile("([<>])\\s*(\\d+)");

    public DatedCode {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code '" + code + "' is not upper-case letters and digits");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("dates out of order: " + from + " is after " + to);
        }
    }

    /**
     * Parses the inside of one bracket: {@code "SYRGOV >000717"} → SYRGOV from 2000-07-17.
     *
     * @throws IllegalArgumentException naming the bad part when the code, a date or the restriction is malformed
     */
    public static DatedCode parse(String inside) {
        if (inside == null) {
            throw new IllegalArgumentException("The parameter 'inside' must not be null.");
        }
        String s = inside.strip();
        int space = indexOfSpace(s);
        String code = space < 0 ? s : s.substring(0, space);
        String rest = space < 0 ? "" : s.substring(space).strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("code missing in '[" + inside + "]'");
        }
        if (rest.isEmpty()) {
            return new DatedCode(code, null, null);
        }
        Matcher bound = BOUND.matcher(rest);
        if (bound.matches()) {
            LocalDate day = date(bound.group(2));
            return bound.group(1).equals(">") ? new DatedCode(code, day, null) : new DatedCode(code, null, day);
        }
        Matcher range = RANGE.matcher(rest);
        if (range.matches()) {
            LocalDate from = date(range.group(1));
            LocalDate to = date(range.group(2));
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("dates out of order in '" + rest + "': " + from + " is after " + to);
            }
            return new DatedCode(code, from, to);
        }
        throw new IllegalArgumentException("date restriction '" + rest + "' is not <date, >date or date-date");
    }

    /**
     * A TABARI date: {@code yymmdd} (yy >= 30 → 19yy, else 20yy) or {@code yyyymmdd}.
     *
     * @throws IllegalArgumentException when it has another number of digits or is not a calendar day
     */
    public static LocalDate date(String digits) {
        if (digits == null || !digits.chars().allMatch(Character::isDigit) || (digits.length() != 6 && digits.length() != 8)) {
            throw new IllegalArgumentException("date '" + digits + "' is not yymmdd or yyyymmdd");
        }
        int year;
        int rest;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy >= 30 ? 1900 + yy : 2000 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(digits.substring(0, 4));
            rest = 4;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(digits.substring(rest, rest + 2)), Integer.parseInt(digits.substring(rest + 2)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date '" + digits + "' is not a calendar day");
        }
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '<' || s.charAt(i) == '>') {
                return i;
            }
        }
        return -1;
    }

    /** True when the code is restricted to dates. */
    public boolean dated() {
        return from != null || to != null;
    }

    /** True for TABARI's null code {@code ---}. */
    public boolean isNull() {
        return code.equals(NULL_CODE);
    }

    /** {@code CODE@from..to} with ISO dates, an open end empty: {@code SYRGOV@2000-07-17..}. */
    public String format() {
        return code + "@" + (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }
}
