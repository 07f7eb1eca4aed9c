package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.DocumentJson;
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
import org.sitrep.store.Calm;
import org.sitrep.store.EventExport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.ExportRows;
import org.sitrep.store.SitrepStore;

/**
 * Issue 11: {@code /api/timeline}, {@code /api/calm} and {@code /api/export} on the real app over a store of four
 * invented articles around Mosul: a shelling on Monday 2024-03-04 (week 10), a meeting and a shooting in week 11, and a
 * report in week 12 that the militia did not attack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsApiTest {
    private static final Actor MILITIA = new Actor("org:example-brigade", "Example Brigade", ActorType.MILITIA, List.of("the brigade"), List.of(),
            "IRQMIL", "IRQ");
    private static final Actor POLICE = new Actor("agent:IRQCOP", "Iraqi police", ActorType.POLICE, List.of("police"), List.of(), "IRQCOP", "IRQ");
    private static final Actor GOVERNOR = new Actor("person:example-governor", "Example Governor", ActorType.PERSON, List.of("the governor"),
            List.of(), "IRQGOV", "IRQ");
    private static final Place MOSUL = new Place("geonames:99072", "Mosul", 36.335, 43.11889, "IQ", "city", "Nineveh", 1739800, 1.0);

    private final ObjectMapper mapper = DocumentJson.mapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private SitrepStore store;
    private Javalin app;

    @BeforeAll
    void start(@TempDir Path dir) {
        store = SitrepStore.open(dir.resolve("index"));
        EventCoding shelling = new EventCoding("195", 4, -10.0, "Explosions/Remote violence", "Shelling/artillery/missile attack",
                "Political militia", "State forces");
        String n1 = "The brigade shelled a police post near Mosul on Monday, officials said.";
        store.put(doc("n1", LocalDate.of(2024, 3, 5), n1, List.of(event(n1, "shelled", "ASSAULT", EventContext.ASSERTED, side(n1, "The brigade", MILITIA),
                side(n1, "police", POLICE), shelling, new EventDate(LocalDate.of(2024, 3, 4), "2024-03-04", EventDate.Precision.DAY, "sentence", null)))));
        String n2 = "Tribal leaders met the governor in Mosul to discuss \"security, water and roads\".";
        store.put(doc("n2", LocalDate.of(2024, 3, 13), n2, List.of(event(n2, "met", "CONSULT", EventContext.ASSERTED, null,
                side(n2, "the governor", GOVERNOR), new EventCoding("040", 1, 1.0, null, null), null))));
        String n3 = "Gunmen fired on a police patrol in Mosul.";
        store.put(doc("n3", LocalDate.of(2024, 3, 14), n3, List.of(event(n3, "fired", "ASSAULT", EventContext.ASSERTED,
                new Participant(Span.of(n3, 0, 6), null, "IRQ"), side(n3, "police", POLICE),
                new EventCoding("190", 4, -10.0, "Violence against civilians", "Attack"), null))));
        String n4 = "For a second week the brigade did not attack the police in Mosul.";
        store.put(doc("n4", LocalDate.of(2024, 3, 20), n4, List.of(event(n4, "attack", "ASSAULT", EventContext.NEGATED, side(n4, "the brigade", MILITIA),
                side(n4, "police", POLICE), shelling, null))));
        store.commit();
        app = WebApp.create(store, WebSettings.of("t0ken"), request -> {
            throw new IllegalStateException("no ingest in this test");
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        app.stop();
        store.close();
    }

    private static Participant side(String text, String words, Actor actor) {
        int at = text.indexOf(words);
        return new Participant(Span.of(text, at, at + words.length()), actor.id(), actor.country());
    }

    private static Event event(String text, String trigger, String type, EventContext context, Participant source, Participant target,
                               EventCoding coding, EventDate date) {
        int t = text.indexOf(trigger);
        return new Event(type, null, Span.of(text, t, t + trigger.length()), source, target, MOSUL.id(), null, context, Span.of(text, 0, text.length()),
                null, coding, date, null, null, true);
    }

    private static Document doc(String id, LocalDate published, String text, List<Event> events) {
        Article a = new Article(id, "https://news.example/" + id, "Example News", "Title of " + id, new PublicationDate(published, DateSource.GIVEN),
                List.of(), List.of(), text, "en", OffsetMap.shifted(0, text.length()));
        return Document.of(a).withActors(List.of(), List.of(MILITIA, POLICE, GOVERNOR)).withPlaces(List.of(), List.of(MOSUL)).withEvents(events);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).GET().build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return mapper.readTree(r.body());
    }

    /** The status and the message of an error answer. */
    private String error(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        JsonNode body = mapper.readTree(r.body());
        assertEquals(r.statusCode(), body.get("status").asInt());
        return r.statusCode() + " " + body.get("message").asText();
    }

    private static String exported(SitrepStore s, EventQuery q, EventExport.Format format) {
        StringWriter w = new StringWriter();
        PrintWriter out = new PrintWriter(w);
        EventExport.write(s, q, format, out);
        out.flush();
        return w.toString();
    }

    @Test
    void the_timeline_by_type_counts_the_events_that_happened_per_iso_week() throws Exception {
        JsonNode t = json("/api/timeline?by=type");
        assertEquals("week", t.get("interval").asText());
        assertEquals("type", t.get("by").asText());
        List<String> rows = new ArrayList<>();
        t.get("rows").forEach(r -> rows.add(r.get("period").asText() + " " + r.get("key").asText() + " " + r.get("count").asInt()));
        assertEquals(List.of("2024-W10 ASSAULT 1", "2024-W11 ASSAULT 1", "2024-W11 CONSULT 1"), rows, "the negated attack of week 12 does not count");
        assertEquals(3, t.get("total").asInt());
        assertEquals(0, t.get("undated").asInt());
        assertEquals(0, t.get("coarse").asInt());
    }

    @Test
    void a_timeline_without_a_key_lists_every_day_of_the_range_with_a_null_key() throws Exception {
        JsonNode t = json("/api/timeline?interval=day&type=ASSAULT&since=2024-03-03&until=2024-03-05");
        assertEquals(3, t.get("rows").size());
        assertEquals("2024-03-04", t.at("/rows/1/period").asText());
        assertEquals(1, t.at("/rows/1/count").asInt());
        assertEquals(0, t.at("/rows/2/count").asInt());
        assertEquals(true, t.at("/rows/0/key").isNull());
        assertEquals(true, t.get("by").isNull());
    }

    @Test
    void the_event_filters_read_comma_separated_contexts_and_types() throws Exception {
        JsonNode t = json("/api/timeline?by=context&context=negated,%20asserted&type=assault,CONSULT&place=mosul&source=brigade");
        List<String> rows = new ArrayList<>();
        t.get("rows").forEach(r -> rows.add(r.get("period").asText() + " " + r.get("key").asText()));
        assertEquals(List.of("2024-W10 asserted", "2024-W12 negated"), rows);
        assertEquals(4, json("/api/timeline?all-contexts=true").get("total").asInt());
    }

    @Test
    void a_bad_interval_is_a_400_naming_the_parameter() throws Exception {
        assertEquals("400 The parameter 'interval' must be one of day, week, got 'month'", error("/api/timeline?interval=month"));
    }

    @Test
    void a_bad_context_or_a_range_backwards_is_a_400_naming_the_parameter() throws Exception {
        assertThat(error("/api/timeline?context=asserted,rumoured")).startsWith("400 The parameter 'context' must list some of asserted, negated,")
                .endsWith("got 'rumoured'");
        assertThat(error("/api/timeline?since=2024-03-10&until=2024-03-01")).startsWith("400 The parameter 'since' (2024-03-10) must not be after 'until'");
        assertThat(error("/api/timeline?since=2024-13-01")).startsWith("400 The parameter 'since' must be a date");
    }

    @Test
    void a_timeline_of_more_days_than_the_limit_is_a_400_not_a_million_rows() throws Exception {
        assertThat(error("/api/timeline?interval=day&since=0001-01-01&until=2024-03-20"))
                .startsWith("400 The timeline from 0001-01-01 to 2024-03-20 spans").contains("'since' and 'until'");
    }

    @Test
    void calm_gives_the_last_attack_the_days_and_weeks_since_and_the_reports_of_no_attack() throws Exception {
        JsonNode c = json("/api/calm?source=brigade&target=police&as-of=2024-03-24");
        assertEquals("ASSAULT by brigade on police", c.get("query").asText());
        assertEquals("n1", c.at("/lastEvent/article").asText());
        assertEquals("2024-03-04", c.at("/lastEvent/day").asText());
        assertEquals(20, c.get("daysSince").asInt());
        assertEquals(2, c.get("eventFreeWeeks").asInt(), "2024-W11 and W12");
        assertEquals(true, c.get("asOfWeekComplete").asBoolean(), "the 24th is a Sunday");
        assertEquals(1, c.get("nonEventsSinceLast").asInt());
        assertEquals("n4", c.at("/nonEvents/0/article").asText());
        assertEquals("negated", c.at("/nonEvents/0/context").asText());
    }

    @Test
    void calm_answers_the_json_of_sitrep_calm_and_measures_up_to_the_latest_event_by_default() throws Exception {
        JsonNode c = json("/api/calm?source-country=irq&type=ASSAULT,coerce&limit=1");
        Calm expected = Calm.of(store, new Calm.Question(List.of("ASSAULT", "coerce"), null, null, "irq", null), LocalDate.of(2024, 3, 14), 1);
        assertEquals(mapper.readTree(mapper.writeValueAsString(expected.json())), c, "the JSON of sitrep calm --json");
        assertEquals("2024-03-14", c.get("asOf").asText(), "the latest day of an event that happened");
        assertEquals("n3", c.at("/lastEvent/article").asText(), "the gunmen are known only by their country");
    }

    @Test
    void a_calm_limit_beyond_the_maximum_is_a_400() throws Exception {
        assertEquals("400 The parameter 'limit' must be between 1 and 100, got 101", error("/api/calm?limit=101"));
    }

    @Test
    void the_gdelt_export_is_a_csv_attachment_with_the_bytes_sitrep_export_writes() throws Exception {
        HttpResponse<String> r = get("/api/export?format=gdelt");
        assertEquals(200, r.statusCode(), r.body());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).isEqualTo("attachment; filename=\"sitrep-gdelt.csv\"");
        String[] lines = r.body().split("\r\n");
        assertEquals(String.join(",", ExportRows.GDELT), lines[0]);
        assertEquals(4, lines.length, "a header and the three events that happened");
        String shelling = "n1#e" + "The brigade ".length();
        assertThat(lines[1]).startsWith(ExportRows.globalId(shelling) + ",20240304,202403,2024,")
                .contains(",195,195,19,4,-10.0,1,1,1,,4,\"Mosul, Nineveh, Iraq\",IQ,36.335,43.11889,99072,20240305000000,https://news.example/n1,")
                .endsWith(",ASSAULT,asserted,," + shelling);
        assertEquals(exported(store, EventQuery.all().withContexts(EventQuery.HAPPENED), EventExport.Format.GDELT), r.body());
    }

    @Test
    void the_acled_export_lists_the_acled_events_and_refuses_all_contexts() throws Exception {
        HttpResponse<String> r = get("/api/export?format=ACLED&since=2024-03-10");
        assertEquals(200, r.statusCode(), r.body());
        assertThat(r.body()).startsWith(String.join(",", ExportRows.ACLED) + "\r\n").contains(",Violence against civilians,Attack,");
        assertEquals(2, r.body().split("\r\n").length, "the header and the shooting of the 14th");
        assertEquals("400 The parameter 'all-contexts' does not go with format 'acled': ACLED lists events that happened",
                error("/api/export?format=acled&all-contexts=true"));
    }

    @Test
    void the_jsonl_export_gives_each_event_on_a_line_with_its_article_and_day() throws Exception {
        HttpResponse<String> r = get("/api/export?format=jsonl&all-contexts=yes");
        assertEquals(200, r.statusCode(), r.body());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        List<String> days = new ArrayList<>();
        for (String line : r.body().split("\n")) {
            JsonNode e = mapper.readTree(line);
            days.add(e.get("article").asText() + " " + e.get("day").asText() + " " + e.get("context").asText());
        }
        assertEquals(List.of("n1 2024-03-04 asserted", "n2 2024-03-13 asserted", "n3 2024-03-14 asserted", "n4 2024-03-20 negated"), days);
        assertEquals(exported(store, EventQuery.all(), EventExport.Format.JSONL), r.body());
    }

    @Test
    void an_unknown_or_missing_export_format_is_a_400_naming_the_parameter() throws Exception {
        assertEquals("400 The parameter 'format' must be one of gdelt, acled, jsonl, got 'xlsx'", error("/api/export?format=xlsx"));
        assertEquals("400 The parameter 'format' is required: gdelt, acled or jsonl", error("/api/export"));
    }
}
