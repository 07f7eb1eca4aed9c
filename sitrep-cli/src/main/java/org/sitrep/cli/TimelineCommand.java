package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "timeline", mixinStandardHelpOptions = true, header = "Count stored events per day or ISO week, optionally by type, actor, place or context.",
        description = "Counts the stored events per period of their own day (the event's date, else its article's date; undated "
                + "events, and events dated more coarsely than the interval, such as 'in 2023' in a weekly timeline, are left out "
                + "and counted on standard error). By default only events that happened (asserted or "
                + "historical) count, and the copies of one event in a story's articles count once. Without --by, every period "
                + "from the first to the last (or --since to --until) is listed, empty ones as 0. --by actor counts the acting "
                + "side (the source's actor id, else its country). A --store without an index is an error (exit 1).")
final class TimelineCommand implements Callable<Integer> {
    enum Interval { day, week }

    enum By { type, actor, place, context }

    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--interval", paramLabel = "<interval>", defaultValue = "week", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "The period: ${COMPLETION-CANDIDATES}.")
    Interval interval;

    @Option(names = "--by", paramLabel = "<key>", description = "Split each period's count by ${COMPLETION-CANDIDATES}.")
    By by;



    @Option(names = "--place", paramLabel = "<place>", description = "Only events at this place (its id, a word of its name, or its country as ISO alpha-2).")
    String place;




    @Option(names = "--mentions", description = "Count every mention: the copies of one event in a story's articles each count.")
    boolean mentions;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "table", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Output: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        EventQuery q = filter.query().withPlace(place);
        LocalDate since = filter.since;
        LocalDate until = filter.until;
        PrintWriter out = spec.commandLine().getOut();
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            boolean ranged = since != null || until != null;
            Map<String, Map<String, Long>> counts = new TreeMap<>();
            long[] undated = {0};
            long[] coarse = {0};
            SameEvents events = new SameEvents(!mentions, g -> {
                StoredEvent e = g.event();
                if (e.day() == null) {
                    undated[0]++;
                    return;
                }
                if (!fits(e.precision())) {
                    coarse[0]++;
                    return;
                }
                counts.computeIfAbsent(period(e.day()), k -> new TreeMap<>()).merge(key(e), 1L, Long::sum);
            });
            s.forEachEvent(q, events);
            events.finish();
            if (by == null) {
                fillGaps(counts, ranged);
            }
            write(out, counts);
            if (undated[0] > 0 && !ranged) {
                spec.commandLine().getErr().printf("sitrep timeline: %d undated events left out%n", undated[0]);
            }
            if (coarse[0] > 0) {
                spec.commandLine().getErr().printf("sitrep timeline: %d events dated more coarsely than a %s left out%n", coarse[0], interval);
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep timeline: " + e.getMessage());
            return 1;
        }
    }

    /** Whether an event dated this precisely belongs in one period of the interval. */
    private boolean fits(String precision) {
        return switch (String.valueOf(precision)) {
            case "day", "article" -> true;
            case "week" -> interval == Interval.week;
            default -> false;
        };
    }

    private String period(LocalDate d) {
        return interval == Interval.day ? d.toString()
                : String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private String key(StoredEvent e) {
        if (by == null) {
            return "";
        }
        return switch (by) {
            case type -> e.type();
            case context -> e.context().name().toLowerCase(Locale.ROOT);
            case place -> e.place() != null ? e.place().id() + " " + e.place().name() : e.json().path("place").asText("(none)");
            case actor -> {
                var src = e.json().path("source");
                String id = src.path("actor").asText("");
                String country = src.path("country").asText("");
                yield !id.isEmpty() ? id : !country.isEmpty() ? "country:" + country : "(none)";
            }
        };
    }

    /** Every period between the first and the last (or the range asked for) gets a row, 0 when empty. */
    private void fillGaps(Map<String, Map<String, Long>> counts, boolean ranged) {
        LocalDate from = filter.since;
        LocalDate to = filter.until;
        if (!ranged && counts.isEmpty()) {
            return;
        }
        if (from == null) {
            from = counts.isEmpty() ? to : start(counts.keySet().iterator().next());
        }
        if (to == null) {
            to = counts.isEmpty() ? from : start(((TreeMap<String, Map<String, Long>>) counts).lastKey());
        }
        ChronoUnit unit = interval == Interval.day ? ChronoUnit.DAYS : ChronoUnit.WEEKS;
        for (LocalDate d = from; !d.isAfter(to); d = d.plus(1, unit)) {
            counts.computeIfAbsent(period(d), k -> new TreeMap<>()).putIfAbsent("", 0L);
        }
        if (interval == Interval.week) {
            counts.computeIfAbsent(period(to), k -> new TreeMap<>()).putIfAbsent("", 0L);
        }
    }

    private LocalDate start(String period) {
        if (interval == Interval.day) {
            return LocalDate.parse(period);
        }
        int year = Integer.parseInt(period.substring(0, 4));
        int week = Integer.parseInt(period.substring(6));
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(java.time.DayOfWeek.MONDAY);
    }

    private void write(PrintWriter out, Map<String, Map<String, Long>> counts) throws Exception {
        String keyName = by == null ? null : by.name();
        switch (format) {
            case csv -> {
                Csv.row(out, keyName == null ? List.of("period", "count") : List.of("period", keyName, "count"));
                counts.forEach((p, m) -> m.forEach((k, n) -> Csv.row(out, keyName == null ? List.of(p, n) : List.of(p, k, n))));
            }
            case json -> {
                ArrayNode arr = DocumentJson.mapper().createArrayNode();
                counts.forEach((p, m) -> m.forEach((k, n) -> {
                    var o = arr.addObject().put("period", p);
                    if (keyName != null) {
                        o.put(keyName, k);
                    }
                    o.put("count", n);
                }));
                out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            }
            default -> {
                long total = 0;
                for (var p : counts.entrySet()) {
                    for (var k : p.getValue().entrySet()) {
                        out.printf(keyName == null ? "%-10s %6d%n" : "%-10s %6d  %s%n", p.getKey(), k.getValue(), k.getKey());
                        total += k.getValue();
                    }
                }
                out.printf("%d events%n", total);
            }
        }
    }
}
