package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.DocumentJson;
import org.sitrep.testkit.HtmlPage;
import org.sitrep.testkit.WarcFixture;

/**
 * Issue 8, "Done when" and "Bad input": a WARC written with jwarc (pages, a redirect, a PDF, a broken record) through
 * analyze and ingest end to end; pages and feeds by URL from a server on 127.0.0.1; each bad input one error line, the
 * rest read, exit code 1.
 */
class WebInputsIT {
    @TempDir
    Path dir;

    static final String CONVOY = HtmlPage.titled("Convoy reaches Tyre").published("2025-03-05T09:00:00Z")
            .caption("Trucks at a crossing near Tyre. (Wire Photo)")
            .paragraph("A convoy reached Tyre on Wednesday, the United Nations said.")
            .paragraph("A senior diplomat told the Wire that Israel had threatened to strike the crossing.")
            .paragraph("An army spokesman denied that any warning was given.").html();
    static final String TALKS = HtmlPage.titled("Talks resume in Doha").published("2025-03-04")
            .paragraph("Negotiators met in Doha on Tuesday, officials said.")
            .paragraph("The Qatari foreign ministry said the talks would continue next week.").html();

    private Path warc() throws IOException {
        byte[] broken = "HTTP/1.1 2x0 O\u0000K\r\nContent-Type text/html\r\n\r\n<p>x</p>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] warc = WarcFixture.create().warcinfo()
                .request("http://wire.test/convoy").page("http://wire.test/convoy", CONVOY)
                .redirect("http://wire.test/old-convoy", "http://wire.test/convoy")
                .body("http://wire.test/report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), "application/pdf")
                .raw("http://wire.test/broken", broken)
                .page("http://wire.test/talks", TALKS).gzip();
        return Files.write(dir.resolve("crawl.warc.gz"), warc);
    }

    @Test
    void a_warc_with_pages_a_redirect_a_pdf_and_a_broken_record_is_analysed_end_to_end() throws Exception {
        Path f = warc();
        Cli r = Cli.run("analyze", "--format", "jsonl", f.toString());
        assertEquals(1, r.exit(), "the broken record is something skipped: " + r.err());
        List<JsonNode> docs = r.out().lines().map(WebInputsIT::json).toList();
        assertEquals(List.of("Convoy reaches Tyre", "Talks resume in Doha"), docs.stream().map(d -> d.get("title").asText()).toList());
        JsonNode convoy = docs.get(0);
        assertEquals("http://wire.test/convoy", convoy.get("source").asText());
        assertThat(convoy.get("text").asText()).startsWith("A convoy reached Tyre on Wednesday").doesNotContain("newsletter", "Copyright");
        assertThat(convoy.toString()).contains("\"date\":\"2025-03-05\"", "\"source\":\"metadata\"");
        assertThat(r.out()).contains("Trucks at a crossing near Tyre.");
        assertThat(convoy.get("claims").size()).isGreaterThanOrEqualTo(2);
        assertThat(r.err()).contains("error: " + f + "#6 (http://wire.test/broken): broken HTTP header");
        assertThat(r.err()).contains("sitrep: " + f + ": 7 records: 2 articles, 1 skipped; passed over: 1 warcinfo, 1 request, 1 redirect, 1 not HTML (application/pdf)");
        assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).hasSize(1);
    }

    @Test
    void the_same_warc_is_ingested_once_and_found_again() throws Exception {
        Path f = warc();
        String store = dir.resolve("index").toString();
        Cli first = Cli.run("ingest", "--store", store, f.toString());
        assertEquals(1, first.exit(), first.err());
        assertThat(first.out()).contains("stored 2 articles");
        Cli stats1 = Cli.run("stats", "--store", store);
        Cli again = Cli.run("ingest", "--store", store, f.toString());
        assertEquals(stats1.out(), Cli.run("stats", "--store", store).out(), again.err());
        assertThat(stats1.out()).contains("article  2");
        assertThat(Cli.run("search", "--store", store, "--kind", "claim", "warning").out()).contains("deny");
    }

    @Test
    void bad_web_inputs_each_get_one_error_line_and_the_rest_is_read() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.html"), CONVOY);
        Files.writeString(in.resolve("b-not-xml.rss"), "this is <not> a feed & never was");
        Files.writeString(in.resolve("c-feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>"
                + "<item><title>Orphan</title></item>"
                + "<item><title>Linked</title><link>http://wire.test/x</link></item></channel></rss>");
        byte[] full = WarcFixture.create().page("http://wire.test/1", TALKS).page("http://wire.test/2", CONVOY).gzip();
        Files.write(in.resolve("d-cut.warc.gz"), Arrays.copyOf(full, full.length - 100));
        Files.writeString(in.resolve("e-deep.html"), "<html><body>" + "<div>".repeat(10_000) + "<p>The envoy spoke in Beirut on Monday.</p>"
                + "</div>".repeat(10_000) + "</body></html>");
        Files.write(in.resolve("f-arabic.html"), HtmlPage.titled("محادثات").charset(null)
                .paragraph("قال مسؤولون إن المحادثات ستستأنف في الدوحة يوم الاثنين المقبل بعد توقف طويل.").html()
                .getBytes(Charset.forName("windows-1256")));
        Cli r = Cli.run("analyze", "--format", "jsonl", in.toString());
        assertEquals(1, r.exit());
        assertThat(r.out().lines().map(l -> json(l).get("title").asText()).toList())
                .containsExactly("Convoy reaches Tyre", "Talks resume in Doha", "");
        assertThat(r.out()).contains("The envoy spoke in Beirut on Monday.");
        assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).toList()).containsExactly(
                "error: " + in.resolve("b-not-xml.rss") + ": not an RSS or Atom feed (Invalid XML: Error on line 1: Content is not allowed in prolog.)",
                "error: " + in.resolve("c-feed.xml") + "#1: feed item without a link and without content",
                "error: " + in.resolve("c-feed.xml") + "#2 (http://wire.test/x): the item only links to its article and fetching is off (give --fetch to fetch linked pages)",
                "error: " + in.resolve("d-cut.warc.gz") + "#2 (http://wire.test/2): truncated archive: it ends inside this record",
                "error: " + in.resolve("f-arabic.html") + ": language ar not supported yet (article skipped)");
    }

    @Test
    void pages_and_feeds_are_read_by_url_from_a_server_on_loopback() throws Exception {
        HttpServer page = server("/convoy", "text/html; charset=utf-8", CONVOY.getBytes(StandardCharsets.UTF_8));
        try {
            String url = "http://127.0.0.1:" + page.getAddress().getPort() + "/convoy";
            Cli r = Cli.run("analyze", "--format", "jsonl", "--fetch-delay", "0", url);
            assertEquals(0, r.exit(), r.err());
            JsonNode doc = json(r.out().strip());
            assertEquals("Convoy reaches Tyre", doc.get("title").asText());
            assertEquals(url, doc.get("source").asText());
            Cli missing = Cli.run("analyze", "--fetch-delay", "0", "--fetch-retries", "0", url + "-gone");
            assertEquals(1, missing.exit());
            assertThat(missing.err()).contains("error: " + url + "-gone: HTTP 404");
        } finally {
            page.stop(0);
        }
    }

    static JsonNode json(String line) {
        try {
            return DocumentJson.mapper().readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpServer server(String path, String type, byte[] body) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", ex -> {
            boolean hit = ex.getRequestURI().getPath().equals(path);
            byte[] b = hit ? body : "no".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", hit ? type : "text/plain");
            ex.sendResponseHeaders(hit ? 200 : 404, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
        s.start();
        return s;
    }
}
