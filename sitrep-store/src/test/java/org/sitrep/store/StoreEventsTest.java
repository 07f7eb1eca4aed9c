package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
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

/** Issue 10: events are indexed by their own day, context, type, source and target apart, place, and read back in order. */
class StoreEventsTest {
    @TempDir
    Path dir;

    private static final Actor KH = new Actor("org:kataib-hezbollah", "Kataib Hezbollah", ActorType.MILITIA, List.of("Kataib Hezbollah"),
            List.of(), "IRQREB", "IRQ");
    private static final Actor NUJABA = new Actor("org:nujaba", "Nujaba", ActorType.MILITIA, List.of("Nujaba"), List.of(), "IRQREB", "IRQ");
    private static final Actor FACTIONS = new Actor("group:kataib-hezbollah+nujaba", "Kataib Hezbollah and Nujaba", ActorType.GROUP,
            List.of("the Nujaba and Kataib Hezbollah factions"), List.of(), "IRQREB", "IRQ", List.of("org:nujaba", "org:kataib-hezbollah"));
    private static final Actor TROOPS = new Actor("agent:USAMIL", "US military", ActorType.MILITARY, List.of("American troops"), List.of(),
            "USAMIL", "USA");
    private static final Place ERBIL = new Place("geonames:95446", "Erbil", 36.19117, 44.00943, "IQ", "city");

    /** An article of one sentence whose event's trigger is {@code trigger}, {@code source} acting on the US troops. */
    static Document doc(String id, LocalDate published, String text, String trigger, String type, EventContext context, Actor source,
                        EventDate date) {
        Article a = new Article(id, "https://news.example/" + id, "Outlet " + id, "Title " + id,
                published == null ? PublicationDate.UNKNOWN : new PublicationDate(published, DateSource.GIVEN), List.of(), List.of(), text, "en",
                OffsetMap.shifted(0, text.length()));
        int t = text.indexOf(trigger);
        int troops = text.indexOf("American troops");
        Span all = Span.of(text, 0, text.length());
        Participant src = source == null ? new Participant(Span.of(text, 0, 3), null, "IRQ") : new Participant(Span.of(text, 0, 3), source.id(), "IRQ");
        Participant tgt = new Participant(Span.of(text, troops, troops + 15), TROOPS.id(), "USA");
        Event e = new Event(type, null, Span.of(text, t, t + trigger.length()), src, tgt, ERBIL.id(), null, context, all, null,
                new EventCoding("190", 4, -10.0, "Battles", "Armed clash"), date, null, null, true);
        List<Actor> actors = new ArrayList<>(List.of(KH, NUJABA, TROOPS));
        if (source == FACTIONS) {
            actors.add(FACTIONS);
        }
        return Document.of(a).withActors(List.of(), actors).withPlaces(List.of(), List.of(ERBIL)).withEvents(List.of(e));
    }

    private void fill(SitrepStore s) {
        s.put(doc("a1", LocalDate.of(2024, 1, 10), "Kataib Hezbollah fighters attacked American troops near Erbil on Monday.", "attacked",
                "ASSAULT", EventContext.ASSERTED, KH, new EventDate(LocalDate.of(2024, 1, 8), "2024-01-08", EventDate.Precision.DAY, "sentence", null)));
        s.put(doc("a2", LocalDate.of(2024, 1, 24), "The Nujaba and Kataib Hezbollah factions fired rockets at American troops in Erbil.", "fired",
                "ASSAULT", EventContext.ASSERTED, FACTIONS, null));
        s.put(doc("a3", LocalDate.of(2024, 2, 7), "For a second week, Iraqi armed factions did not attack American troops in Erbil.", "attack",
                "ASSAULT", EventContext.NEGATED, null, null));
        s.put(doc("a4", null, "Kataib Hezbollah threatened American troops across Erbil province.", "threatened", "THREATEN",
                EventContext.ASSERTED, KH, null));
        s.commit();
    }

    private static List<String> ids(List<StoredEvent> events) {
        return events.stream().map(StoredEvent::article).toList();
    }

    private static List<String> all(SitrepStore s, EventQuery q) {
        List<StoredEvent> out = new ArrayList<>();
        s.forEachEvent(q, out::add);
        return ids(out);
    }

    @Test
    void events_stream_in_order_of_their_own_day_undated_first() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            fill(s);
            List<StoredEvent> out = new ArrayList<>();
            assertEquals(4, s.forEachEvent(EventQuery.all(), out::add));
            assertEquals(List.of("a4", "a1", "a2", "a3"), ids(out));
            StoredEvent first = out.get(1);
            assertEquals(LocalDate.of(2024, 1, 8), first.day(), "the sentence's date, not the article's");
            assertEquals("day", first.precision());
            assertEquals(LocalDate.of(2024, 1, 24), out.get(2).day(), "no date of its own: the article's day");
            assertEquals("article", out.get(2).precision());
            assertEquals("a1#e" + "Kataib Hezbollah fighters ".length(), first.id());
            assertEquals("IRQREB", first.source().code());
            assertEquals(36.19117, first.place().lat());
            assertEquals("https://news.example/a1", first.url());
            assertEquals("Outlet a1", first.outlet());
        }
    }

    @Test
    void source_and_target_are_filtered_apart_and_a_group_matches_through_its_members() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            fill(s);
            assertEquals(List.of("a4", "a1", "a2"), all(s, EventQuery.all().withSource("org:kataib-hezbollah")));
            assertEquals(List.of("a2"), all(s, EventQuery.all().withSource("nujaba")), "the group's member");
            assertEquals(List.of(), all(s, EventQuery.all().withTarget("nujaba")));
            assertEquals(List.of("a4", "a1", "a2", "a3"), all(s, EventQuery.all().withTarget("troops")));
            assertEquals(List.of("a4", "a1", "a2", "a3"), all(s, EventQuery.all().withSourceCountry("irq").withTargetCountry("USA")));
            assertEquals(List.of(), all(s, EventQuery.all().withSourceCountry("USA")));
            assertEquals(List.of("a2"), all(s, EventQuery.all().withActor("nujaba")));
        }
    }

    @Test
    void type_context_place_and_days_narrow_the_events() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            fill(s);
            assertEquals(List.of("a1", "a2", "a3"), all(s, EventQuery.all().withTypes(Set.of("assault"))));
            assertEquals(List.of("a4", "a1", "a2"), all(s, EventQuery.all().withContexts(EventQuery.HAPPENED)));
            assertEquals(List.of("a3"), all(s, EventQuery.all().withContexts(Set.of(EventContext.NEGATED))));
            assertEquals(4, all(s, EventQuery.all().withPlace("erbil")).size());
            assertEquals(4, all(s, EventQuery.all().withPlace("IQ")).size());
            assertEquals(List.of(), all(s, EventQuery.all().withPlace("beirut")));
            assertEquals(List.of("a2", "a3"), all(s, EventQuery.all().withDays(LocalDate.of(2024, 1, 9), null)));
            assertEquals(List.of("a1"), all(s, EventQuery.all().withDays(null, LocalDate.of(2024, 1, 8))));
            assertEquals(2L, s.countEvents(EventQuery.all().withTypes(Set.of("ASSAULT")).withContexts(EventQuery.HAPPENED)));
            assertEquals(List.of("a3", "a2"), ids(s.latestEvents(EventQuery.all().withTypes(Set.of("ASSAULT")), 2)));
        }
    }

    @Test
    void more_events_than_a_page_stream_whole_and_in_order() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            LocalDate start = LocalDate.of(2024, 1, 1);
            int n = EventRecords.PAGE * 2 + 7;
            for (int i = 0; i < n; i++) {
                s.put(doc("p" + i, start.plusDays(i % 50), "Kataib Hezbollah attacked American troops in Erbil " + i + " times.", "attacked",
                        "ASSAULT", EventContext.ASSERTED, KH, null));
            }
            s.commit();
            List<StoredEvent> out = new ArrayList<>();
            assertEquals(n, s.forEachEvent(EventQuery.all(), out::add));
            for (int i = 1; i < out.size(); i++) {
                assertEquals(true, !out.get(i).day().isBefore(out.get(i - 1).day()), "out of order at " + i);
            }
            assertEquals(n, out.stream().map(StoredEvent::id).distinct().count());
        }
    }

    @Test
    void the_event_fields_survive_reopening_and_appending() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            fill(s);
        }
        try (SitrepStore s = SitrepStore.open(dir)) {
            s.put(doc("a5", LocalDate.of(2024, 3, 1), "Kataib Hezbollah attacked American troops in Erbil.", "attacked", "ASSAULT",
                    EventContext.ASSERTED, KH, null));
            s.commit();
        }
        try (SitrepStore s = SitrepStore.openExisting(dir)) {
            assertEquals(5L, s.countEvents(EventQuery.all()));
        }
    }

    @Test
    void a_store_written_before_the_event_fields_still_searches_and_asks_to_be_rebuilt_for_analytics() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
            old.add(new StringField(Fields.KIND, Kind.EVENT.field(), Field.Store.YES));
            old.add(new StringField(Fields.ID, "old#e1", Field.Store.YES));
            w.addDocument(old);
            w.commit();
        }
        try (SitrepStore s = SitrepStore.openExisting(dir)) {
            assertEquals(1L, s.stats().records().get(Kind.EVENT));
            StoreException e = assertThrows(StoreException.class, () -> s.countEvents(EventQuery.all()));
            assertEquals("The store at '" + dir + "' was written before events were indexed for analytics (event fields version 2); "
                    + "rebuild it: ingest the articles again into a new --store directory", e.getMessage());
        }
    }

    @Test
    void a_range_with_since_after_until_is_refused_naming_both() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventQuery.all().withDays(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
        assertEquals("The parameter 'since' (2024-02-01) must not be after 'until' (2024-01-01).", e.getMessage());
    }
}
