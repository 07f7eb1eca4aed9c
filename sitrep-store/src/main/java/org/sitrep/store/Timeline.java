package org.sitrep.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stored events counted per period of their own day (a day, or an ISO week written {@code 2024-W02}), optionally split
 * by a key: what {@code sitrep timeline} prints and {@code GET /api/timeline} answers. Undated events, and events dated
 * more coarsely than the interval (a month, a year; a week in a daily timeline), are left out and counted apart. The
 * copies of one event in a story's articles count once ({@link SameEvents}) unless every mention is asked for. Without
 * a key every period from the first to the last (or from the query's {@code since} to its {@code until}) has a row,
 * empty ones as 0.
 *
 * @param interval the period
 * @param by       the key each period is split by, or null
 * @param rows     in order of period, then key
 * @param undated  events left out for having no day
 * @param coarse   events left out for being dated more coarsely than the interval
 */
public record Timeline(Interval interval, By by, List<Row> rows, long undated, long coarse) {
    /** The period events are counted in. */
    public enum Interval { DAY, WEEK }

    /** What each period's count is split by; {@link #ACTOR} is the acting side (the source's actor id, else its country). */
    public enum By { TYPE, ACTOR, PLACE, CONTEXT }

    /**
     * One count.
     *
     * @param period {@code 2024-01-08} or {@code 2024-W02}
     * @param key    the value of the split (a PLOVER type, an actor id or {@code country:IRQ}, {@code <place id> <name>}, a
     *               context), or null without a split
     */
    public record Row(String period, String key, long count) {}

    public Timeline {
        if (interval == null) {
            throw new IllegalArgumentException("The parameter 'interval' must not be null.");
        }
        rows = List.copyOf(rows);
    }

    /**
     * Counts the events {@code query} selects in {@code store}, per {@code interval} and {@code by} (null for no split);
     * with {@code mentions}, every copy of an event in a story's articles counts. Throws StoreException when the store
     * predates the event fields.
     */
    public static Timeline count(SitrepStore store, EventQuery query, Interval interval, By by, boolean mentions) {
        return count(store, query, interval, by, mentions, Integer.MAX_VALUE);
    }

    /**
     * As {@link #count(SitrepStore, EventQuery, Interval, By, boolean)}, but a timeline without a key whose range spans
     * more than {@code maxPeriods} periods is an IllegalArgumentException telling to narrow {@code since} and
     * {@code until} (a server must not list a row per day of twenty centuries because a client asked from year 1).
     */
    public static Timeline count(SitrepStore store, EventQuery query, Interval interval, By by, boolean mentions, int maxPeriods) {
        if (store == null || query == null || interval == null) {
            throw new IllegalArgumentException("The parameters 'store', 'query' and 'interval' must not be null.");
        }
        if (maxPeriods < 1) {
            throw new IllegalArgumentException("The parameter 'maxPeriods' must be at least 1, got " + maxPeriods);
        }
        TreeMap<String, Map<String, Long>> counts = new TreeMap<>();
        long[] undated = {0};
        long[] coarse = {0};
        SameEvents events = new SameEvents(!mentions, g -> {
            StoredEvent e = g.event();
            if (e.day() == null) {
                undated[0]++;
                return;
            }
            if (!fits(interval, e.precision())) {
                coarse[0]++;
                return;
            }
            counts.computeIfAbsent(period(interval, e.day()), k -> new TreeMap<>()).merge(key(by, e), 1L, Long::sum);
        });
        store.forEachEvent(query, events);
        events.finish();
        if (by == null) {
            fillGaps(counts, interval, query.since(), query.until(), maxPeriods);
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((p, m) -> m.forEach((k, n) -> rows.add(new Row(p, by == null ? null : k, n))));
        return new Timeline(interval, by, rows, undated[0], coarse[0]);
    }

    /** The events counted: the sum of the rows. */
    public long total() {
        return rows.stream().mapToLong(Row::count).sum();
    }

    /** The period of a day: the day itself, or its ISO week as {@code 2024-W02}. */
    public static String period(Interval interval, LocalDate d) {
        return interval == Interval.DAY ? d.toString()
                : String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Whether an event dated this precisely belongs in one period of the interval. */
    private static boolean fits(Interval interval, String precision) {
        return switch (String.valueOf(precision)) {
            case "day", "article" -> true;
            case "week" -> interval == Interval.WEEK;
            default -> false;
        };
    }

    private static String key(By by, StoredEvent e) {
        if (by == null) {
            return "";
        }
        return switch (by) {
            case TYPE -> e.type();
            case CONTEXT -> e.context().name().toLowerCase(Locale.ROOT);
            case PLACE -> e.place() != null ? e.place().id() + " " + e.place().name() : e.json().path("place").asText("(none)");
            case ACTOR -> {
                var src = e.json().path("source");
                String id = src.path("actor").asText("");
                String country = src.path("country").asText("");
                yield !id.isEmpty() ? id : !country.isEmpty() ? "country:" + country : "(none)";
            }
        };
    }

    /** Every period between the first and the last (or the range asked for) gets a row, 0 when empty. */
    private static void fillGaps(TreeMap<String, Map<String, Long>> counts, Interval interval, LocalDate since, LocalDate until, int maxPeriods) {
        boolean ranged = since != null || until != null;
        LocalDate from = since;
        LocalDate to = until;
        if (!ranged && counts.isEmpty()) {
            return;
        }
        if (from == null) {
            from = counts.isEmpty() ? to : start(interval, counts.firstKey());
        }
        if (to == null) {
            to = counts.isEmpty() ? from : start(interval, counts.lastKey());
        }
        ChronoUnit unit = interval == Interval.DAY ? ChronoUnit.DAYS : ChronoUnit.WEEKS;
        long periods = unit.between(from, to) + 1;
        if (periods > maxPeriods) {
            throw new IllegalArgumentException("The timeline from " + from + " to " + to + " spans " + periods + " " + unit.toString().toLowerCase(Locale.ROOT)
                    + ", more than the " + maxPeriods + " periods it may list; narrow it with 'since' and 'until'");
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plus(1, unit)) {
            counts.computeIfAbsent(period(interval, d), k -> new TreeMap<>()).putIfAbsent("", 0L);
        }
        if (interval == Interval.WEEK) {
            counts.computeIfAbsent(period(interval, to), k -> new TreeMap<>()).putIfAbsent("", 0L);
        }
    }

    private static LocalDate start(Interval interval, String period) {
        if (interval == Interval.DAY) {
            return LocalDate.parse(period);
        }
        int year = Integer.parseInt(period.substring(0, 4));
        int week = Integer.parseInt(period.substring(6));
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }
}
