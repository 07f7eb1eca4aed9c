package org.sitrep.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventContext;
import org.sitrep.store.EventQuery;

/**
 * The event filters every event endpoint reads the same way (the OpenAPI document's shared list): {@code type} (PLOVER
 * types, comma-separated), {@code actor} (either side), {@code source}, {@code target} (an actor id or a name word; a
 * group matches through its members), {@code place} (a place id, a name word, or a country as ISO alpha-2),
 * {@code context} (factual statuses, comma-separated), {@code story}, {@code since} and {@code until} (the event's own
 * day, inclusive). Absent or blank parameters do not filter. A wrong value (an unknown context, a date that is not
 * {@code 2024-10-01}, {@code since} after {@code until}) is an IllegalArgumentException naming the parameter, which the
 * app answers as a 400.
 */
final class EventFilters {
    private EventFilters() {}

    /** The query the filters select; without {@code context}, events in every context. */
    static EventQuery from(Context ctx) {
        return EventQuery.all().withTypes(new LinkedHashSet<>(list(ctx, "type"))).withActor(Params.text(ctx, "actor"))
                .withSource(Params.text(ctx, "source")).withTarget(Params.text(ctx, "target")).withPlace(Params.text(ctx, "place"))
                .withContexts(contexts(ctx)).withStory(Params.text(ctx, "story"))
                .withDays(Params.date(ctx, "since"), Params.date(ctx, "until"));
    }

    /**
     * As {@link #from}, for the endpoints that count what happened (timeline, export): without {@code context}, only
     * events that happened (asserted, historical) unless {@code all-contexts} is true; a {@code context} given wins.
     */
    static EventQuery happened(Context ctx) {
        EventQuery q = from(ctx);
        boolean all = Params.bool(ctx, "all-contexts");
        return q.contexts().isEmpty() && !all ? q.withContexts(EventQuery.HAPPENED) : q;
    }

    /** The comma-separated values of a parameter, stripped, blanks dropped; empty when absent. */
    static List<String> list(Context ctx, String name) {
        String v = Params.text(ctx, name);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static Set<EventContext> contexts(Context ctx) {
        Set<EventContext> out = EnumSet.noneOf(EventContext.class);
        for (String c : list(ctx, "context")) {
            try {
                out.add(EventContext.valueOf(c.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                List<String> known = new ArrayList<>();
                for (EventContext k : EventContext.values()) {
                    known.add(k.name().toLowerCase(Locale.ROOT));
                }
                throw new IllegalArgumentException("The parameter 'context' must list some of " + String.join(", ", known) + ", got '" + c + "'");
            }
        }
        return out;
    }
}
