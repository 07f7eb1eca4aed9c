package org.sitrep.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.time.Point.Gran;

/**
 * The normalisers the rules name: each turns a match's captures into a TIMEX3 value, against the article date
 * ({@code anchor}, null when unknown), the clause's tense and the last date the text mentioned (for "a year earlier",
 * "the following day").
 */
final class Normalisers {
    private static final Set<String> KNOWN = Set.of("date", "iso", "slash", "datepod", "month", "relmonth", "year", "decade",
            "century", "season", "relseason", "quarter", "half", "today", "todaypod", "weekday", "weekdaypod", "weekdayclock",
            "rel", "anarel", "same", "ago", "later", "ref", "holiday", "clock", "clockday", "dur", "durhalf", "set", "every",
            "everyweekday", "weekof", "monthrel", "quarterrel", "none", "year2", "dateclock");
    private static final Set<String> ANAPHORIC = Set.of("following", "next", "subsequent", "previous", "preceding", "prior");

    private Normalisers() {}

    static boolean known(String function) {
        return KNOWN.contains(function);
    }

    /** What normalising against a context needs: the article date, the tense, the last date mentioned. */
    record Context(LocalDate anchor, Tense tense, Point reference) {}

    /**
     * A normalised value.
     *
     * @param point     the calendar point it names, when it names one (later anaphora refer to it)
     * @param anchored  whether the value rests on the article date
     * @param anaphoric whether it rests on an earlier expression
     * @param problem   why no value could be given (an impossible date), else null
     */
    record Result(String value, String type, Point point, Clue clue, boolean anchored, boolean anaphoric, String problem) {
        /** Not a temporal expression at all: an exception written as a rule ("three-quarters of"). */
        static final Result NONE = new Result(null, null, null, null, false, false, "not a temporal expression");

        static Result of(String value) {
            return new Result(value, null, null, null, false, false, null);
        }

        static Result point(Point p, boolean anchored, Clue clue) {
            return new Result(p.value(), null, p, clue, anchored, false, null);
        }

        static Result failed(String problem) {
            return new Result(null, null, null, null, false, false, problem);
        }

        Result type(String t) {
            return new Result(value, t, point, clue, anchored, anaphoric, problem);
        }

        Result asAnaphoric() {
            return new Result(value, type, point, clue, anchored, true, problem);
        }
    }

    private record Args(List<String> names, Map<String, TimexRules.Capture> caps) {
        String value(int k) {
            if (k >= names.size()) {
                return null;
            }
            String n = names.get(k);
            if (n.equals("-")) {
                return null;
            }
            TimexRules.Capture c = caps.get(n);
            return c != null ? c.value() : caps.containsKey(n) ? null : literal(n);
        }

        String text(int k) {
            TimexRules.Capture c = k < names.size() ? caps.get(names.get(k)) : null;
            return c == null ? null : c.text().toLowerCase(Locale.ROOT);
        }

        /** A literal argument is one that is not a class name used as a capture ("unit", "year"...). */
        private static String literal(String n) {
            return n.matches("[a-z][a-z0-9]*") && !n.equals("current") ? null : n;
        }

        int integer(int k) {
            return Integer.parseInt(value(k));
        }
    }

    /** The value of a match, or null when the rule does not apply to what it captured. */
    static Result apply(String function, List<String> argNames, Map<String, TimexRules.Capture> caps, Context c) {
        Args a = new Args(argNames, caps);
        try {
            return switch (function) {
                case "date" -> date(a.value(0), a.integer(1), a.integer(2), c);
                case "iso" -> full(LocalDate.parse(a.value(0)));
                case "slash" -> slash(a.value(0));
                case "datepod" -> withPod(date(null, a.integer(0), a.integer(1), c), a.value(2));
                case "month" -> month(a.value(0), a.integer(1), c);
                case "relmonth" -> relMonth(a.integer(0), a.integer(1), c);
                case "year" -> year(Integer.parseInt(a.value(0)));
                case "decade" -> Result.point(new Point(LocalDate.of(Integer.parseInt(a.value(0)) * 10, 1, 1), Gran.DECADE), false, null);
                case "century" -> Result.point(new Point(LocalDate.of((a.integer(0) - 1) * 100, 1, 1), Gran.CENTURY), false, null);
                case "season" -> season(a.value(0), a.value(1), c);
                case "relseason" -> relSeason(a.integer(0), a.value(1), c);
                case "quarter" -> quarter(a.value(0), a.value(1), c);
                case "half" -> half(a.value(0), a.value(1), c);
                case "today" -> today(a.integer(0), c);
                case "todaypod" -> withPod(today(a.integer(0), c), a.value(1)).type("TIME");
                case "weekday" -> weekday(a.integer(0), a.value(1), c);
                case "weekdaypod" -> withPod(weekday(a.integer(0), null, c), a.value(1));
                case "weekdayclock" -> withClock(weekday(a.integer(0), null, c), a.value(1), a.value(2));
                case "rel" -> plural(a.text(1)) ? vague(a.integer(0)) : rel(a.integer(0), a.value(1), c);
                case "anarel" -> plural(a.text(1)) ? vague(a.integer(0)) : anaRel(a.text(0), a.integer(0), a.value(1), c);
                case "same" -> same(a.value(0), c);
                case "ago" -> ago(a.value(0), a.value(1), c);
                case "later" -> later(a.value(0), a.value(1), a.integer(2), c);
                case "ref" -> Result.of(a.value(0));
                case "holiday" -> holiday(a.value(0), a.value(1), c);
                case "clock" -> withClock(today(0, c), a.value(0), a.value(1));
                case "clockday" -> withClock(today(a.integer(2), c), a.value(0), a.value(1));
                case "dur" -> duration(a.value(0), a.value(1));
                case "durhalf" -> duration(String.valueOf(Double.parseDouble(a.value(0)) + 0.5), a.value(1));
                case "set" -> Result.of(a.value(0));
                case "every" -> duration(a.value(1) == null ? "1" : a.value(1), a.value(0));
                case "weekof" -> {
                    Result d = date(null, a.integer(0), a.integer(1), c);
                    yield d.point() == null ? d : Result.point(d.point().at(Gran.WEEK), d.anchored(), d.clue());
                }
                case "monthrel" -> {
                    Result y = rel(a.integer(1), "Y", c);
                    yield y.point() == null ? y : Result.point(new Point(LocalDate.of(y.point().date().getYear(), a.integer(0), 1), Gran.MONTH), true, null);
                }
                case "quarterrel" -> {
                    Result y = rel(a.integer(1), "Y", c);
                    yield y.point() == null ? y : quarter(a.value(0), String.valueOf(y.point().date().getYear()), c);
                }
                case "none" -> Result.NONE;
                case "dateclock" -> withClock(date(null, a.integer(0), a.integer(1), c), a.value(2), a.value(3));
                case "year2" -> year(endYear(a.value(0), a.value(1)));
                case "everyweekday" -> Result.of("XXXX-WXX-" + a.integer(0));
                default -> throw new IllegalStateException("No normaliser " + function);
            };
        } catch (DateTimeException e) {
            return Result.failed("no such date: " + e.getMessage());
        } catch (NumberFormatException e) {
            return null; // a capture that is not the number this normaliser needs: the rule does not apply
        }
    }

    // ---- dates written out

    private static Result full(LocalDate d) {
        return Result.point(new Point(d, Gran.DAY), false, Clue.date(d));
    }

    private static Result date(String year, int month, int day, Context c) {
        if (year != null) {
            int y = Integer.parseInt(year);
            if (!MonthDay.of(month, 1).isValidYear(y) || day > Month.of(month).length(java.time.Year.isLeap(y))) {
                return Result.failed("no such date: " + day + " " + Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + y);
            }
            return full(LocalDate.of(y, month, day));
        }
        if (day > Month.of(month).maxLength()) {
            return Result.failed("no such date: " + day + " " + Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        }
        Clue clue = Clue.monthDay(month, day, c.tense());
        if (c.anchor() == null) {
            return new Result(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), null, null, clue, true, false, null);
        }
        LocalDate best = null;
        for (int y = c.anchor().getYear() - 1; y <= c.anchor().getYear() + 1; y++) {
            if (day > Month.of(month).length(java.time.Year.isLeap(y))) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (better(d, best, c.anchor(), c.tense(), ChronoUnit.DAYS)) {
                best = d;
            }
        }
        return best == null ? Result.failed("no such date") : Result.point(new Point(best, Gran.DAY), true, clue);
    }

    /**
     * Of two candidate dates for an expression without its year, whether {@code d} fits better: a past clause prefers
     * one not after the article date, a future clause one not before it, if such a candidate lies within ten months;
     * otherwise the nearer wins. (Reports in the past tense often name coming deadlines: "extended the offer to Nov. 20";
     * a date further back than that usually carries its year.)
     */
    private static boolean better(LocalDate d, LocalDate best, LocalDate anchor, Tense tense, ChronoUnit grain) {
        if (best == null) {
            return true;
        }
        long dd = grain.between(anchor, d);
        long db = grain.between(anchor, best);
        long slack = grain == ChronoUnit.MONTHS ? 0 : 1;
        long window = grain == ChronoUnit.MONTHS ? 10 : 300;
        if (tense == Tense.PAST) {
            boolean okD = dd <= slack && -dd <= window;
            boolean okB = db <= slack && -db <= window;
            if (okD != okB) {
                return okD;
            }
        } else if (tense == Tense.FUTURE) {
            boolean okD = dd >= 0 && dd <= window;
            boolean okB = db >= 0 && db <= window;
            if (okD != okB) {
                return okD;
            }
        }
        return Math.abs(dd) < Math.abs(db);
    }

    private static Result slash(String v) {
        String[] p = v.split("/");
        int y = Integer.parseInt(p[2]);
        if (p[2].length() == 2) {
            y += y <= 40 ? 2000 : 1900;
        }
        int m = Integer.parseInt(p[0]);
        int d = Integer.parseInt(p[1]);
        if (m > 12 && d <= 12) {
            int t = m;
            m = d;
            d = t;
        }
        return full(LocalDate.of(y, m, d));
    }

    private static Result month(String year, int month, Context c) {
        if (year != null) {
            int y = Integer.parseInt(year);
            return Result.point(new Point(LocalDate.of(y, month, 1), Gran.MONTH), false, Clue.month(y, month));
        }
        if (c.anchor() == null) {
            return new Result(String.format(Locale.ROOT, "XXXX-%02d", month), null, null, null, true, false, null);
        }
        LocalDate a = c.anchor().withDayOfMonth(1);
        LocalDate best = null;
        for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, 1);
            if (better(d, best, a, c.tense(), ChronoUnit.MONTHS)) {
                best = d;
            }
        }
        return Result.point(new Point(best, Gran.MONTH), true, null);
    }

    private static Result relMonth(int rel, int month, Context c) {
        if (c.anchor() == null) {
            return new Result(String.format(Locale.ROOT, "XXXX-%02d", month), null, null, null, true, false, null);
        }
        // "last April" is the April before the month just past ("last month" would name that one); "next April" the
        // April after the month to come
        LocalDate a = c.anchor().withDayOfMonth(1);
        LocalDate d = LocalDate.of(a.getYear(), month, 1);
        if (rel < 0 && !d.isBefore(a.minusMonths(1))) {
            d = d.minusYears(1);
        } else if (rel > 0 && !d.isAfter(a.plusMonths(1))) {
            d = d.plusYears(1);
        }
        return Result.point(new Point(d, Gran.MONTH), true, null);
    }

    /** The second year of a range: "1990-95" → 1995, "1998-2001" → 2001. */
    private static int endYear(String first, String second) {
        if (second.length() >= 3) {
            return Integer.parseInt(second);
        }
        int f = Integer.parseInt(first);
        int y = f / 100 * 100 + Integer.parseInt(second);
        return y < f ? y + 100 : y;
    }

    private static Result year(int y) {
        return Result.point(new Point(LocalDate.of(y, 1, 1), Gran.YEAR), false, Clue.year(y));
    }

    // ---- seasons, quarters, halves

    private static int seasonStart(String s) {
        return switch (s) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    private static Result season(String s, String year, Context c) {
        if (year != null) {
            return Result.point(new Point(LocalDate.of(Integer.parseInt(year), 6, 1), Gran.SEASON, s), false, null);
        }
        if (c.anchor() == null) {
            return new Result("XXXX-" + s, null, null, null, true, false, null);
        }
        int rel = c.tense() == Tense.PAST ? -1 : c.tense() == Tense.FUTURE ? 1 : 0;
        return relSeason(rel, s, c);
    }

    private static Result relSeason(int rel, String s, Context c) {
        if (c.anchor() == null) {
            return new Result("XXXX-" + s, null, null, null, true, false, null);
        }
        LocalDate a = c.anchor();
        int start = seasonStart(s);
        // the season's start in the anchor's season-year (winter starting in December belongs to the year it starts)
        LocalDate begins = LocalDate.of(a.getYear(), start, 1);
        if (start == 12 && a.getMonthValue() <= 2) {
            begins = begins.minusYears(1);
        }
        LocalDate ends = begins.plusMonths(3);
        int y = begins.getYear();
        if (rel < 0 && !ends.isBefore(a.withDayOfMonth(1).plusMonths(1))) {
            y -= 1;
        } else if (rel > 0 && begins.isBefore(a)) {
            y += 1;
        }
        return Result.point(new Point(LocalDate.of(y, 6, 1), Gran.SEASON, s), true, null);
    }

    private static Result quarter(String ord, String year, Context c) {
        if (ord.equals("current") || ord.equals("L")) {
            if (c.reference() != null && c.reference().gran() == Gran.QUARTER) {
                return new Result(c.reference().value(), null, c.reference(), null, false, true, null);
            }
            if (c.anchor() == null) {
                return new Result("XXXX-QX", null, null, null, true, false, null);
            }
            return Result.point(new Point(c.anchor().minusMonths(3), Gran.QUARTER), true, null);
        }
        int q = Integer.parseInt(ord);
        if (q < 1 || q > 4) {
            return Result.failed("no quarter " + q);
        }
        if (year != null) {
            return Result.point(new Point(LocalDate.of(Integer.parseInt(year), q * 3 - 2, 1), Gran.QUARTER), false, null);
        }
        if (c.anchor() == null) {
            return new Result("XXXX-Q" + q, null, null, null, true, false, null);
        }
        int y = c.anchor().getYear();
        int current = (c.anchor().getMonthValue() - 1) / 3 + 1;
        if (q > current && c.tense() != Tense.FUTURE) {
            y -= 1;
        }
        return Result.point(new Point(LocalDate.of(y, q * 3 - 2, 1), Gran.QUARTER), true, null);
    }

    private static Result half(String ord, String year, Context c) {
        int h = Integer.parseInt(ord.equals("L") ? "2" : ord);
        if (h < 1 || h > 2) {
            return Result.failed("no half " + h);
        }
        if (year != null) {
            return Result.point(new Point(LocalDate.of(Integer.parseInt(year), h * 6 - 5, 1), Gran.HALF), false, null);
        }
        if (c.anchor() == null) {
            return new Result("XXXX-H" + h, null, null, null, true, false, null);
        }
        int y = c.anchor().getYear();
        if (h == 2 && c.anchor().getMonthValue() <= 6 && c.tense() != Tense.FUTURE) {
            y -= 1;
        }
        return Result.point(new Point(LocalDate.of(y, h * 6 - 5, 1), Gran.HALF), true, null);
    }

    // ---- relative to the article date

    private static Result today(int offset, Context c) {
        Clue clue = Clue.dayOffset(offset);
        if (c.anchor() == null) {
            return new Result("XXXX-XX-XX", null, null, clue, true, false, null);
        }
        return Result.point(new Point(c.anchor().plusDays(offset), Gran.DAY), true, clue);
    }

    private static Result weekday(int dow, String rel, Context c) {
        int shift = rel == null ? 0 : Integer.parseInt(rel);
        DayOfWeek w = DayOfWeek.of(dow);
        Clue clue = Clue.weekday(w, shift, c.tense());
        if (c.anchor() == null) {
            return new Result("XXXX-WXX-" + dow, null, null, clue, true, false, null);
        }
        return Result.point(new Point(weekdayDate(c.anchor(), w, shift, c.tense()), Gran.DAY), true, clue);
    }

    /** The day a weekday names from {@code anchor}: by "last"/"next" when written, else by the tense. */
    static LocalDate weekdayDate(LocalDate anchor, DayOfWeek w, int shift, Tense tense) {
        if (shift < 0) {
            return anchor.with(TemporalAdjusters.previous(w));
        }
        if (shift > 0) {
            return anchor.with(TemporalAdjusters.next(w));
        }
        if (tense == Tense.FUTURE) {
            return anchor.with(TemporalAdjusters.nextOrSame(w));
        }
        if (tense == Tense.PAST) {
            return anchor.with(TemporalAdjusters.previousOrSame(w));
        }
        // present or no tense: the nearest one, the past one on a tie ("Thursday" on a Monday is last Thursday)
        LocalDate back = anchor.with(TemporalAdjusters.previousOrSame(w));
        LocalDate ahead = anchor.with(TemporalAdjusters.nextOrSame(w));
        return ChronoUnit.DAYS.between(anchor, ahead) < ChronoUnit.DAYS.between(back, anchor) ? ahead : back;
    }

    private static Gran gran(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case "D", "N" -> Gran.DAY;
            case "W", "FN" -> Gran.WEEK;
            case "WE" -> Gran.WEEKEND;
            case "M" -> Gran.MONTH;
            case "Q" -> Gran.QUARTER;
            case "HALF" -> Gran.HALF;
            case "Y" -> Gran.YEAR;
            case "DE" -> Gran.DECADE;
            case "CE", "ML" -> Gran.CENTURY;
            default -> null;
        };
    }

    /** "coming weeks", "past years": a plural unit after a relative word names no one period. */
    private static boolean plural(String unitText) {
        return unitText != null && unitText.endsWith("s") && !unitText.endsWith("ss");
    }

    private static Result vague(int n) {
        return Result.of(n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF");
    }

    private static Result rel(int n, String unit, Context c) {
        Gran g = gran(unit);
        if (g == null) {
            return n < 0 ? Result.of("PAST_REF") : n > 0 ? Result.of("FUTURE_REF") : Result.of("PRESENT_REF");
        }
        if (c.anchor() == null) {
            return new Result(Point.unknown(g), null, null, g == Gran.DAY ? Clue.dayOffset(n) : null, true, false, null);
        }
        Point p = new Point(c.anchor(), g).shift(g, unit.equals("FN") ? 2L * n : n);
        return Result.point(p, true, g == Gran.DAY ? Clue.dayOffset(n) : null);
    }

    private static Result anaRel(String word, int n, String unit, Context c) {
        if (word == null || !ANAPHORIC.contains(word) || c.reference() == null) {
            return rel(n, unit, c);
        }
        Gran g = gran(unit);
        if (g == null) {
            return rel(n, unit, c);
        }
        return new Result(c.reference().at(g).shift(g, n).value(), null, c.reference().at(g).shift(g, n), null, false, true, null);
    }

    private static Result same(String unit, Context c) {
        Gran g = gran(unit);
        if (g == null || c.reference() == null || c.reference().gran().ordinal() > g.ordinal()) {
            return Result.of(g == null ? "PRESENT_REF" : Point.unknown(g)).asAnaphoric();
        }
        Point p = c.reference().at(g);
        return new Result(p.value(), null, p, null, false, true, null);
    }

    private static Result ago(String count, String unit, Context c) {
        Gran g = gran(unit);
        if (count == null || count.equals("X") || g == null) {
            return Result.of("PAST_REF");
        }
        double n = Double.parseDouble(count);
        if (n != Math.rint(n)) {
            return Result.of("PAST_REF");
        }
        long k = (long) n;
        if (unit.equals("FN")) {
            k *= 2;
        }
        if (g == Gran.YEAR && k == 1 && c.reference() != null && (c.reference().gran() == Gran.QUARTER || c.reference().gran() == Gran.MONTH)) {
            // "profit rose from a year ago" after "the third quarter": the same quarter a year before
            Point p = c.reference().shift(Gran.YEAR, -k);
            return new Result(p.value(), null, p, null, false, true, null);
        }
        if (c.anchor() == null) {
            return new Result(Point.unknown(g), null, null, null, true, false, null);
        }
        // "a decade ago" is the year ten years back, not the decade before this one
        Gran at = g == Gran.DECADE || g == Gran.CENTURY ? Gran.YEAR : g;
        Point p = new Point(c.anchor(), at).shift(g, -k);
        return Result.point(p, true, g == Gran.DAY ? Clue.dayOffset((int) -k) : null);
    }

    private static Result later(String count, String unit, int direction, Context c) {
        Gran g = gran(unit);
        if (count == null || count.equals("X") || g == null) {
            return Result.of(direction < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        double n = Double.parseDouble(count);
        if (n != Math.rint(n)) {
            return Result.of(direction < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        long k = (long) n * direction * (unit.equals("FN") ? 2 : 1);
        Point base = c.reference();
        if (base == null) {
            if (c.anchor() == null) {
                return new Result(Point.unknown(g), null, null, null, true, false, null);
            }
            base = new Point(c.anchor(), Gran.DAY);
        }
        Gran out = g == Gran.YEAR && base.gran().ordinal() < Gran.YEAR.ordinal() && base.gran() != Gran.DAY ? base.gran() : g;
        Point p = base.at(out).shift(g, k);
        return new Result(p.value(), null, p, null, c.reference() == null, c.reference() != null, null);
    }

    /** A holiday: in the year written, else the one the tense or "last"/"next" points to from the article date. */
    private static Result holiday(String h, String yearOrShift, Context c) {
        if (yearOrShift != null && yearOrShift.length() == 4) {
            return Result.point(new Point(holidayIn(h, Integer.parseInt(yearOrShift)), Gran.DAY), false, null);
        }
        if (c.anchor() == null) {
            return h.matches("\\d\\d-\\d\\d") ? new Result("XXXX-" + h, null, null, null, true, false, null) : Result.of("XXXX-XX-XX");
        }
        int shift = yearOrShift == null ? 0 : Integer.parseInt(yearOrShift);
        Tense tense = shift < 0 ? Tense.PAST : shift > 0 ? Tense.FUTURE : c.tense();
        LocalDate best = null;
        for (int y = c.anchor().getYear() - 1; y <= c.anchor().getYear() + 1; y++) {
            LocalDate d = holidayIn(h, y);
            if (shift < 0 && !d.isBefore(c.anchor()) || shift > 0 && !d.isAfter(c.anchor())) {
                continue;
            }
            if (better(d, best, c.anchor(), tense, ChronoUnit.DAYS)) {
                best = d;
            }
        }
        return Result.point(new Point(best, Gran.DAY), true, null);
    }

    private static LocalDate holidayIn(String h, int y) {
        return switch (h) {
            case "THANKSGIVING" -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "LABOR" -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "MEMORIAL" -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "EASTER" -> easter(y);
            case "GOODFRIDAY" -> easter(y).minusDays(2);
            case "ELECTION" -> LocalDate.of(y, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            default -> LocalDate.of(y, Integer.parseInt(h.substring(0, 2)), Integer.parseInt(h.substring(3)));
        };
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int cc = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = cc / 4;
        int k = cc % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    // ---- times of day

    private static Result withPod(Result day, String pod) {
        if (day.value() == null || pod == null) {
            return day;
        }
        return new Result(day.value() + "T" + pod, "TIME", day.point(), day.clue(), day.anchored(), day.anaphoric(), null);
    }

    private static Result withClock(Result day, String clock, String ampm) {
        if (day.value() == null) {
            return day;
        }
        String k = clock.toLowerCase(Locale.ROOT);
        String suffix = k.endsWith("am") ? "AM" : k.endsWith("pm") ? "PM" : ampm;
        String digits = k.replaceAll("[ap]m$", "");
        String[] hm = digits.split("[:.]");
        int h = Integer.parseInt(hm[0]);
        int m = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
        if ("PM".equals(suffix) && h < 12) {
            h += 12;
        } else if ("AM".equals(suffix) && h == 12) {
            h = 0;
        }
        if (h > 23 || m > 59) {
            return Result.failed("no such time: " + clock);
        }
        return new Result(day.value() + String.format(Locale.ROOT, "T%02d:%02d", h, m), "TIME", day.point(), day.clue(), day.anchored(),
                day.anaphoric(), null);
    }

    // ---- durations

    private static Result duration(String count, String unit) {
        String n = count == null ? "X" : count;
        if (!n.equals("X")) {
            double v = Double.parseDouble(n);
            n = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
        String value = switch (unit) {
            case "S" -> "PT" + n + "S";
            case "MIN" -> "PT" + n + "M";
            case "H" -> n.equals("0.5") ? "PT30M" : "PT" + n + "H";
            case "D", "N" -> "P" + n + "D";
            case "W" -> "P" + n + "W";
            case "FN" -> "P" + (n.equals("X") ? "X" : String.valueOf(2 * Long.parseLong(n.replace(".5", "")))) + "W";
            case "WE" -> "P" + n + "WE";
            case "M" -> "P" + n + "M";
            case "Q" -> "P" + n + "Q";
            case "HALF" -> "P" + (n.equals("X") ? "X" : n) + "H";
            case "Y" -> "P" + n + "Y";
            case "DE" -> "P" + n + "DE";
            case "CE" -> "P" + n + "CE";
            case "ML" -> "P" + n + "ML";
            default -> null;
        };
        return value == null ? Result.failed("no unit " + unit) : Result.of(value);
    }
}
