package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.Csv;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.Timeline;
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
        PrintWriter out = spec.commandLine().getOut();
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            Timeline t = Timeline.count(s, q, Timeline.Interval.valueOf(interval.name().toUpperCase(Locale.ROOT)),
                    by == null ? null : Timeline.By.valueOf(by.name().toUpperCase(Locale.ROOT)), mentions);
            write(out, t);
            boolean ranged = q.since() != null || q.until() != null;
            if (t.undated() > 0 && !ranged) {
                spec.commandLine().getErr().printf("sitrep timeline: %d undated events left out%n", t.undated());
            }
            if (t.coarse() > 0) {
                spec.commandLine().getErr().printf("sitrep timeline: %d events dated more coarsely than a %s left out%n", t.coarse(), interval);
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep timeline: " + e.getMessage());
            return 1;
        }
    }

    private void write(PrintWriter out, Timeline t) throws Exception {
        String keyName = by == null ? null : by.name();
        switch (format) {
            case csv -> {
                Csv.row(out, keyName == null ? List.of("period", "count") : List.of("period", keyName, "count"));
                t.rows().forEach(r -> Csv.row(out, keyName == null ? List.of(r.period(), r.count()) : List.of(r.period(), r.key(), r.count())));
            }
            case json -> {
                ArrayNode arr = DocumentJson.mapper().createArrayNode();
                t.rows().forEach(r -> {
                    var o = arr.addObject().put("period", r.period());
                    if (keyName != null) {
                        o.put(keyName, r.key());
                    }
                    o.put("count", r.count());
                });
                out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            }
            default -> {
                for (Timeline.Row r : t.rows()) {
                    out.printf(keyName == null ? "%-10s %6d%n" : "%-10s %6d  %s%n", r.period(), r.count(), r.key());
                }
                out.printf("%d events%n", t.total());
            }
        }
    }
}
