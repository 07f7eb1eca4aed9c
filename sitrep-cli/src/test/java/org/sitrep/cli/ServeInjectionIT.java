package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.sitrep.json.DocumentJson;

/**
 * Issue 11, "Security": articles whose title, body, outlet, source, id and captions carry script and HTML-injection
 * payloads go in through {@code POST /api/ingest} as an HTML page, a JSON Lines record and a text dump; Chromium then
 * shows them in search results, on their article pages and on the claims board, and nothing runs: no
 * {@code window.__pwned}, no alert, no element the payloads would have made, no event-handler attribute, no link off
 * the site, no CSP violation, and every payload reads literally as text.
 */
class ServeInjectionIT {
    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    static final String SVG = "\"><svg onload=\"window.__pwned=1\">";
    static final String JS_URL = "javascript:window.__pwned=1";
    static final String TEXTAREA = "</textarea><script>window.__pwned=1</script>";
    static final String COMMENT = "<!-- <script>window.__pwned=1</script> -->";
    static final String IFRAME = "<iframe src=\"javascript:window.__pwned=1\"></iframe>";
    static final String ALERT = "'><img src=y onerror=alert(1)>";
    /**
     * A JSON Lines id with quote marks, angle brackets, a '#' and a '/': it reaches addresses and element attributes,
     * and its claims' ids ("…#c12") hold two '#'.
     */
    static final String ODD_ID = "inj#1/\"'><svg onload=window.__pwned=1>";

    private static final String[] BODY = {
        "Three security officials told reporters that a drone struck a militia depot near Mosul on Tuesday " + SCRIPT + ".",
        "A spokesman for the militia denied that any drone had hit the depot " + IMG + ", saying the blast was an accident.",
        "Officials said the army would investigate the blast " + JS_URL + " and " + IFRAME + ".",
        "The commander said " + SVG + " that the group had not fired at the army " + TEXTAREA + " " + COMMENT + ".",
    };

    private static Desk desk;
    private static Browser browser;
    private static final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void ingestThePayloadsAndOpenTheBrowser() {
        if (!Browser.installed()) {
            return; // each test then skips (or, in CI, fails) saying why; nothing is started
        }
        desk = Desk.get();
        ids.add(desk.ingest("text/html; charset=utf-8", "", page()).path("stored").get(0).path("id").asText());
        var record = DocumentJson.mapper().createObjectNode().put("id", ODD_ID).put("title", "Gunmen " + SVG + " Deny Attack on Army Post " + TEXTAREA)
                .put("source", "Gazette " + IMG).put("url", JS_URL).put("published", "2030-01-16").put("text", String.join("\n\n", BODY));
        ids.add(desk.ingest("application/x-ndjson", "", record.toString()).path("stored").get(0).path("id").asText());
        ids.add(desk.ingest("text/plain; charset=utf-8", "format=dump&doc-date=2030-01-17", dump()).path("stored").get(0).path("id").asText());
        browser = Browser.start(desk.base);
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

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A news page whose text (once parsed) carries the payloads, with real script and handler markup besides. */
    static String page() {
        String title = "Militia " + SCRIPT + " Denies Drone Strike " + IMG;
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        sb.append("<title>").append(esc(title)).append("</title>\n");
        sb.append("<meta property=\"og:title\" content=\"").append(esc(title)).append("\">\n");
        sb.append("<meta property=\"og:site_name\" content=\"").append(esc("Gazette " + SVG)).append("\">\n");
        sb.append("<meta property=\"article:published_time\" content=\"2030-01-15T09:00:00Z\">\n");
        sb.append("<script>window.__pwned = 1;</script>\n</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article>\n");
        sb.append("<h1>").append(esc(title)).append("</h1>\n");
        sb.append("<figure><img src=\"x\" onerror=\"window.__pwned=1\"><figcaption>")
                .append(esc("Smoke over the depot near Mosul " + IMG + ", Iraq, January 14, 2030. (" + SCRIPT + " Photo)"))
                .append("</figcaption></figure>\n");
        for (String p : BODY) {
            sb.append("<p>").append(esc(p)).append("</p>\n");
        }
        sb.append("<p><script>window.__pwned=1</script><a href=\"javascript:window.__pwned=1\">Read more</a></p>\n");
        sb.append("</article>\n<footer>Contact us</footer></body></html>\n");
        return sb.toString();
    }

    /** The same story in the seed dump's shape: title, doubled caption lines, the title again, the body. */
    static String dump() {
        String title = "Drone Hits Depot " + COMMENT + " Near Mosul " + ALERT;
        String caption = "Smoke over a depot near Mosul " + IMG + ", Iraq, January 14, 2030. (Sitrep " + SCRIPT + " Photo)";
        return title + "\n\n" + caption + "\n" + caption + "\nTT\n\n" + title + "\n\n" + caption + "\n" + caption + "\n\n"
                + String.join("\n\n", BODY) + "\n";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Nothing the payloads carry ran or became markup; the console has no CSP violation or script error. */
    private static void assertNothingRan() {
        assertEquals("undefined", browser.js("return typeof window.__pwned;"), "a payload ran on " + browser.driver().getCurrentUrl());
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "an alert is up");
        assertEquals(List.of(), browser.js("return [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
                + ".filter(a => /^on/i.test(a.name)).map(a => e.tagName + ' ' + a.name));"), "event-handler attributes");
        assertEquals(List.of(), browser.js("return [...document.scripts].map(s => s.src || 'inline: ' + s.textContent)"
                + ".filter(s => !/^https?:\\/\\/127\\.0\\.0\\.1:\\d+\\/(static|webjars)\\//.test(s));"), "scripts other than the desk's own");
        assertEquals(0, browser.count("#app iframe, #app object, #app embed, #app img, #app svg, #app script, #app textarea, #app style"),
                "elements a payload would have made");
        assertEquals(List.of(), browser.js("return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"
                + ".filter(h => !h.startsWith('/') || h.startsWith('//'));"), "links off the site");
        assertEquals(List.of(), articleLinksToNowhere(), "links to articles the store does not hold");
        browser.assertCleanConsole();
    }

    /** The page's links to article pages whose id (decoded from the address) is not a stored article's. */
    @SuppressWarnings("unchecked")
    private static List<String> articleLinksToNowhere() {
        List<String> paths = (List<String>) browser.js("return [...document.querySelectorAll('a[href^=\"/articles/\"]')]"
                + ".map(a => a.getAttribute('href').split('#')[0].substring('/articles/'.length));");
        return paths.stream().distinct().filter(p -> desk.status("/api/articles/" + p) != 200)
                .map(p -> java.net.URLDecoder.decode(p, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void the_payloads_were_stored_as_text() {
        for (String id : ids) {
            JsonNode doc = desk.api("/api/articles/" + enc(id));
            assertThat(doc.path("title").asText()).as("the payload reaches the store").containsAnyOf(SCRIPT, SVG, COMMENT);
            assertThat(doc.path("text").asText()).contains("window.__pwned=1");
        }
        assertEquals(ODD_ID, desk.api("/api/articles/" + enc(ODD_ID)).path("id").asText());
    }

    @Test
    void an_article_page_shows_title_outlet_source_captions_and_text_literally_and_runs_nothing() {
        int captions = 0;
        for (String id : ids) {
            JsonNode doc = desk.api("/api/articles/" + enc(id));
            browser.open("/articles/" + enc(id));
            assertNothingRan();
            assertEquals(doc.path("title").asText(), browser.text("#article-title"));
            assertEquals(doc.path("title").asText().strip(), browser.one("#article-title").getText(), "the title as a person reads it");
            assertEquals(doc.path("outlet").isTextual() ? doc.path("outlet").asText() : "unknown", browser.text("#outlet"));
            assertEquals(doc.path("source").asText(), browser.text("#source"));
            assertEquals(doc.path("text").asText(), browser.text("#article-text"));
            assertThat(browser.one("#article-text").getText()).contains("window.__pwned=1</script>");
            for (JsonNode c : doc.path("captions")) {
                assertThat(browser.text("#captions")).contains(c.path("text").asText());
                captions++;
            }
            browser.screenshot("injection-article-" + (ids.indexOf(id) + 1));
        }
        assertThat(captions).as("captions with payloads were read from the page and the dump").isPositive();
        JsonNode odd = desk.api("/api/articles/" + enc(ODD_ID));
        if (odd.path("claims").size() > 0) {
            String claim = odd.path("claims").get(0).path("id").asText();
            browser.open("/articles/" + enc(ODD_ID) + "#" + claim.substring(claim.lastIndexOf('#') + 1));
            assertNothingRan();
        }
    }

    @Test
    void search_results_show_the_payloads_as_text_and_run_nothing() {
        JsonNode r = desk.api("/api/search?kind=article&since=2030-01-01");
        assertThat(r.path("total").asInt()).isEqualTo(ids.size());
        browser.open("/?kind=article&since=2030-01-01");
        assertNothingRan();
        String shown = browser.one("#app").getText();
        for (JsonNode h : r.path("hits")) {
            assertThat(shown).contains(h.path("title").asText().strip());
        }
        assertThat(shown).contains(SCRIPT);
        browser.screenshot("injection-search");

        browser.open("/?q=" + enc("drone") + "&since=2030-01-01");
        assertNothingRan();
        assertThat(browser.count(".result .snippet mark")).isPositive();
    }

    @Test
    void the_claims_board_shows_the_payloads_as_text_and_runs_nothing() {
        JsonNode board = desk.api("/api/claims?all=true&since=2030-01-01&size=50");
        assertThat(board.path("groups").size()).as("claims of the payload articles").isPositive();
        browser.open("/claims?all=true&since=2030-01-01");
        assertNothingRan();
        String shown = browser.one("#board").getText();
        for (JsonNode g : board.path("groups")) {
            for (JsonNode c : g.path("claims")) {
                assertThat(shown).contains(c.path("content").asText().strip());
            }
        }
        assertThat(shown).contains("window.__pwned=1");
        browser.screenshot("injection-claims");
    }
}
