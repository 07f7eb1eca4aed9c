package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventContext;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;

/**
 * How an event is kept for analytics: its own day and ISO week, context, PLOVER type, CAMEO root, source and target
 * actor terms apart (an actor's id, its id without the kind, its name, its name and alias words; a group's members'
 * too), countries, place and main flag as index terms; its participants' actors and its place stored with
 * it ({@link Fields#REFS}), so that an export reads one record per event and never its article.
 */
final class EventRecords {
    /** The commit user-data key saying which version of the event fields a store's events carry. */
    static final String SCHEMA_KEY = "sitrep.events";
    /** The version of the event fields this code writes and reads. */
    static final String SCHEMA = "2";
    /** Events read per page when streaming: bounds memory whatever the store's size. */
    static final int PAGE = 500;
    /** The event order: day (undated first), then id. */
    static final Sort ORDER = new Sort(day(false), new SortField(Fields.ID_SORT, SortField.Type.STRING));
    /** The reverse order: latest day first. */
    static final Sort LATEST_FIRST = new Sort(day(true), new SortField(Fields.ID_SORT, SortField.Type.STRING, true));
    /** The stored fields an event is read back from. */
    static final Set<String> READ = Set.of(Fields.ID, Fields.ARTICLE, Fields.STORY, Fields.TITLE, Fields.DAY_STORED, Fields.EVENT_DAY,
            Fields.JSON, Fields.REFS);

    private EventRecords() {}

    private static SortField day(boolean reverse) {
        SortField f = new SortField(Fields.EVENT_DAY, SortField.Type.LONG, reverse);
        f.setMissingValue(Long.MIN_VALUE); // undated events first, or last when reversed
        return f;
    }

    /** Adds event {@code e}'s analytics fields to its record {@code r}; {@code article} is the document's JSON. */
    static void addFields(org.apache.lucene.document.Document r, Document doc, Event e, String id, ObjectNode article, String outlet) {
        LocalDate day = e.date() != null && e.date().day() != null ? e.date().day() : doc.article().published().value().orElse(null);
        String precision = e.date() != null && e.date().day() != null ? e.date().precision().name().toLowerCase(Locale.ROOT)
                : day == null ? null : "article";
        if (day != null) {
            r.add(new LongPoint(Fields.EVENT_DAY, day.toEpochDay()));
            r.add(new NumericDocValuesField(Fields.EVENT_DAY, day.toEpochDay()));
            r.add(new StoredField(Fields.EVENT_DAY, day.toString()));
            r.add(new StringField(Fields.EVENT_WEEK, week(day), Field.Store.NO));
        }
        r.add(new SortedDocValuesField(Fields.ID_SORT, new BytesRef(id)));
        r.add(new StringField(Fields.CONTEXT, context(e).name().toLowerCase(Locale.ROOT), Field.Store.NO));
        if (e.coding() != null) {
            r.add(new StringField(Fields.CAMEO_ROOT, e.coding().cameo().substring(0, 2), Field.Store.NO));
        }
        participant(r, doc, e.source(), Fields.SOURCE, Fields.SOURCE_COUNTRY);
        participant(r, doc, e.target(), Fields.TARGET, Fields.TARGET_COUNTRY);
        JsonNode place = e.place() == null ? null : byId(article.get("places"), e.place());
        if (e.place() != null) {
            Set<String> terms = new LinkedHashSet<>();
            terms.add(e.place().toLowerCase(Locale.ROOT));
            if (place != null) {
                String name = place.path("name").asText("").toLowerCase(Locale.ROOT).strip();
                if (!name.isEmpty()) {
                    terms.add(name);
                    for (String w : name.split("[\\s,]+")) {
                        if (w.length() > 2) {
                            terms.add(w);
                        }
                    }
                }
                if (place.hasNonNull("country")) {
                    r.add(new StringField(Fields.PLACE_COUNTRY, place.get("country").asText().toUpperCase(Locale.ROOT), Field.Store.NO));
                }
            }
            terms.forEach(t -> r.add(new StringField(Fields.PLACE, t, Field.Store.NO)));
        }
        r.add(new StringField(Fields.MAIN, Boolean.toString(e.main()), Field.Store.NO));
        if (outlet != null) {
            r.add(new StringField(Fields.OUTLET, outlet, Field.Store.YES));
        }
        ObjectNode refs = DocumentJson.mapper().createObjectNode();
        refs.put("url", doc.article().source()).put("outlet", outlet).put("precision", precision);
        refs.set("source", e.source() == null || e.source().actor() == null ? null : byId(article.get("actors"), e.source().actor()));
        refs.set("target", e.target() == null || e.target().actor() == null ? null : byId(article.get("actors"), e.target().actor()));
        refs.set("place", place);
        r.add(new StoredField(Fields.REFS, refs.toString()));
    }

    private static EventContext context(Event e) {
        return e.context() == null ? EventContext.ASSERTED : e.context();
    }

    /** The ISO week of {@code day}: {@code 2024-W41}. */
    static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void participant(org.apache.lucene.document.Document r, Document doc, Participant p, String field, String countryField) {
        if (p == null) {
            return;
        }
        Set<String> terms = new LinkedHashSet<>(SitrepStore.RecordMapper.terms(doc, p.actor()));
        String country = p.country();
        if (p.actor() != null) {
            terms.add(localId(p.actor()));
            Actor a = doc.actor(p.actor()).orElse(null);
            if (a != null) {
                for (String member : a.members()) {
                    terms.addAll(SitrepStore.RecordMapper.terms(doc, member));
                    terms.add(localId(member));
                }
                if (country == null) {
                    country = a.country();
                }
            }
        }
        terms.forEach(t -> r.add(new StringField(field, t, Field.Store.NO)));
        if (country != null && !country.isBlank()) {
            r.add(new StringField(countryField, country.strip().toUpperCase(Locale.ROOT), Field.Store.NO));
        }
    }

    /** An actor id without its kind: "kataib-hezbollah" for "org:kataib-hezbollah". */
    private static String localId(String id) {
        return id.substring(id.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static JsonNode byId(JsonNode arr, String id) {
        if (arr != null) {
            for (JsonNode n : arr) {
                if (id.equals(n.path("id").asText(null))) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The Lucene query of {@code q}: event records only, every filter as a FILTER clause. */
    static Query query(EventQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, Kind.EVENT.field())), BooleanClause.Occur.FILTER);
        if (!q.types().isEmpty()) {
            b.add(anyOf(Fields.TYPE, q.types().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()), BooleanClause.Occur.FILTER);
        }
        if (!q.contexts().isEmpty()) {
            b.add(anyOf(Fields.CONTEXT, q.contexts().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList()), BooleanClause.Occur.FILTER);
        }
        term(b, Fields.SOURCE, lower(q.source()));
        term(b, Fields.TARGET, lower(q.target()));
        if (lower(q.actor()) != null) {
            b.add(anyField(lower(q.actor()), Fields.SOURCE, Fields.TARGET), BooleanClause.Occur.FILTER);
        }
        term(b, Fields.SOURCE_COUNTRY, upper(q.sourceCountry()));
        term(b, Fields.TARGET_COUNTRY, upper(q.targetCountry()));
        if (lower(q.place()) != null) {
            BooleanQuery.Builder p = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.PLACE, lower(q.place()))), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.PLACE_COUNTRY, upper(q.place()))), BooleanClause.Occur.SHOULD);
            b.add(p.build(), BooleanClause.Occur.FILTER);
        }
        if (q.story() != null) {
            b.add(new TermQuery(new Term(Fields.STORY, q.story().strip())), BooleanClause.Occur.FILTER);
        }
        if (q.since() != null || q.until() != null) {
            b.add(LongPoint.newRangeQuery(Fields.EVENT_DAY, q.since() == null ? Long.MIN_VALUE : q.since().toEpochDay(),
                    q.until() == null ? Long.MAX_VALUE : q.until().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Query anyOf(String field, List<String> values) {
        List<BytesRef> terms = new ArrayList<>();
        values.forEach(v -> terms.add(new BytesRef(v)));
        return new TermInSetQuery(field, terms);
    }

    private static Query anyField(String value, String... fields) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : fields) {
            b.add(new TermQuery(new Term(f, value)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static void term(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    /** The event a stored record holds. */
    static StoredEvent read(org.apache.lucene.document.Document d) throws IOException {
        ObjectNode json = (ObjectNode) DocumentJson.mapper().readTree(d.get(Fields.JSON));
        JsonNode refs = DocumentJson.mapper().readTree(d.get(Fields.REFS));
        String day = d.get(Fields.EVENT_DAY);
        String published = d.get(Fields.DAY_STORED);
        return new StoredEvent(d.get(Fields.ID), d.get(Fields.ARTICLE), d.get(Fields.STORY), d.get(Fields.TITLE), text(refs, "url"),
                text(refs, "outlet"), published == null ? null : LocalDate.parse(published), day == null ? null : LocalDate.parse(day),
                text(refs, "precision"), json, actor(refs.get("source")), actor(refs.get("target")), place(refs.get("place")));
    }

    private static Actor actor(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Actor(n.path("id").asText(), n.path("name").asText(), ActorType.valueOf(n.path("type").asText("ORGANIZATION")),
                strings(n.get("aliases")), strings(n.get("roles")), text(n, "code"), text(n, "country"), strings(n.get("members")));
    }

    private static Place place(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Place(n.path("id").asText(), n.path("name").asText(), n.path("lat").asDouble(), n.path("lon").asDouble(), text(n, "country"),
                text(n, "kind"), text(n, "admin1"), n.path("population").asLong(), n.path("confidence").asDouble(1.0));
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null) {
            arr.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
