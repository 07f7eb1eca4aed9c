package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Document;
import org.sitrep.model.Stance;
import org.sitrep.store.SitrepStore;

/** Issue 11: POST /api/ingest needs the token, limits its body, and readers see whole requests only. */
class IngestApiTest {
    static final String TOKEN = "s3cret-token";

    @TempDir
    Path dir;
    SitrepStore store;
    Javalin app;
    WebFixtures.Client client;
    final List<Ingestor.Request> seen = Collections.synchronizedList(new ArrayList<>());

    /** Each request stores {@code n} articles (named by the request's text) one by one, then commits, like the real ingestor. */
    private void start(long maxBytes, int articlesPerRequest, CountDownLatch midway, CountDownLatch resume) {
        store = SitrepStore.open(dir.resolve("index"));
        Ingestor ingestor = r -> {
            seen.add(r);
            List<Ingestor.Stored> stored = new ArrayList<>();
            String base = r.url() != null ? "url" : new String(r.body(), StandardCharsets.UTF_8).strip();
            for (int i = 0; i < articlesPerRequest; i++) {
                Document d = WebFixtures.article(base + i, LocalDate.of(2024, 10, 1), WebFixtures.HOCHSTEIN, "said", Stance.ASSERT, "talks resume " + i);
                store.put(d);
                stored.add(new Ingestor.Stored(d.article().id(), d.article().title(), d.article().id(), 0, 1, 1));
                if (i == 0 && midway != null) {
                    midway.countDown();
                    try {
                        resume.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            store.commit();
            return new Ingestor.Report(stored, List.of(), List.of());
        };
        app = WebApp.create(store, new WebSettings(TOKEN, maxBytes, 100), ingestor).start("127.0.0.1", 0);
        client = WebFixtures.Client.of(app);
    }

    @AfterEach
    void stop() {
        app.stop();
        store.close();
    }

    @Test
    void without_the_token_ingest_is_a_401_and_nothing_is_read() throws Exception {
        start(1024, 1, null, null);
        HttpResponse<String> none = client.post("/api/ingest", null, "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, none.statusCode());
        assertThat(none.body()).startsWith("{\"status\":401,\"message\":\"This endpoint needs 'Authorization: Bearer <token>'");
        assertEquals(401, client.post("/api/ingest", "wrong", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertThat(seen).isEmpty();
    }

    @Test
    void a_body_over_the_limit_is_a_413_and_an_empty_one_a_400() throws Exception {
        start(1024, 1, null, null);
        HttpResponse<String> big = client.post("/api/ingest", TOKEN, "text/plain", new byte[4096]);
        assertEquals(413, big.statusCode());
        assertEquals("{\"status\":413,\"message\":\"The request body is larger than the limit of 1024 bytes\"}", big.body());
        HttpResponse<String> empty = client.post("/api/ingest", TOKEN, "text/plain", new byte[0]);
        assertEquals(400, empty.statusCode());
        HttpResponse<String> notUrl = client.post("/api/ingest", TOKEN, "application/json", "{\"url\":\"file:///etc/passwd\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notUrl.statusCode());
        assertThat(notUrl.body()).contains("The 'url' must be an http(s) URL, got 'file:///etc/passwd'");
        assertThat(seen).isEmpty();
    }

    @Test
    void the_media_type_tells_the_readers_the_format_and_the_report_lists_what_was_stored() throws Exception {
        start(1 << 20, 2, null, null);
        HttpResponse<String> r = client.post("/api/ingest?doc-date=2024-10-01", TOKEN, "text/html; charset=utf-8", "page".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        JsonNode report = DocumentJson.mapper().readTree(r.body());
        assertEquals(2, report.get("stored").size());
        assertEquals("page0", report.at("/stored/0/id").asText());
        Ingestor.Request req = seen.get(0);
        assertEquals("request.html", req.name());
        assertEquals(LocalDate.of(2024, 10, 1), req.docDate());
        client.post("/api/ingest", TOKEN, "application/json", "{\"url\":\"https://news.example/feed.xml\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("https://news.example/feed.xml", seen.get(1).url());
        assertEquals(4, client.json("/api/search?kind=article").get("total").asInt());
    }

    @Test
    void a_request_of_which_nothing_could_be_stored_is_a_400_carrying_the_report() throws Exception {
        store = SitrepStore.open(dir.resolve("index"));
        app = WebApp.create(store, WebSettings.of(TOKEN), r -> new Ingestor.Report(List.of(), List.of("request:1: no article text"),
                List.of())).start("127.0.0.1", 0);
        client = WebFixtures.Client.of(app);
        HttpResponse<String> r = client.post("/api/ingest", TOKEN, "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertEquals("{\"stored\":[],\"errors\":[\"request:1: no article text\"],\"warnings\":[],\"status\":400,"
                + "\"message\":\"Nothing was stored: request:1: no article text\"}", r.body());
    }

    @Test
    void json_lines_posted_as_application_jsonl_are_read_as_articles_never_as_a_url_to_fetch() throws Exception {
        start(1 << 20, 1, null, null);
        byte[] jsonl = "{\"id\":\"j1\",\"url\":\"https://news.example/j1\",\"text\":\"Talks resumed.\"}\n".getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/jsonl", "application/x-ndjson; charset=utf-8", "application/jsonlines")) {
            HttpResponse<String> r = client.post("/api/ingest", TOKEN, type, jsonl);
            assertEquals(201, r.statusCode(), type + ": " + r.body());
            Ingestor.Request req = seen.get(seen.size() - 1);
            assertEquals(null, req.url(), type);
            assertEquals("request.jsonl", req.name(), type);
        }
    }

    @Test
    void readers_during_an_ingest_see_the_last_commit_never_half_a_request() throws Exception {
        CountDownLatch midway = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        start(1 << 20, 5, midway, resume);
        AtomicBoolean failed = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try {
                HttpResponse<String> r = client.post("/api/ingest", TOKEN, "text/plain", "batch".getBytes(StandardCharsets.UTF_8));
                failed.compareAndSet(false, r.statusCode() != 201);
            } catch (Exception e) {
                failed.set(true);
            }
        });
        writer.start();
        midway.await();
        // One article of five is put but not committed: every reader sees none of them.
        for (int i = 0; i < 20; i++) {
            assertEquals(0, client.json("/api/search?kind=article").get("total").asInt());
            assertEquals(0, client.json("/api/claims?all=true").get("total").asInt());
            assertEquals(0, client.json("/api/search?kind=claim").get("total").asInt());
        }
        resume.countDown();
        writer.join();
        assertEquals(false, failed.get());
        assertEquals(5, client.json("/api/search?kind=article").get("total").asInt());
        assertEquals(5, client.json("/api/search?kind=claim").get("total").asInt());
        assertThat(client.json("/api/claims?all=true").get("total").asInt()).isPositive();
    }
}
