package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.json.DocumentJson;
import org.sitrep.testkit.WireCopies;

/**
 * Issue 11, "Tests in a real browser": the team's fixtures (the repository's demo dump, the seed, the seed's follow-up
 * and the wire copies of sitrep-testkit) go in through {@code POST /api/ingest}; then Chromium opens search, an
 * article, the timeline, the map, an actor and the claims board, and the tests check what a person sees against what
 * the API answers. Each page's console must stay free of CSP violations and script errors; a screenshot of each page
 * goes to {@code target/screenshots/}.
 */
class ServeBrowserIT {
    private static Desk desk;
    private static Browser browser;

    @BeforeAll
    static void ingestTheFixturesAndOpenTheBrowser() throws IOException {
        if (!Browser.installed()) {
            return; // each test then skips (or, in CI, fails) saying why; nothing is started
        }
        desk = Desk.get();
        browser = Browser.start(desk.base);
        Path demo = Path.of("..", "samples", "demo-dump.txt");
        assertTrue(Files.exists(demo), "needs the repository's samples/demo-dump.txt");
        desk.ingest("text/plain; charset=utf-8", "format=dump&name=demo-dump.txt", Files.readAllBytes(demo));
        Path seed = Cli.shared().resolve("samples/seed-news-dump.txt");
        if (Files.exists(seed)) {
            desk.ingest("text/plain; charset=utf-8", "name=seed-news-dump.txt", Files.readAllBytes(seed));
            try (InputStream in = ServeBrowserIT.class.getResourceAsStream("seed-follow-up.txt")) {
                desk.ingest("text/plain; charset=utf-8", "name=seed-follow-up.txt", in.readAllBytes());
            }
        }
        desk.ingest("application/x-ndjson", "", String.join("\n",
                wire("wire-1", "Convoy of Forty Trucks Reaches Tyre", "Wire Agency", "2025-03-05", WireCopies.WIRE),
                wire("wire-2", "Aid Convoy Reaches Tyre After Delay", "Coast Daily", "2025-03-05", WireCopies.SYNDICATED),
                wire("wire-3", "Tyre Bakeries Close as Diesel Runs Short", "Coast Times", "2025-03-06", WireCopies.SAME_TOPIC),
                wire("wire-4", "Doha Talks to Resume on Prisoner Exchange", "Gulf Daily", "2025-03-06", WireCopies.UNRELATED)));
    }

    private static String wire(String id, String title, String outlet, String day, String text) {
        var n = DocumentJson.mapper().createObjectNode().put("id", id).put("title", title).put("source", outlet).put("published", day).put("text", text);
        return n.toString();
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String currentUrl() {
        return browser.driver().getCurrentUrl();
    }

    // ---- search

    @Test
    void the_first_page_shows_the_store_counts_and_every_facet_count_and_pages_through_the_results() {
        JsonNode stats = desk.api("/api/stats");
        JsonNode all = desk.api("/api/search?size=20");
        browser.open("/");
        browser.assertCleanConsole();
        stats.path("records").fields().forEachRemaining(e ->
                assertEquals(e.getValue().asText(), browser.text(".stat[data-kind='" + e.getKey() + "'] .n").replace(",", ""), "store count of " + e.getKey()));
        for (String dim : List.of("kind", "type", "actor", "place", "stance", "outlet")) {
            List<String> want = new ArrayList<>();
            all.path("facets").path(dim).forEach(f -> want.add(f.path("label").asText() + "=" + f.path("count").asInt()));
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) browser.js("return [...document.querySelectorAll(\"[data-dimension='\" + arguments[0] + \"'] .facet\")]"
                    + ".map(f => f.querySelector('.label').textContent + '=' + f.querySelector('.count').textContent.replace(/,/g, ''));", dim);
            assertEquals(want, shown, "facet " + dim);
        }
        assertThat(browser.count(".result")).isEqualTo(all.path("hits").size()).isPositive();
        int pages = all.path("pages").asInt();
        assertThat(pages).as("the fixtures fill more than one page").isGreaterThan(1);
        assertEquals("Page 1 of " + pages, browser.text(".page-of"));
        browser.screenshot("search");

        browser.all(".pager button").get(1).click(); // Next
        browser.waitReady();
        assertEquals("Page 2 of " + pages, browser.text(".page-of"));
        assertThat(currentUrl()).contains("page=2");
        browser.assertCleanConsole();
    }

    @Test
    void a_query_marks_its_words_in_the_snippets_and_a_facet_click_filters_with_its_count() {
        browser.open("/");
        WebElement q = browser.one("input[name='q']");
        q.sendKeys("drone");
        browser.one("form[role='search'] button[type='submit']").click();
        browser.waitReady();
        assertThat(currentUrl()).contains("q=drone");
        JsonNode r = desk.api("/api/search?q=drone&size=20");
        assertThat(r.path("total").asInt()).isPositive();
        assertThat(browser.text("#result-count")).startsWith(r.path("total").asInt() + " result").contains("“drone”");
        @SuppressWarnings("unchecked")
        List<String> marks = (List<String>) browser.js("return [...document.querySelectorAll('.result .snippet mark')].map(m => m.textContent);");
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.toLowerCase()).startsWith("drone"));
        browser.screenshot("search-query");

        JsonNode claimFacet = null;
        for (JsonNode f : r.path("facets").path("kind")) {
            if (f.path("value").asText().equals("claim")) {
                claimFacet = f;
            }
        }
        assertThat(claimFacet).as("claims mention drones in the demo dump").isNotNull();
        browser.one("[data-dimension='kind'] .facet[data-value='claim']").click();
        browser.waitReady();
        assertThat(currentUrl()).contains("kind=claim").contains("q=drone");
        assertThat(browser.text("#result-count")).startsWith(claimFacet.path("count").asInt() + " result");
        assertThat(browser.all(".result")).isNotEmpty().allSatisfy(e -> assertEquals("claim", e.getAttribute("data-kind")));
        assertThat(browser.text(".active-filters")).contains("kind: claim");
        browser.assertCleanConsole();
    }

    // ---- article

    /** The article with the most claims and events: the richest page to look at. */
    private static String richestArticle() {
        JsonNode r = desk.api("/api/search?kind=article&size=100");
        String best = null;
        int most = -1;
        for (JsonNode h : r.path("hits")) {
            int n = h.path("record").path("claims").asInt() + h.path("record").path("events").asInt();
            if (n > most) {
                most = n;
                best = h.path("id").asText();
            }
        }
        assertThat(best).isNotNull();
        return best;
    }

    private static boolean valid(JsonNode span, int length) {
        return span != null && span.isObject() && span.path("start").asInt() < span.path("end").asInt() && span.path("start").asInt() >= 0
                && span.path("end").asInt() <= length;
    }

    @Test
    void the_article_page_keeps_the_text_whole_and_highlights_every_span_by_kind() {
        String id = richestArticle();
        JsonNode doc = desk.api("/api/articles/" + enc(id));
        String text = doc.path("text").asText();
        browser.open("/articles/" + enc(id));
        browser.assertCleanConsole();
        assertEquals(doc.path("title").asText(), browser.text("#article-title"));
        assertEquals(text, browser.text("#article-text"), "the text shown must be the article's, nothing lost or repeated");

        Map<String, List<String>> want = new HashMap<>();
        for (String k : List.of("entity", "place", "time", "event", "source", "cue", "content")) {
            want.put(k, new ArrayList<>());
        }
        doc.path("entities").forEach(e -> want.get(e.path("place").isTextual() ? "place" : "entity").add(e.path("text").asText()));
        doc.path("times").forEach(t -> want.get("time").add(t.path("text").asText()));
        doc.path("events").forEach(e -> {
            if (valid(e.get("trigger"), text.length())) {
                want.get("event").add(e.path("trigger").path("text").asText());
            }
        });
        doc.path("claims").forEach(c -> {
            for (String[] part : new String[][] {{"source", "span"}, {"cue", null}, {"content", null}}) {
                JsonNode s = part[1] == null ? c.get(part[0]) : c.path(part[0]).get(part[1]);
                if (valid(s, text.length())) {
                    want.get(part[0]).add(s.path("text").asText());
                }
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, List<String>> shown = (Map<String, List<String>>) browser.js(
                "const by = {};"
                        + "for (const e of document.querySelectorAll('#article-text .hl')) {"
                        + "  const kind = [...e.classList].find(c => c.startsWith('hl-') && c !== 'hl-start').substring(3);"
                        + "  by[kind] = by[kind] || {}; by[kind][e.dataset.sid] = (by[kind][e.dataset.sid] || '') + e.textContent; }"
                        + "const out = {}; for (const k of Object.keys(by)) { out[k] = Object.values(by[k]); } return out;");
        for (var e : want.entrySet()) {
            List<String> expected = new ArrayList<>(e.getValue());
            List<String> actual = new ArrayList<>(shown.getOrDefault(e.getKey(), List.of()));
            expected.sort(null);
            actual.sort(null);
            assertEquals(expected, actual, "the " + e.getKey() + " spans highlighted");
            assertEquals(String.valueOf(expected.size()), browser.text(".legend label[data-kind='" + e.getKey() + "'] .count"), "legend count of " + e.getKey());
        }
        assertThat(want.get("event")).isNotEmpty();
        assertThat(want.get("cue")).isNotEmpty();

        JsonNode published = doc.path("published");
        if (published.path("date").isTextual()) {
            assertEquals(published.path("date").asText(), browser.text("#published-date"));
        }
        String how = Map.of("given", "given", "metadata", "metadata", "inferred", "inferred", "unknown", "unknown").get(published.path("source").asText());
        assertThat(browser.text("#date-source")).contains(how);
        assertEquals(doc.path("captions").size(), browser.count("#captions .caption"));
        doc.path("captions").forEach(c -> assertThat(browser.text("#captions")).contains(c.path("text").asText()));
        assertEquals(doc.path("actors").size(), browser.count("#list-actors a[href^='/actors/']"));
        browser.screenshot("article");
    }

    @Test
    void a_side_panel_item_scrolls_to_its_span_and_flashes_it_and_a_claim_anchor_opens_at_the_claim() {
        String id = richestArticle();
        JsonNode doc = desk.api("/api/articles/" + enc(id));
        browser.open("/articles/" + enc(id));
        List<WebElement> events = browser.all("#list-events .item");
        assertThat(events).isNotEmpty();
        WebElement last = events.get(events.size() - 1);
        last.click();
        Object flashed = browser.js("const f = document.querySelector('#article-text .hl-event.flash');"
                + "if (!f) return null; const r = f.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight ? f.textContent : 'off-screen';");
        JsonNode lastEvent = doc.path("events").get(doc.path("events").size() - 1);
        assertEquals(lastEvent.path("trigger").path("text").asText(), flashed, "the last event's trigger, flashed and in view");

        JsonNode claim = doc.path("claims").get(doc.path("claims").size() - 1);
        String anchor = claim.path("id").asText().substring(claim.path("id").asText().lastIndexOf('#') + 1);
        browser.open("/articles/" + enc(id) + "#" + anchor);
        assertTrue((Boolean) browser.js("const a = document.getElementById(arguments[0]); return !!a && a.classList.contains('flash');", anchor),
                "the claim's span carries the anchor " + anchor + " and flashes");
        browser.assertCleanConsole();
    }

    @Test
    void an_unknown_article_shows_the_api_error() {
        browser.driver().get(desk.base + "/articles/no-such-article");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "error".equals(browser.js("return document.body.dataset.state")));
        assertThat(browser.text(".error")).contains("Error 404").contains("No article with id 'no-such-article'");
        browser.assertCleanConsole("/api/articles/no-such-article");
    }

    // ---- timeline

    private static int total(JsonNode timeline) {
        int n = 0;
        for (JsonNode row : timeline.path("rows")) {
            n += row.path("count").asInt();
        }
        return n;
    }

    @Test
    void the_timeline_draws_stacked_bars_and_a_table_whose_counts_are_the_apis() {
        JsonNode weeks = desk.api("/api/timeline?interval=week&by=type");
        assertThat(total(weeks)).as("dated events in the fixtures").isPositive();
        browser.open("/timeline");
        browser.assertCleanConsole();
        WebElement canvas = browser.one("#timeline-chart");
        assertTrue(canvas.isDisplayed());
        assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
        Set<String> types = new HashSet<>();
        weeks.path("rows").forEach(r -> types.add(r.path("key").asText()));
        assertEquals(Math.min(types.size(), 12), ((Number) browser.js("return Chart.getChart(document.getElementById('timeline-chart')).data.datasets.length;")).intValue());
        assertEquals(String.valueOf(total(weeks)), browser.text("#timeline-total"));
        for (String type : types) {
            assertThat(browser.text("#timeline-table thead")).contains(type);
        }
        browser.screenshot("timeline");

        browser.one("select[name='interval'] option[value='day']").click();
        browser.one("form.filters button[type='submit']").click();
        browser.waitReady();
        assertThat(currentUrl()).contains("interval=day");
        JsonNode days = desk.api("/api/timeline?interval=day&by=type");
        assertEquals(String.valueOf(total(days)), browser.text("#timeline-total"));
        assertEquals(days.path("rows").findValuesAsText("period").stream().distinct().count(), browser.count("#timeline-table tbody tr"));
        browser.assertCleanConsole();
    }

    // ---- map

    @Test
    void the_map_shows_a_marker_per_place_and_per_event_place_over_the_country_outlines() {
        JsonNode places = desk.api("/api/places?limit=300");
        int withPoint = 0;
        for (JsonNode p : places.path("places")) {
            if (p.path("lat").isNumber() && p.path("lon").isNumber()) {
                withPoint++;
            }
        }
        Set<String> eventPlaces = new HashSet<>();
        int events = 0;
        for (int page = 1; page <= 5; page++) {
            JsonNode r = desk.api("/api/events?size=100&page=" + page);
            for (JsonNode ev : r.path("events")) {
                events++;
                if (ev.path("place").path("lat").isNumber()) {
                    eventPlaces.add(ev.path("place").path("id").asText());
                }
            }
            if (r.path("events").size() < 100) {
                break;
            }
        }
        assertThat(withPoint).as("places in the fixtures").isPositive();
        boolean outlines = desk.status("/data/countries.geojson") == 200;
        browser.open("/map");
        browser.assertCleanConsole(outlines ? new String[0] : new String[] {"/data/countries.geojson"});
        assertEquals(withPoint, browser.count(".leaflet-overlay-pane path.marker-place"));
        assertEquals(eventPlaces.size(), browser.count(".leaflet-overlay-pane path.marker-event"));
        assertThat(browser.text("#map-legend")).contains("Places: " + withPoint + " marker").contains("Events: " + eventPlaces.size() + " marker");
        assertEquals(0, browser.count(".leaflet-tile-pane img"), "no tiles: nothing is fetched from a tile server");
        if (outlines) {
            assertThat(browser.count(".leaflet-countries-pane path")).isGreaterThan(100);
        } else {
            assertThat(browser.text("#countries-missing")).contains("not there yet");
        }
        browser.screenshot("map");

        browser.js("document.querySelector('.leaflet-overlay-pane path.marker-place').dispatchEvent(new MouseEvent('click', {bubbles: true}));");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.count(".leaflet-popup .popup h4") == 1);
        assertThat(browser.one(".leaflet-popup .popup a").getAttribute("href")).contains("/?place=");
        browser.assertCleanConsole();
        assertThat(events).isPositive();
    }

    // ---- actor

    @Test
    void the_actor_page_shows_names_roles_events_claims_and_a_network() {
        String id = null;
        JsonNode view = null;
        for (JsonNode a : desk.api("/api/stats").path("topActors")) {
            JsonNode v = desk.api("/api/actors/" + enc(a.path("id").asText()));
            if (v.path("network").path("edges").size() > 0) {
                id = a.path("id").asText();
                view = v;
                break;
            }
        }
        assertThat(id).as("an actor of the fixtures with a network").isNotNull();
        JsonNode actor = view.path("actor");
        browser.open("/actors/" + enc(id));
        browser.assertCleanConsole();
        assertEquals(actor.path("name").asText(), browser.text("#actor-name"));
        for (JsonNode alias : actor.path("aliases")) {
            assertThat(browser.text("[data-fact='aliases']")).contains(alias.asText());
        }
        assertEquals(String.valueOf(view.path("events").path("asSource").asInt()), browser.text("#as-source .n"));
        assertEquals(String.valueOf(view.path("events").path("asTarget").asInt()), browser.text("#as-target .n"));
        assertEquals(view.path("roles").size(), browser.count("#roles tbody tr"));
        assertEquals(view.path("events").path("latest").size(), browser.count("#events tbody tr"));
        assertEquals(view.path("claims").path("latest").size(), browser.count("#claims li"));
        assertThat(browser.count("#network canvas")).isPositive();
        assertEquals(String.valueOf(view.path("network").path("nodes").size()), browser.one("#network").getAttribute("data-nodes"));
        assertEquals(String.valueOf(view.path("network").path("edges").size()), browser.one("#network").getAttribute("data-edges"));
        browser.screenshot("actor");
    }

    // ---- claims board

    @Test
    void the_claims_board_shows_who_asserts_and_who_denies_with_anonymous_sources_marked() {
        JsonNode page = desk.api("/api/claims?size=20");
        assertThat(page.path("groups").size()).as("linked claims in the fixtures").isPositive();
        browser.open("/claims");
        browser.assertCleanConsole();
        List<WebElement> groups = browser.all(".group");
        assertEquals(page.path("groups").size(), groups.size());
        // Contested first (a stable sort of the API's order), so match groups by their claims.
        Map<String, JsonNode> byFirstClaim = new HashMap<>();
        page.path("groups").forEach(g -> byFirstClaim.put(g.path("claims").get(0).path("id").asText(), g));
        boolean contestedSeen = false;
        boolean agreedSeen = false;
        for (WebElement group : groups) {
            String first = group.findElement(By.cssSelector(".claim")).getAttribute("data-id");
            JsonNode g = byFirstClaim.values().stream().filter(x -> x.path("claims").findValuesAsText("id").contains(first)).findFirst().orElseThrow();
            boolean contested = g.path("contested").asBoolean();
            assertEquals(String.valueOf(contested), group.getAttribute("data-contested"));
            assertThat(contested && agreedSeen).as("contested groups come first").isFalse();
            contestedSeen |= contested;
            agreedSeen |= !contested;
            int asserts = 0;
            int denies = 0;
            int anonymous = 0;
            for (JsonNode c : g.path("claims")) {
                asserts += c.path("role").asText().equals("asserts") ? 1 : 0;
                denies += c.path("role").asText().equals("denies") ? 1 : 0;
                anonymous += c.path("anonymous").asBoolean() ? 1 : 0;
            }
            assertEquals(asserts, group.findElements(By.cssSelector(".side-col.asserts .claim")).size());
            assertEquals(denies, group.findElements(By.cssSelector(".side-col.denies .claim")).size());
            assertEquals(anonymous, group.findElements(By.cssSelector(".claim.anonymous .badge.anon")).size());
            assertEquals(g.path("links").size(), group.findElements(By.cssSelector(".links li")).size());
        }
        assertThat(contestedSeen).as("the seed's denial makes a contested group").isTrue();
        browser.screenshot("claims");

        browser.one("input[name='contested']").click();
        browser.one("form.filters button[type='submit']").click();
        browser.waitReady();
        assertThat(currentUrl()).contains("contested=true");
        assertEquals(desk.api("/api/claims?contested=true&size=20").path("groups").size(), browser.count(".group"));
        assertThat(browser.all(".group")).allSatisfy(g -> assertEquals("true", g.getAttribute("data-contested")));
        browser.assertCleanConsole();
    }
}
