package org.sitrep.store;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Folds the mentions of one event in a story's articles (a wire story and its copies report the same attack) into
 * one: mentions are the same event when they share story, day, PLOVER type, CAMEO code, context, source, target
 * (actor id, else country) and place. Fed in the store's order (by day), it keeps one day's events in memory and hands
 * each event on when its day is over, with how many mentions, articles and outlets report it. The representative
 * mention is the one in the story's first article when it has one, else the first by id.
 */
public final class SameEvents implements Consumer<StoredEvent> {
    /** One event and how widely its story reports it. */
    public record Group(StoredEvent event, int mentions, int articles, int sources) {}

    private final Consumer<Group> out;
    private final boolean fold;
    private final Map<String, Tally> today = new LinkedHashMap<>();
    private LocalDate day;
    private boolean started;

    /** With {@code fold} false, every mention is an event of its own. */
    public SameEvents(boolean fold, Consumer<Group> out) {
        this.fold = fold;
        this.out = out;
    }

    @Override
    public void accept(StoredEvent e) {
        if (started && !Objects.equals(day, e.day())) {
            flush();
        }
        started = true;
        day = e.day();
        String key = fold ? key(e) : e.id();
        Tally t = today.computeIfAbsent(key, k -> new Tally());
        t.add(e);
    }

    /** Hands on the events of the last day. */
    public void finish() {
        flush();
    }

    private void flush() {
        today.values().forEach(t -> out.accept(new Group(t.rep, t.mentions, t.articles.size(), t.outlets.size())));
        today.clear();
    }

    static String key(StoredEvent e) {
        return String.join("|", e.story(), String.valueOf(e.day()), e.type(), e.json().at("/cameo/code").asText(""), e.context().name(),
                side(e, "source"), side(e, "target"), e.json().path("place").asText(""));
    }

    private static String side(StoredEvent e, String which) {
        var p = e.json().path(which);
        if (!p.isObject()) {
            return "";
        }
        String actor = p.path("actor").asText("");
        return actor.isEmpty() ? p.path("country").asText("").toUpperCase(Locale.ROOT) : actor;
    }

    private static final class Tally {
        StoredEvent rep;
        int mentions;
        final Set<String> articles = new HashSet<>();
        final Set<String> outlets = new HashSet<>();

        void add(StoredEvent e) {
            mentions++;
            articles.add(e.article());
            outlets.add(e.outlet() == null ? "article:" + e.article() : e.outlet());
            if (rep == null || !rep.article().equals(rep.story()) && e.article().equals(e.story())) {
                rep = e;
            }
        }
    }
}
