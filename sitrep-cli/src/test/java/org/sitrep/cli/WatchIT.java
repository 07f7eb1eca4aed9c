package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.HtmlPage;
import picocli.CommandLine;

/**
 * Issue 8, "Done when": an RSS feed served on 127.0.0.1 is watched; a second poll after the feed gains an item adds only
 * that item, and a restart remembers what was taken. The feed has one item with full content and link-only items
 * whose pages the watch fetches.
 */
class WatchIT {
    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final AtomicInteger feedRequests = new AtomicInteger();
    private final Map<String, AtomicInteger> pageRequests = new ConcurrentHashMap<>();

    private static final String ITEM_CONTENT = """
            <item><title>Talks resume in Doha</title><link>%s/talks</link><guid>talks</guid><pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>Negotiators met in Doha on Tuesday, officials said.</p>]]></content:encoded></item>
            """;
    private static final String ITEM_CONVOY = """
            <item><title>Convoy reaches Tyre</title><link>%s/convoy</link><guid>convoy</guid><pubDate>Wed, 05 Mar 2025 09:00:00 GMT</pubDate>
              <description>A convoy reached Tyre.</description></item>
            """;
    private static final String ITEM_ENVOY = """
            <item><title>Envoy arrives in Beirut</title><link>%s/envoy</link><guid>envoy</guid><pubDate>Thu, 06 Mar 2025 10:00:00 GMT</pubDate></item>
            """;

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
        switch (path) {
            case "/feed.xml" -> {
                // The first poll sees two items; later polls see a third, newer one.
                boolean grown = feedRequests.incrementAndGet() > 1;
                String items = ITEM_CONTENT.formatted(base) + ITEM_CONVOY.formatted(base) + (grown ? ITEM_ENVOY.formatted(base) : "");
                send(ex, 200, "application/rss+xml; charset=utf-8", "<?xml version=\"1.0\"?><rss version=\"2.0\" "
                        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Example Wire</title>" + items + "</channel></rss>");
            }
            case "/convoy" -> page(ex, path, HtmlPage.titled("Convoy reaches Tyre").paragraph("A convoy reached Tyre on Wednesday, the United Nations said."));
            case "/envoy" -> page(ex, path, HtmlPage.titled("Envoy arrives in Beirut").paragraph("The envoy arrived in Beirut on Thursday, officials said."));
            default -> send(ex, 404, "text/plain", "not here");
        }
    }

    private void page(HttpExchange ex, String path, HtmlPage page) throws IOException {
        pageRequests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        send(ex, 200, "text/html; charset=utf-8", page.html());
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private Cli watch(String store, String polls) {
        return Cli.run("watch", base + "/feed.xml", "--store", store, "--polls", polls, "--every", "0s", "--fetch-delay", "0");
    }

    @Test
    void a_second_poll_adds_only_the_new_item_and_a_restart_remembers_what_was_taken() throws Exception {
        String store = dir.resolve("index").toString();
        Cli first = watch(store, "2");
        assertEquals(0, first.exit(), first.err());
        assertThat(first.out().lines().toList()).containsExactly(
                "poll 1: 1 feeds, 2 new items: 2 stored, 0 skipped",
                "poll 2: 1 feeds, 1 new items: 1 stored, 0 skipped");
        assertEquals(1, pageRequests.get("/convoy").get(), "a page is fetched once");
        assertEquals(1, pageRequests.get("/envoy").get());
        assertThat(Cli.run("stats", "--store", store).out()).contains("article  3");
        Path state = dir.resolve("index.watch");
        assertThat(Files.readAllLines(state)).contains("talks", "convoy", "envoy");

        Cli restart = watch(store, "1");
        assertEquals(0, restart.exit(), restart.err());
        assertThat(restart.out()).contains("poll 1: 1 feeds, 0 new items: 0 stored, 0 skipped");
        assertEquals(1, pageRequests.get("/convoy").get(), "nothing is fetched again after a restart");
        assertThat(Cli.run("stats", "--store", store).out()).contains("article  3");
    }

    @Test
    void a_terminated_watch_process_stops_cleanly_through_its_shutdown_hook() throws Exception {
        // SIGTERM runs the same shutdown hooks as Ctrl-C (SIGINT) does in a terminal.
        Path store = dir.resolve("index");
        Path out = dir.resolve("out.txt");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx3g", "-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main", "watch",
                base + "/feed.xml", "--store", store.toString(), "--every", "1h", "--fetch-delay", "0", "--threads", "1")
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 180_000;
            while (!(Files.exists(out) && Files.readString(out).contains("poll 1:")) && p.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(out)).contains("poll 1: 1 feeds, 2 new items: 2 stored");
            p.destroy();
            assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(Files.readString(out)).contains("stopped; 2 items remembered in " + dir.resolve("index.watch"));
        assertThat(Files.readAllLines(dir.resolve("index.watch"))).contains("talks", "convoy");
        assertThat(Cli.run("stats", "--store", store.toString()).out()).contains("article  2");
    }

    @Test
    void a_stop_request_ends_the_watch_cleanly_between_polls() throws Exception {
        String store = dir.resolve("index").toString();
        CommandLine cl = SitrepCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter()));
        int[] exit = {-1};
        Thread run = new Thread(() -> exit[0] = cl.execute("watch", base + "/feed.xml", "--store", store, "--every", "1h", "--fetch-delay", "0"));
        run.start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (!out.toString().contains("poll 1:") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        WatchCommand watch = cl.getSubcommands().get("watch").getCommand();
        watch.requestStop();
        run.join(30_000);
        assertEquals(0, exit[0]);
        assertThat(out.toString()).contains("poll 1: 1 feeds, 2 new items: 2 stored", "stopped; 2 items remembered in " + dir.resolve("index.watch"));
        assertEquals(List.of("talks", "convoy"), Files.readAllLines(dir.resolve("index.watch")).stream().filter(l -> !l.startsWith("#")).toList());
    }
}
