package org.sitrep.store;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventContext;

/**
 * Which stored events to read. Every filter is optional and they all must hold: PLOVER types (any of), the source
 * and target actors (an actor id, with or without its kind, or a name word, lower-cased; a group matches through its members), either side's
 * actor, the source and target countries (ISO 3166 alpha-3), the place (its id, a word of its name, or its country as
 * alpha-2), the contexts (any of; empty for all), the story, and the event's own day between {@code since} and
 * {@code until} inclusive (a range leaves out events with no day).
 */
public record EventQuery(Set<String> types, String source, String target, String actor, String sourceCountry, String targetCountry,
                         String place, Set<EventContext> contexts, String story, LocalDate since, LocalDate until) {
    /** The contexts of events that happened: asserted and historical ({@link org.sitrep.model.Event#happened()}). */
    public static final Set<EventContext> HAPPENED = Set.copyOf(EnumSet.of(EventContext.ASSERTED, EventContext.HISTORICAL));

    public EventQuery {
        Set<String> t = new LinkedHashSet<>();
        if (types != null) {
            types.forEach(x -> t.add(x.strip().toUpperCase(Locale.ROOT)));
        }
        types = Set.copyOf(t);
        contexts = contexts == null ? Set.of() : Set.copyOf(contexts);
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("The parameter 'since' (" + since + ") must not be after 'until' (" + until + ").");
        }
    }

    /** Every event. */
    public static EventQuery all() {
        return new EventQuery(Set.of(), null, null, null, null, null, null, Set.of(), null, null, null);
    }

    public EventQuery withTypes(Set<String> t) {
        return new EventQuery(t, source, target, actor, sourceCountry, targetCountry, place, contexts, story, since, until);
    }

    public EventQuery withSource(String s) {
        return new EventQuery(types, s, target, actor, sourceCountry, targetCountry, place, contexts, story, since, until);
    }

    public EventQuery withTarget(String t) {
        return new EventQuery(types, source, t, actor, sourceCountry, targetCountry, place, contexts, story, since, until);
    }

    public EventQuery withActor(String a) {
        return new EventQuery(types, source, target, a, sourceCountry, targetCountry, place, contexts, story, since, until);
    }

    public EventQuery withSourceCountry(String c) {
        return new EventQuery(types, source, target, actor, c, targetCountry, place, contexts, story, since, until);
    }

    public EventQuery withTargetCountry(String c) {
        return new EventQuery(types, source, target, actor, sourceCountry, c, place, contexts, story, since, until);
    }

    public EventQuery withPlace(String p) {
        return new EventQuery(types, source, target, actor, sourceCountry, targetCountry, p, contexts, story, since, until);
    }

    public EventQuery withContexts(Set<EventContext> c) {
        return new EventQuery(types, source, target, actor, sourceCountry, targetCountry, place, c, story, since, until);
    }

    public EventQuery withStory(String s) {
        return new EventQuery(types, source, target, actor, sourceCountry, targetCountry, place, contexts, s, since, until);
    }

    public EventQuery withDays(LocalDate from, LocalDate to) {
        return new EventQuery(types, source, target, actor, sourceCountry, targetCountry, place, contexts, story, from, to);
    }
}
