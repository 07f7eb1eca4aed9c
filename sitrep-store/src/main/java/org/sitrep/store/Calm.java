package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.EventContext;

/**
 * How long since one side last did something to another, as of a day: the last event that happened on or before
 * {@code asOf} (null when none), the day it may last have happened on (an event dated only to a week, month or year
 * counts as late as its period allows), and the reports of non-events (negated events, evidence of calm) up to
 * {@code asOf}. What {@code sitrep calm} prints and {@code GET /api/calm} answers, as {@link #json()}.
 *
 * @param question       what was asked
 * @param asOf           the day measured up to
 * @param last           the last event that happened, or null
 * @param lastDay        the day {@code last} may last have happened on (not after {@code asOf}), or null
 * @param coverage       with no last event, the day the store's events start (or {@code asOf}); null otherwise
 * @param nonEventsSince reports of non-events after {@code lastDay}
 * @param nonEventsTotal reports of non-events up to {@code asOf}
 * @param reports        the latest reports of non-events, latest first
 */
public record Calm(Question question, LocalDate asOf, StoredEvent last, LocalDate lastDay, LocalDate coverage, long nonEventsSince,
                   long nonEventsTotal, List<StoredEvent> reports) {
    /**
     * The events that break the calm: of these PLOVER types, from a source to a target. A side is an actor (an id or a
     * name word; a group matches through its members), a country (ISO 3166 alpha-3, whether or not its actor is known),
     * both, or anyone (both null).
     */
    public record Question(List<String> types, String source, String target, String sourceCountry, String targetCountry) {
        public Question {
            if (types == null || types.isEmpty()) {
                throw new IllegalArgumentException("The parameter 'types' must name at least one PLOVER type.");
            }
            types = List.copyOf(types);
        }

        /** The events of these types between these sides, in any context. */
        public EventQuery events() {
            return EventQuery.all().withTypes(new LinkedHashSet<>(types)).withSource(source).withTarget(target)
                    .withSourceCountry(sourceCountry).withTargetCountry(targetCountry);
        }

        /** "ASSAULT by IRQ on troops". */
        public String describe() {
            return String.join(",", types).toUpperCase(Locale.ROOT) + " by " + side(source, sourceCountry) + " on " + side(target, targetCountry);
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
    }

    public Calm {
        reports = List.copyOf(reports);
    }

    /** The day {@code asOf} defaults to: the latest day of an event that happened in the store; empty when it holds none. */
    public static Optional<LocalDate> latestDay(SitrepStore s) {
        List<StoredEvent> latest = s.latestEvents(EventQuery.all().withContexts(EventQuery.HAPPENED), 1);
        return latest.isEmpty() ? Optional.empty() : Optional.ofNullable(latest.get(0).day());
    }

    /** The answer to {@code q} as of {@code asOf}, listing up to {@code limit} reports of non-events. */
    public static Calm of(SitrepStore s, Question q, LocalDate asOf, int limit) {
        if (asOf == null) {
            throw new IllegalArgumentException("The parameter 'asOf' must not be null.");
        }
        EventQuery base = q.events();
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
        return new Calm(q, asOf, last, lastDay, coverage, since, total, s.latestEvents(negated.withDays(null, asOf), limit));
    }

    /** Days from the last event (or the start of the store's events) to {@code asOf}. */
    public long daysSince() {
        return ChronoUnit.DAYS.between(lastDay == null ? coverage : lastDay, asOf);
    }

    /** ISO weeks after the last event's week, through the as-of week. */
    public long weeks() {
        LocalDate from = (lastDay == null ? coverage.minusWeeks(1) : lastDay).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.WEEKS.between(from, asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    private String firstCalmWeek() {
        return week(asOf.minusWeeks(weeks() - 1));
    }

    /** The answer as a person reads it. */
    public void print(PrintWriter out) {
        out.printf("%s, as of %s (%s, week %s)%n", question.describe(), asOf, asOf.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                week(asOf));
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

    /** The answer as JSON ({@code sitrep calm --json}, {@code GET /api/calm}). */
    public ObjectNode json() {
        ObjectNode o = DocumentJson.mapper().createObjectNode().put("query", question.describe()).put("asOf", asOf.toString()).put("asOfWeek", week(asOf))
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
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
