package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Document;
import org.sitrep.model.Stance;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SitrepStore;

/** Issue 11: the read API over a store of hand-built articles. */
class WebApiTest {
    @TempDir
    static Path dir;
    static SitrepStore store;
    static Javalin app;
    static WebFixtures.Client client;
    static final List<Document> DOCS = new ArrayList<>();

    @BeforeAll
    static void start() {
        store = SitrepStore.open(dir.resolve("index"));
        DOCS.add(WebFixtures.article("a1", LocalDate.of(2024, 10, 9), WebFixtures.HOCHSTEIN, "said",
                Stance.ASSERT, "the US had asked Lebanon to declare a unilateral ceasefire"));
        DOCS.add(WebFixtures.article("b2", LocalDate.of(2024, 10, 11), WebFixtures.MIKATI, "denied",
                Stance.DENY, "the US had asked Lebanon to declare a unilateral ceasefire"));
        // An id holding a quote mark and a slash: the JSON must still be valid and the id must round-trip.
        DOCS.add(WebFixtures.article("q\"u/ote", LocalDate.of(2024, 10, 12), WebFixtures.HOCHSTEIN, "said", Stance.ASSERT,
                "talks on a truce would resume in Beirut"));
        DOCS.forEach(store::put);
        store.commit();
        app = WebApp.create(store, WebSettings.of("t0ken"), r -> {
            throw new IllegalStateException("no ingest here");
        }).start("127.0.0.1", 0);
        client = WebFixtures.Client.of(app);
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    @Test
    void search_marks_the_query_terms_in_each_snippet_and_counts_facets_over_all_matches() throws Exception {
        JsonNode r = client.json("/api/search?q=ceasefire&size=1");
        assertEquals(4, r.get("total").asInt());
        assertEquals(4, r.get("pages").asInt());
        assertEquals(1, r.get("hits").size());
        JsonNode snippet = r.at("/hits/0/snippet");
        String text = snippet.get("text").asText();
        assertThat(snippet.get("marks")).isNotEmpty();
        for (JsonNode m : snippet.get("marks")) {
            assertEquals("ceasefire", text.substring(m.get(0).asInt(), m.get(1).asInt()).toLowerCase());
        }
        // Both articles and both claims mention it; the facets count all four matches, not the one hit shown.
        assertThat(r.at("/facets/kind").toString()).contains("{\"value\":\"claim\",\"label\":\"claim\",\"count\":2}")
                .contains("{\"value\":\"article\",\"label\":\"article\",\"count\":2}");
        assertThat(r.at("/facets/stance").toString()).contains("\"value\":\"deny\"").contains("\"value\":\"assert\"");
        assertThat(r.at("/facets/actor").toString()).contains("\"value\":\"person:najib-mikati\",\"label\":\"Najib Mikati\"");
        assertThat(r.at("/facets/outlet").toString()).contains("Example News");
    }

    @Test
    void stats_count_records_by_kind_and_the_actors_claims_and_events_name_most_with_their_ids_as_stored() throws Exception {
        JsonNode r = client.json("/api/stats");
        assertEquals(3, r.at("/records/article").asInt());
        assertEquals(3, r.at("/records/claim").asInt());
        assertEquals(3, r.at("/records/event").asInt());
        // Ties go by name: Hezbollah before Israeli military.
        assertEquals("[{\"id\":\"org:hezbollah\",\"records\":3},{\"id\":\"agent:ISRMIL\",\"records\":3},"
                + "{\"id\":\"person:hochstein\",\"records\":2},{\"id\":\"person:najib-mikati\",\"records\":1}]", r.get("topActors").toString());
    }

    @Test
    void search_filters_by_event_type_place_and_stance() throws Exception {
        JsonNode events = client.json("/api/search?type=assault&place=beirut");
        assertEquals(3, events.get("total").asInt());
        events.get("hits").forEach(h -> assertEquals("event", h.get("kind").asText()));
        assertThat(events.at("/facets/place").toString()).contains("\"value\":\"geonames:276781\",\"label\":\"Beirut\",\"count\":3");
        JsonNode denials = client.json("/api/search?stance=deny");
        assertEquals(1, denials.get("total").asInt());
        assertEquals("b2", denials.at("/hits/0/article").asText());
        JsonNode page2 = client.json("/api/search?kind=article&size=2&page=2");
        assertEquals(1, page2.get("hits").size());
    }

    @Test
    void an_article_is_the_same_json_as_analyze_writes_even_with_a_quote_mark_in_its_id() throws Exception {
        for (Document d : DOCS) {
            String path = "/api/articles/" + java.net.URLEncoder.encode(d.article().id(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            JsonNode served = client.json(path);
            // What analyze writes for the document, in the story the store put it in.
            Document inStory = d.withArticle(d.article().withStory(served.get("story").asText()));
            assertEquals(DocumentJson.mapper().readTree(DocumentJson.write(inStory, false)), served);
        }
        JsonNode hit = client.json("/api/search?q=truce").at("/hits/0");
        assertEquals("q\"u/ote", hit.get("article").asText());
    }

    @Test
    void an_unknown_article_is_a_json_404_and_an_unknown_path_too() throws Exception {
        HttpResponse<String> r = client.get("/api/articles/nope");
        assertEquals(404, r.statusCode());
        assertEquals("{\"status\":404,\"message\":\"No article with id 'nope'\"}", r.body());
        HttpResponse<String> unknown = client.get("/api/nothing-here");
        assertEquals(404, unknown.statusCode());
        assertThat(unknown.body()).startsWith("{\"status\":404,\"message\":");
    }

    /**
     * Every field the read endpoints answer is a property of their OpenAPI schema (where the schema lists properties),
     * and every required property (every listed one, unless the schema says) is answered: the document describes what
     * the code really writes.
     */
    @Test
    void every_field_the_api_answers_is_the_one_its_openapi_schema_lists() throws Exception {
        JsonNode doc;
        try (java.io.InputStream in = WebApp.class.getResourceAsStream("/org/sitrep/web/openapi.json")) {
            doc = DocumentJson.mapper().readTree(in);
        }
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/api/search?q=ceasefire", "/api/stats", "/api/events", "/api/claims?all=true", "/api/actors/person:hochstein",
                "/api/places", "/api/places/geonames:276781", "/api/timeline?by=type")) {
            String template = path.replaceAll("\\?.*", "").replaceAll("/(actors|places)/[^/]+$", "/$1/{id}");
            JsonNode schema = doc.at("/paths/" + template.replace("/", "~1") + "/get/responses/200/content/application~1json/schema");
            compare(doc, schema, client.json(path), path, wrong);
        }
        assertEquals(List.of(), wrong);
    }

    private static void compare(JsonNode doc, JsonNode schema, JsonNode value, String at, List<String> wrong) {
        if (schema.has("$ref")) {
            compare(doc, doc.at(schema.get("$ref").asText().substring(1)), value, at, wrong);
        } else if (value.isArray() && schema.has("items")) {
            for (JsonNode v : value) {
                compare(doc, schema.get("items"), v, at + "[]", wrong);
            }
        } else if (value.isObject() && schema.has("properties")) {
            java.util.Set<String> answered = new java.util.TreeSet<>();
            value.fieldNames().forEachRemaining(answered::add);
            java.util.Set<String> listed = new java.util.TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(listed::add);
            java.util.Set<String> required = new java.util.TreeSet<>(listed); // all of them unless the schema says which
            if (schema.has("required")) {
                required.clear();
                schema.get("required").forEach(r -> required.add(r.asText()));
            }
            if (!listed.containsAll(answered) || !answered.containsAll(required)) {
                wrong.add(at + ": answers " + answered + ", the schema lists " + listed + " and requires " + required);
            }
            for (String f : answered) {
                if (listed.contains(f)) {
                    compare(doc, schema.get("properties").get(f), value.get(f), at + "." + f, wrong);
                }
            }
        }
    }

    @Test
    void the_pages_offered_stop_where_a_search_stops_paging() throws Exception {
        assertEquals(0, SearchApi.pages(0, 20));
        assertEquals(2, SearchApi.pages(21, 20));
        assertEquals(100, SearchApi.pages(SearchQuery.MAX_DEPTH + 1, 100)); // not 101: hit 10,001 is out of reach
        assertEquals(333, SearchApi.pages(50_000, 30));
        assertEquals(400, client.get("/api/search?size=30&page=334").statusCode());
        assertEquals(200, client.get("/api/search?size=30&page=333").statusCode());
    }

    @Test
    void a_blank_id_is_a_400_for_every_lookup_not_a_search_over_everything() throws Exception {
        for (String path : List.of("/api/articles/%20", "/api/actors/%20", "/api/places/%20")) {
            HttpResponse<String> r = client.get(path);
            assertEquals(400, r.statusCode(), path);
            assertEquals("{\"status\":400,\"message\":\"The parameter 'id' must not be blank.\"}", r.body(), path);
        }
    }

    @Test
    void what_jetty_refuses_before_the_app_is_json_too_with_the_security_headers() throws Exception {
        HttpResponse<String> longUri = client.get("/api/search?q=" + "a".repeat(20_000));
        assertEquals(414, longUri.statusCode());
        assertEquals("{\"status\":414,\"message\":\"URI Too Long\"}", longUri.body());
        assertEquals(Security.CSP, longUri.headers().firstValue("Content-Security-Policy").orElse(null));
        HttpResponse<String> bigHeader = client.http().send(java.net.http.HttpRequest.newBuilder(client.uri("/api/stats"))
                .header("X-Padding", "a".repeat(20_000)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(431, bigHeader.statusCode());
        assertEquals("{\"status\":431,\"message\":\"Request Header Fields Too Large\"}", bigHeader.body());
        assertThat(bigHeader.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void a_wrong_parameter_is_a_400_naming_it_never_a_stack_trace() throws Exception {
        HttpResponse<String> kind = client.get("/api/search?kind=tweet");
        assertEquals(400, kind.statusCode());
        assertEquals("{\"status\":400,\"message\":\"The parameter 'kind' must be one of article, claim, event, link, got 'tweet'\"}", kind.body());
        HttpResponse<String> size = client.get("/api/search?size=1000");
        assertEquals(400, size.statusCode());
        assertThat(size.body()).contains("The parameter 'size' must be between 1 and 100, got 1000");
        HttpResponse<String> date = client.get("/api/claims?since=yesterday");
        assertEquals(400, date.statusCode());
        assertThat(date.body()).contains("The parameter 'since' must be a date like 2024-10-01, got 'yesterday'");
        HttpResponse<String> syntax = client.get("/api/search?q=" + java.net.URLEncoder.encode("AND OR (", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, syntax.statusCode());
        assertThat(syntax.body()).contains("Could not parse query").doesNotContain("at org.");
    }

    @Test
    void the_claims_board_groups_an_assertion_with_its_denial_as_contested() throws Exception {
        JsonNode r = client.json("/api/claims?contested=true");
        assertEquals(1, r.get("total").asInt(), r.toString());
        JsonNode group = r.at("/groups/0");
        assertEquals(true, group.get("contested").asBoolean());
        List<String> roles = new ArrayList<>();
        group.get("claims").forEach(c -> roles.add(c.get("role").asText() + " " + c.get("actor").asText()));
        assertThat(roles).contains("asserts person:hochstein", "denies person:najib-mikati");
        assertThat(group.get("links").toString()).contains("contradicts");
    }

    @Test
    void an_actor_shows_its_names_roles_over_time_events_claims_and_network() throws Exception {
        JsonNode r = client.json("/api/actors/org:hezbollah");
        assertEquals("Hezbollah", r.at("/actor/name").asText());
        assertEquals(3, r.get("articles").asInt());
        assertEquals(0, r.at("/events/asSource").asInt());
        assertEquals(3, r.at("/events/asTarget").asInt());
        JsonNode edge = r.at("/network/edges/0");
        assertEquals("agent:ISRMIL", edge.get("source").asText());
        assertEquals("org:hezbollah", edge.get("target").asText());
        assertEquals(3, edge.get("count").asInt());
        assertEquals(3, edge.at("/types/ASSAULT").asInt());
        JsonNode envoy = client.json("/api/actors/person%3Ahochstein");
        assertEquals("US envoy", envoy.at("/roles/0/role").asText());
        assertEquals("2024-10-09", envoy.at("/roles/0/first").asText());
        assertEquals("2024-10-12", envoy.at("/roles/0/last").asText());
        assertEquals(2, envoy.at("/claims/total").asInt());
        assertEquals(404, client.get("/api/actors/org:nobody").statusCode());
    }

    @Test
    void events_page_latest_first_with_their_actors_and_place_and_filters_apply() throws Exception {
        JsonNode r = client.json("/api/events?type=ASSAULT&size=2");
        assertEquals(3, r.get("total").asInt());
        assertEquals(2, r.get("events").size());
        JsonNode first = r.at("/events/0");
        assertEquals("q\"u/ote", first.get("article").asText());
        assertEquals("2024-10-12", first.get("day").asText());
        assertEquals("article", first.get("precision").asText());
        assertEquals("Israeli military", first.at("/source/name").asText());
        assertEquals("Hezbollah", first.at("/target/name").asText());
        assertEquals(35.50157, first.at("/place/lon").asDouble(), 1e-6);
        assertEquals("struck", first.at("/event/trigger/text").asText());
        assertEquals("a1", client.json("/api/events?type=ASSAULT&size=2&page=2").at("/events/0/article").asText());
        assertEquals("a1", client.json("/api/events?order=earliest&size=1").at("/events/0/article").asText());
        assertEquals(1, client.json("/api/events?since=2024-10-11&until=2024-10-11").get("total").asInt());
        assertEquals(0, client.json("/api/events?context=negated").get("total").asInt());
        assertEquals(400, client.get("/api/events?order=newest").statusCode());
    }

    @Test
    void places_list_the_map_markers_with_coordinates_and_one_place_lists_its_events() throws Exception {
        JsonNode r = client.json("/api/places");
        JsonNode beirut = r.at("/places/0");
        assertEquals("Beirut", beirut.get("name").asText());
        assertEquals(33.89332, beirut.get("lat").asDouble(), 1e-6);
        assertEquals(3, beirut.get("events").asInt());
        assertEquals(3, beirut.get("articles").asInt());
        JsonNode place = client.json("/api/places/geonames:276781");
        assertEquals("LB", place.at("/place/country").asText());
        assertEquals(3, place.at("/events/total").asInt());
        assertEquals("ASSAULT", place.at("/events/latest/0/type").asText());
        assertEquals(404, client.get("/api/places/geonames:1").statusCode());
    }

    @Test
    void the_map_base_layer_is_the_bundled_country_outlines_gzip_encoded_for_clients_that_accept_it() throws Exception {
        JsonNode plain = client.json("/data/countries.geojson");
        assertEquals("FeatureCollection", plain.get("type").asText());
        assertThat(plain.get("features").size()).isGreaterThan(200);
        List<String> codes = new ArrayList<>();
        plain.get("features").forEach(f -> codes.add(f.at("/properties/iso2").asText()));
        assertThat(codes).contains("LB", "IQ", "US", "RU");
        var gz = client.http().send(java.net.http.HttpRequest.newBuilder(client.uri("/data/countries.geojson")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            assertEquals(plain, DocumentJson.mapper().readTree(in));
        }
    }

    @Test
    void every_page_is_an_html_shell_under_a_policy_that_forbids_inline_script() throws Exception {
        for (String path : List.of("/", "/articles/a1", "/timeline", "/map", "/actors/org:hezbollah", "/claims")) {
            HttpResponse<String> r = client.get(path);
            assertEquals(200, r.statusCode(), path);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }
}
