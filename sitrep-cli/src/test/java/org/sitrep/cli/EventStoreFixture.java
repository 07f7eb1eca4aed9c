package org.sitrep.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Casualties;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.EventContext;
import org.sitrep.model.EventDate;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.store.SitrepStore;

/**
 * A store of invented articles on Iraqi factions and American troops, written straight into the store (no analysis):
 * w1 (2024-01-10, Wire One) reports an attack on Monday 2024-01-08 that killed two; w2 is its copy at Paper Two (same
 * story); w3 (2024-01-24) a rocket attack by a group of two factions, dated by the article; w4 (2024-02-07) a report
 * that the factions did not carry out attacks (negated); w5 (2024-02-14) a meeting (CONSULT) and a threat.
 */
final class EventStoreFixture {
    static final Actor KH = new Actor("org:kataib-hezbollah", "Kataib Hezbollah", ActorType.MILITIA, List.of("Kataib Hezbollah"), List.of(),
            "IRQREB", "IRQ");
    static final Actor NUJABA = new Actor("org:nujaba", "Nujaba", ActorType.MILITIA, List.of("Nujaba"), List.of(), "IRQREB", "IRQ");
    static final Actor FACTIONS = new Actor("group:kataib-hezbollah+nujaba", "Kataib Hezbollah and Nujaba", ActorType.GROUP,
            List.of("the Nujaba and Kataib Hezbollah factions"), List.of(), "IRQREB", "IRQ", List.of("org:nujaba", "org:kataib-hezbollah"));
    static final Actor TROOPS = new Actor("agent:USAMIL", "US military", ActorType.MILITARY, List.of("American troops"), List.of(), "USAMIL", "USA");
    static final Actor SUDANI = new Actor("person:mohammed-shia-al-sudani", "Mohammed Shia al-Sudani", ActorType.PERSON, List.of("Sudani"),
            List.of("Prime Minister"), "IRQGOV", "IRQ");
    static final Place ASAD = new Place("sitrep:ain-al-asad-air-base", "Ain al-Asad Air Base", 33.79, 42.44, "IQ", "site", "Anbar", 0, 1.0);
    static final Place ERBIL = new Place("geonames:95446", "Erbil", 36.19117, 44.00943, "IQ", "city", "Erbil", 1612700, 1.0);
    static final Place BAGHDAD = new Place("geonames:98182", "Baghdad", 33.34058, 44.40088, "IQ", "city", "Baghdad", 7216000, 1.0);

    /** The wire story of w1 and w2: long enough for its copy to be found as one story. */
    static final String ATTACK = "Kataib Hezbollah fighters attacked American troops at Ain al-Asad on Monday, killing two, officials said. "
            + "The base in western Anbar hosts soldiers of the international coalition, and it has been targeted by drones and rockets "
            + "several times since October. Officials gave no details about the weapons used and said an investigation had begun. "
            + "The attack came as the government in Baghdad sought to calm tensions between the armed factions and Washington.";

    private EventStoreFixture() {}

    /** Writes the five articles into a new store at {@code dir}. */
    static void write(Path dir) {
        try (SitrepStore s = SitrepStore.open(dir)) {
            for (Document d : documents()) {
                s.put(d);
            }
            s.commit();
        }
    }

    static List<Document> documents() {
        List<Document> out = new ArrayList<>();
        EventCoding battle = new EventCoding("190", 4, -10.0, "Battles", "Armed clash", "Political militia", "External/Other forces");
        EventDate monday = new EventDate(LocalDate.of(2024, 1, 8), "2024-01-08", EventDate.Precision.DAY, "sentence", null);
        for (String[] copy : new String[][] {{"w1", "Wire One", "https://wire.one/attack", ATTACK},
                {"w2", "Paper Two", "https://paper.two/news/attack", ATTACK + " Copyright Paper Two."}}) {
            String text = copy[3];
            Event e = event(text, "attacked", "ASSAULT", EventContext.ASSERTED, side(text, "Kataib Hezbollah", KH, "IRQ"),
                    side(text, "American troops", TROOPS, "USA"), ASAD, battle, monday, true);
            int killing = text.indexOf("killing two");
            e = e.withCasualties(new Casualties(2, null, false, Span.of(text, killing, killing + 11)));
            out.add(doc(copy[0], copy[1], copy[2], LocalDate.of(2024, 1, 10), text, List.of(KH, TROOPS), List.of(ASAD), List.of(e)));
        }
        String w3 = "The Nujaba and Kataib Hezbollah factions fired rockets at American troops in Erbil, saying \"enough\".";
        out.add(doc("w3", "Wire One", "https://wire.one/rockets", LocalDate.of(2024, 1, 24), w3, List.of(KH, NUJABA, FACTIONS, TROOPS), List.of(ERBIL),
                List.of(event(w3, "fired", "ASSAULT", EventContext.ASSERTED, side(w3, "The Nujaba and Kataib Hezbollah factions", FACTIONS, "IRQ"),
                        side(w3, "American troops", TROOPS, "USA"), ERBIL,
                        new EventCoding("195", 4, -10.0, "Explosions/Remote violence", "Shelling/artillery/missile attack", "Political militia",
                                "External/Other forces"), null, true))));
        String w4 = "For the second consecutive week, Iraqi armed factions did not carry out attacks against American troops.";
        out.add(doc("w4", "Wire One", "https://wire.one/calm", LocalDate.of(2024, 2, 7), w4, List.of(TROOPS), List.of(),
                List.of(event(w4, "attacks", "ASSAULT", EventContext.NEGATED, side(w4, "Iraqi armed factions", null, "IRQ"),
                        side(w4, "American troops", TROOPS, "USA"), null, battle, null, true))));
        String w5 = "Prime Minister Mohammed Shia al-Sudani met American envoys in Baghdad. Kataib Hezbollah vowed to attack American troops.";
        out.add(doc("w5", "Paper Two", "https://paper.two/news/meeting", LocalDate.of(2024, 2, 14), w5, List.of(SUDANI, KH, TROOPS), List.of(BAGHDAD),
                List.of(event(w5, "met", "CONSULT", EventContext.ASSERTED, side(w5, "Prime Minister Mohammed Shia al-Sudani", SUDANI, "IRQ"), null, BAGHDAD,
                                new EventCoding("040", 1, 1.0, null, null), null, true),
                        event(w5, "attack", "ASSAULT", EventContext.THREATENED, side(w5, "Kataib Hezbollah", KH, "IRQ"),
                                side(w5, "American troops", TROOPS, "USA"), null, null, null, false))));
        return out;
    }

    private static Participant side(String text, String words, Actor actor, String country) {
        int at = text.indexOf(words);
        return new Participant(Span.of(text, at, at + words.length()), actor == null ? null : actor.id(), country);
    }

    private static Event event(String text, String trigger, String type, EventContext context, Participant source, Participant target, Place place,
                               EventCoding coding, EventDate date, boolean main) {
        int t = text.indexOf(trigger);
        int end = text.indexOf('.', t) + 1;
        int start = Math.max(0, text.lastIndexOf(". ", t) + 2);
        if (text.lastIndexOf(". ", t) < 0) {
            start = 0;
        }
        return new Event(type, null, Span.of(text, t, t + trigger.length()), source, target, place == null ? null : place.id(), null, context,
                Span.of(text, start, end), null, coding, date, null, null, main);
    }

    private static Document doc(String id, String outlet, String url, LocalDate published, String text, List<Actor> actors, List<Place> places,
                                List<Event> events) {
        Article a = new Article(id, url, outlet, "Title of " + id, new PublicationDate(published, DateSource.GIVEN), List.of(), List.of(), text, "en",
                OffsetMap.shifted(0, text.length()));
        return Document.of(a).withActors(List.of(), actors).withPlaces(List.of(), places).withEvents(events);
    }
}
