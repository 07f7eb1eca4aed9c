package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.cli.SitrepCommand;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.Chromium;
import org.sitrep.web.WebApp;
import org.sitrep.web.WebSettings;
import picocli.CommandLine;

/**
 * How fast the desk answers a person on the sample store (issue 11: "the first page renders in under 1 s on the
 * sample store"): the inputs are ingested with {@code sitrep ingest} into a temporary store, the app is started
 * in-process (its start and first answer timed: no NLP model is loaded), then Debian's headless chromium opens each
 * page, first in a fresh browser (cold: every script and library fetched) and then {@code runs} times more (warm), and
 * reads the time from navigation to the page's "drawn" mark ({@code body[data-ready-ms]}, set when its API answers are
 * on the screen).
 * Usage: DeskBench [runs=5] INPUT… (default: samples/ and ../shared/samples/seed-news-dump.txt)
 */
public final class DeskBench {
    private DeskBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> inputs = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("samples", "../shared/samples/seed-news-dump.txt");
        Path dir = Files.createTempDirectory("sitrep-deskbench");
        Path storeDir = dir.resolve("index");
        List<String> ingest = new ArrayList<>(List.of("ingest", "--store", storeDir.toString()));
        ingest.addAll(inputs);
        int exit = new CommandLine(new SitrepCommand()).execute(ingest.toArray(String[]::new));
        if (exit != 0) {
            System.err.println("DeskBench: ingest exited " + exit);
        }
        long t0 = System.nanoTime();
        try (SitrepStore store = SitrepStore.open(storeDir)) {
            Javalin app = WebApp.create(store, WebSettings.of("bench"), r -> {
                throw new IllegalStateException("no ingest in this benchmark");
            }).start("127.0.0.1", 0);
            double listeningMs = (System.nanoTime() - t0) / 1e6;
            String base = "http://127.0.0.1:" + app.port();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
            double startMs = (System.nanoTime() - t0) / 1e6;
            JsonNode stats = DocumentJson.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            JsonNode articles = DocumentJson.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?kind=article&size=1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            JsonNode actors = DocumentJson.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?size=1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).at("/facets/actor");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("search", "/");
            pages.put("article", "/articles/" + enc(articles.at("/hits/0/id").asText()));
            pages.put("timeline", "/timeline");
            pages.put("map", "/map");
            pages.put("actor", "/actors/" + enc(actors.path(0).path("value").asText("org:none")));
            pages.put("claims", "/claims");
            System.out.printf(Locale.ROOT, "store: %s; app built and listening in %.0f ms, first page's HTML after %.0f ms (status %d; no NLP model loaded)%n",
                    stats.get("records"), listeningMs, startMs, first.statusCode());
            System.out.printf(Locale.ROOT, "%-9s %8s %8s %8s  (ms from navigation to drawn; warm: %d loads)%n", "page", "cold", "warm p50", "warm max", runs);
            for (Map.Entry<String, String> p : pages.entrySet()) {
                double cold;
                try (Chromium fresh = Chromium.start()) {
                    cold = load(fresh.driver(), base + p.getValue());
                }
                List<Double> warm = new ArrayList<>();
                try (Chromium chromium = Chromium.start()) {
                    load(chromium.driver(), base + p.getValue());
                    for (int i = 0; i < runs; i++) {
                        warm.add(load(chromium.driver(), base + p.getValue()));
                    }
                }
                warm.sort(null);
                System.out.printf(Locale.ROOT, "%-9s %8.0f %8.0f %8.0f%n", p.getKey(), cold, warm.get(warm.size() / 2), warm.get(warm.size() - 1));
            }
            app.stop();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Opens {@code url} and returns the page's own "drawn" time, in ms since navigation started. */
    private static double load(ChromeDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(10))
                .until(d -> "ready".equals(((JavascriptExecutor) d).executeScript("return document.body && document.body.dataset.state")));
        Object ms = ((JavascriptExecutor) driver).executeScript("return document.body.dataset.readyMs");
        return Double.parseDouble(String.valueOf(ms));
    }
}
