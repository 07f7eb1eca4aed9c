package org.sitrep.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 8: polite fetching, against a server bound to 127.0.0.1 only. */
class HttpFetcherTest {
    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private final List<Long> pageTimes = new CopyOnWriteArrayList<>();

    private static final FetchSettings FAST = FetchSettings.DEFAULT.withDelay(Duration.ZERO).withRetries(2, Duration.ofMillis(10))
            .withTimeout(Duration.ofMillis(800));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: sitrep\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n");
            case "/page" -> {
                pageTimes.add(System.nanoTime());
                send(ex, 200, "text/html; charset=utf-8", "<p>Hello</p>");
            }
            case "/flaky" -> send(ex, n < 3 ? 503 : 200, "text/html", n < 3 ? "busy" : "<p>At last</p>");
            case "/down" -> send(ex, 500, "text/plain", "broken");
            case "/missing" -> send(ex, 404, "text/plain", "no");
            case "/moved" -> {
                ex.getResponseHeaders().add("Location", "/page");
                send(ex, 301, "text/plain", "");
            }
            case "/loop" -> {
                ex.getResponseHeaders().add("Location", "/loop");
                send(ex, 302, "text/plain", "");
            }
            case "/slow" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, "text/html", "<p>late</p>");
            }
            case "/big" -> send(ex, 200, "text/html", "x".repeat(5000));
            default -> send(ex, 200, "text/html", "<p>" + path + "</p>");
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    @Test
    void a_page_is_fetched_with_sitreps_user_agent_after_its_robots_txt() throws Exception {
        Fetched f = new HttpFetcher(FAST).fetch(uri("/page"));
        assertEquals("<p>Hello</p>", new String(f.body(), StandardCharsets.UTF_8));
        assertEquals("text/html; charset=utf-8", f.contentType());
        assertEquals(1, hits.get("/robots.txt").get());
        assertThat(agents).allMatch(a -> a.equals("Sitrep/0.1.0 (+https://project-page-placeholder.invalid/sitrep)"));
    }

    @Test
    void robots_txt_is_obeyed_and_read_once_per_host() throws Exception {
        HttpFetcher fetcher = new HttpFetcher(FAST);
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/private/report")));
        assertEquals(base + "/private/report: robots.txt of " + base + " disallows /private/report", e.getMessage());
        fetcher.fetch(uri("/page"));
        assertEquals(null, hits.get("/private/report"));
        assertEquals(1, hits.get("/robots.txt").get());
    }

    @Test
    void server_errors_are_retried_with_backoff_and_client_errors_are_not() throws Exception {
        HttpFetcher fetcher = new HttpFetcher(FAST);
        assertEquals("<p>At last</p>", new String(fetcher.fetch(uri("/flaky")).body(), StandardCharsets.UTF_8));
        assertEquals(3, hits.get("/flaky").get());
        FetchException down = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/down")));
        assertEquals(base + "/down: HTTP 500 after 3 attempts", down.getMessage());
        assertThat(down.retryable()).isTrue();
        FetchException missing = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/missing")));
        assertEquals(base + "/missing: HTTP 404", missing.getMessage());
        assertEquals(1, hits.get("/missing").get());
        assertThat(missing.retryable()).isFalse();
    }

    @Test
    void redirects_are_followed_within_a_bound() throws Exception {
        HttpFetcher fetcher = new HttpFetcher(FAST);
        Fetched f = fetcher.fetch(uri("/moved"));
        assertEquals(uri("/page"), f.uri());
        assertEquals(uri("/moved"), f.requested());
        FetchException loop = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/loop")));
        assertEquals(base + "/loop: too many redirects (more than 5)", loop.getMessage());
    }

    @Test
    void a_slow_server_times_out_and_a_large_body_is_refused() {
        HttpFetcher fetcher = new HttpFetcher(FAST.withRetries(0, Duration.ZERO));
        FetchException slow = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/slow")));
        assertThat(slow.getMessage()).startsWith(base + "/slow: timed out after 0.8 s");
        HttpFetcher small = new HttpFetcher(FAST.withMaxBytes(1000));
        FetchException big = assertThrows(FetchException.class, () -> small.fetch(uri("/big")));
        assertEquals(base + "/big: larger than the 0.0 MB limit", big.getMessage());
    }

    @Test
    void requests_to_one_host_are_spaced_by_the_delay() throws Exception {
        HttpFetcher fetcher = new HttpFetcher(FAST.withDelay(Duration.ofMillis(300)));
        for (int i = 0; i < 3; i++) {
            fetcher.fetch(uri("/page"));
        }
        for (int i = 1; i < pageTimes.size(); i++) {
            assertThat((pageTimes.get(i) - pageTimes.get(i - 1)) / 1_000_000).isGreaterThanOrEqualTo(200); // server-side stamps; a loaded machine may stamp the first late
        }
    }

    @Test
    void a_host_without_robots_txt_allows_everything_and_one_that_cannot_be_reached_allows_nothing() throws Exception {
        HttpServer bare = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        bare.createContext("/", ex -> send(ex, ex.getRequestURI().getPath().equals("/robots.txt") ? 404 : 200, "text/html", "<p>ok</p>"));
        bare.start();
        try {
            URI page = URI.create("http://127.0.0.1:" + bare.getAddress().getPort() + "/any");
            assertEquals(200, new HttpFetcher(FAST).fetch(page).status());
        } finally {
            bare.stop(0);
        }
        int closedPort = bare.getAddress().getPort();
        FetchException e = assertThrows(FetchException.class, () -> new HttpFetcher(FAST).fetch(URI.create("http://127.0.0.1:" + closedPort + "/any")));
        assertThat(e.getMessage()).contains("robots.txt of http://127.0.0.1:" + closedPort + " disallows /any");
    }
}
