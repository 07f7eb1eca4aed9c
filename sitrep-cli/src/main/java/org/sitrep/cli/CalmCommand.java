package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.EventContext;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calm", mixinStandardHelpOptions = true, header = "How long since an actor last did something to another: the last event, days and weeks of calm, reports of non-events.",
        description = "For events of a type (ASSAULT by default) from a source to a target, as of a day: the last one that happened "
                + "(asserted or historical), the days since it, the run of consecutive ISO weeks without one up to the as-of week "
                + "(the as-of week counts, even unfinished), and the reports that such events did not happen (negated events: "
                + "\"did not carry out attacks\"), which are evidence of calm, with their articles. A side matches an actor id, or a "
                + "word of the actor's name or aliases; a group matches through its members; --source-country and --target-country "
                + "match the side's country (ISO 3166 alpha-3) whether or not its actor is known. An event dated only to a week, month "
                + "or year counts as late as its period allows. A --store without an index is an error (exit 1).")
final class CalmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--source", paramLabel = "<actor>", description = "Who acts: an actor id (org:kataib-hezbollah) or a name word.")
    String source;

    @Option(names = "--target", paramLabel = "<actor>", description = "Who is acted on: an actor id (agent:USAMIL) or a name word.")
    String target;

    @Option(names = "--source-country", paramLabel = "<ISO3>", description = "Who acts: any side of this country (IRQ).")
    String sourceCountry;

    @Option(names = "--target-country", paramLabel = "<ISO3>", description = "Who is acted on: any side of this country (USA).")
    String targetCountry;

    @Option(names = "--type", paramLabel = "<PLOVER>", split = ",", defaultValue = "ASSAULT", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "The PLOVER event types that break the calm (comma-separated).")
    List<String> types;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>", description = "The day to measure up to; default the latest day of an event that happened in the store.")
    LocalDate asOf;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "10", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Reports of non-events listed, latest first.")
    int limit;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            EventQuery base = EventQuery.all().withTypes(new LinkedHashSet<>(types)).withSource(source).withTarget(target)
                    .withSourceCountry(sourceCountry).withTargetCountry(targetCountry);
            LocalDate day = asOf;
            if (day == null) {
                List<StoredEvent> latest = s.latestEvents(EventQuery.all().withContexts(EventQuery.HAPPENED), 1);
                if (latest.isEmpty() || latest.get(0).day() == null) {
                    spec.commandLine().getErr().println("sitrep calm: the store at '" + store.dir + "' holds no dated event that happened; give --as-of");
                    return 1;
                }
                day = latest.get(0).day();
            }
            Calm calm = Calm.of(s, base, day, limit);
            if (json) {
                out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(calm.json(describe())));
            } else {
                calm.print(out, describe());
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep calm: " + e.getMessage());
            return 1;
        }
    }

    private String describe() {
        String from = side(source, sourceCountry);
        String to = side(target, targetCountry);
        return String.join(",", types).toUpperCase(Locale.ROOT) + " by " + from + " on " + to;
    }

    private static String side(String actor, String country) {
        if (actor == null && country == null) {
            return "anyone";
        }
        if (country == null) {
            return actor;
        }
        return actor == null ? country.toUpperCase(Locale.ROOT) : actor + " (" + country.toUpperCase(Locale.ROOT) + ")";
    }

    /**
     * The answer: the last event that happened on or before {@code asOf} (null when none), the day it may last have
     * happened on, and the reports of non-events up to {@code asOf}.
     */
    record Calm(LocalDate asOf, StoredEvent last, LocalDate lastDay, LocalDate coverage, long nonEventsSince, long nonEventsTotal,
                List<StoredEvent> reports) {
        static Calm of(SitrepStore s, EventQuery base, LocalDate asOf, int limit) {
            StoredEvent last = null;
            LocalDate lastDay = null;
            // Sorted by first day: a wide period (a year) starting earlier may still end later than a precise day.
            for (StoredEvent e : s.latestEvents(base.withContexts(EventQuery.HAPPENED).withDays(null, asOf), 50)) {
                LocalDate end = e.lastDay().isAfter(asOf) ? asOf : e.lastDay();
                if (lastDay == null || end.isAfter(lastDay)) {
                    last = e;
                    lastDay = end;
                }
            }
            LocalDate coverage = null;
            if (last == null) {
                List<StoredEvent> first = s.earliestEvents(EventQuery.all().withDays(LocalDate.of(1, 1, 1), asOf), 1);
                coverage = first.isEmpty() ? asOf : first.get(0).day();
            }
            EventQuery negated = base.withContexts(Set.of(EventContext.NEGATED));
            long total = s.countEvents(negated.withDays(null, asOf));
            long since = lastDay == null ? total : lastDay.isBefore(asOf) ? s.countEvents(negated.withDays(lastDay.plusDays(1), asOf)) : 0;
            return new Calm(asOf, last, lastDay, coverage, since, total, s.latestEvents(negated.withDays(null, asOf), limit));
        }

        long daysSince() {
            return ChronoUnit.DAYS.between(lastDay == null ? coverage : lastDay, asOf);
        }

        /** ISO weeks after the last event's week, through the as-of week. */
        long weeks() {
            LocalDate from = (lastDay == null ? coverage.minusWeeks(1) : lastDay).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return ChronoUnit.WEEKS.between(from, asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }

        String firstCalmWeek() {
            return week(asOf.minusWeeks(weeks() - 1));
        }

        void print(PrintWriter out, String what) {
            out.printf("%s, as of %s (%s, week %s)%n", what, asOf, asOf.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH), week(asOf));
            if (last == null) {
                out.printf("last event: none in the store (its events start %s)%n", coverage);
                out.printf("days since: at least %d%n", daysSince());
            } else {
                out.printf("last event: %s%s, %s in %s (%s): %s%n", last.day(), dated(last), last.id(), last.article(), outlet(last), quote(last.sentence()));
                out.printf("days since: %s%d%n", lastDay.equals(last.day()) ? "" : "at least ", daysSince());
            }
            long w = weeks();
            out.printf("event-free weeks: %s%d%s%n", last == null ? "at least " : "", w,
                    w == 0 ? "" : " (" + firstCalmWeek() + " to " + week(asOf) + (asOf.getDayOfWeek() == DayOfWeek.SUNDAY ? ")" : ", the last still running)"));
            out.printf("reports of non-events: %d since the last event, %d in all%n", nonEventsSince, nonEventsTotal);
            for (StoredEvent r : reports) {
                out.printf("  %s %s %s (%s): %s%n", r.day() == null ? "undated   " : r.day(), r.article(), r.id(), outlet(r), quote(r.sentence()));
            }
        }

        ObjectNode json(String what) {
            ObjectNode o = DocumentJson.mapper().createObjectNode().put("query", what).put("asOf", asOf.toString()).put("asOfWeek", week(asOf))
                    .put("asOfWeekComplete", asOf.getDayOfWeek() == DayOfWeek.SUNDAY);
            if (last == null) {
                o.putNull("lastEvent");
                o.put("coverageStart", coverage.toString());
            } else {
                o.set("lastEvent", event(last).put("lastDay", lastDay.toString()));
            }
            o.put("daysSince", daysSince()).put("atLeast", last == null || !lastDay.equals(last.day())).put("eventFreeWeeks", weeks());
            o.put("nonEventsSinceLast", nonEventsSince).put("nonEventsTotal", nonEventsTotal);
            ArrayNode arr = o.putArray("nonEvents");
            reports.forEach(r -> arr.add(event(r).put("sinceLast", lastDay == null || r.day() != null && r.day().isAfter(lastDay))));
            return o;
        }

        private static ObjectNode event(StoredEvent e) {
            ObjectNode n = DocumentJson.mapper().createObjectNode().put("id", e.id()).put("article", e.article())
                    .put("day", e.day() == null ? null : e.day().toString()).put("precision", e.precision()).put("outlet", e.outlet())
                    .put("title", e.title()).put("context", e.context().name().toLowerCase(Locale.ROOT)).put("sentence", e.sentence());
            n.set("event", e.json());
            return n;
        }

        private static String dated(StoredEvent e) {
            return switch (String.valueOf(e.precision())) {
                case "day" -> "";
                case "article" -> " (the article's date)";
                default -> " (" + e.json().at("/date/value").asText() + ", " + e.precision() + " precision)";
            };
        }

        private static String outlet(StoredEvent e) {
            return e.outlet() == null ? "outlet unknown" : e.outlet();
        }

        private static String quote(String s) {
            return "\"" + s.replaceAll("\\s+", " ").strip() + "\"";
        }

        private static String week(LocalDate d) {
            return String.format(Locale.ROOT, "%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }
}
