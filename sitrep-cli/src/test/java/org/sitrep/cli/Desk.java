package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.SitrepStore;
import org.sitrep.web.WebApp;
import org.sitrep.web.WebSettings;
import picocli.CommandLine;

/**
 * The desk the browser tests look at, started once per test run: a store in a temporary folder, {@code sitrep serve}'s
 * app and ingestor on a free loopback port, and the articles the tests post through {@code POST /api/ingest} with the
 * token (so the analysis models load once, on the first ingest, for every test class). Stopped when the JVM exits.
 */
final class Desk {
    static final String TOKEN = "browser-tests-token-0123456789";
    private static Desk shared;

    final String base;
    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = DocumentJson.mapper();
    private final StringWriter log = new StringWriter();

    private Desk(Path dir) {
        Path storeDir = dir.resolve("store");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--store", storeDir.toString()); // the analysis and input options' defaults, as serve has them
        SitrepStore store = SitrepStore.open(storeDir);
        StoreIngestor ingestor = new StoreIngestor(store, serve.analysis, serve.input, new PrintWriter(log, true));
        app = WebApp.create(store, WebSettings.of(TOKEN), ingestor).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            store.close();
            delete(dir);
        }, "browser-tests-desk-stop"));
    }

    /** The desk of this run, started on first use. */
    static synchronized Desk get() {
        if (shared == null) {
            try {
                shared = new Desk(Files.createTempDirectory("sitrep-desk"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Posts a body to {@code /api/ingest?query} with the token and returns the report; anything but a 201 fails. */
    JsonNode ingest(String contentType, String query, byte[] body) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/ingest" + (query.isEmpty() ? "" : "?" + query)))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> res = send(req);
        assertEquals(201, res.statusCode(), () -> "POST /api/ingest?" + query + " answered " + res.body() + "\n" + log);
        JsonNode report = read(res.body());
        assertTrue(report.path("stored").size() > 0, () -> "nothing stored: " + res.body());
        return report;
    }

    JsonNode ingest(String contentType, String query, String body) {
        return ingest(contentType, query, body.getBytes(StandardCharsets.UTF_8));
    }

    /** GETs an API path (with its query) as JSON; anything but a 200 fails. */
    JsonNode api(String pathAndQuery) {
        HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Accept", "application/json").GET().build());
        assertEquals(200, res.statusCode(), () -> "GET " + pathAndQuery + " answered " + res.body());
        return read(res.body());
    }

    /** The status a GET of this path answers. */
    int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()).statusCode();
    }

    private HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
