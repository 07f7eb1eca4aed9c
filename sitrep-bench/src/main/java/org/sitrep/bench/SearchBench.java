package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.model.Stance;
import org.sitrep.store.SitrepStore;
import org.sitrep.web.WebApp;
import org.sitrep.web.WebSettings;

/**
 * Search latency of the analyst's desk over a large store (issue 11): a store of at least {@code records} events and
 * claims written by {@link SyntheticNews} (bulk-loaded with {@code put(doc, features, false)}: no cross-article linking,
 * no embedding), the real web app started in-process on a free port, and a realistic mix of {@code GET /api/search}
 * requests sent over HTTP by {@code java.net.http.HttpClient}: the search page's first view (no query, facets over
 * every record), common and selective free-text terms, two terms, phrases, kind, actor, type, place and stance filters,
 * date ranges and pages 2 to 50. After a warm-up the mix is timed from one client thread, then the same requests from
 * four; each request's time is from sending to the last byte of the answer. The other read endpoints a page uses are
 * timed apart. Prints p50/p95/p99/max per query class and overall in ms, the store's records by kind, its size on disk
 * and the generation time, as Markdown tables for docs/benchmarks.md.
 * Usage: SearchBench [records=120000] [requests=2000] [seed=1] [--keep DIR] (DIR holding a store is reused as it is)
 */
public final class SearchBench {
    /** The target of issue 11: p95 of a search under this, in ms. */
    static final double TARGET_P95_MS = 100;
    private static final int WARM_UP = 400;
    private static final int COMMIT_EVERY = 5000;
    private static final int THREADS = 4;
    private static final String[] COMMON = {"said", "officials", "government", "people", "forces", "talks", "week"};
    private static final ObjectMapper JSON = DocumentJson.mapper();

    private SearchBench() {}

    /** One kind of request of the mix: its name, its share of the mix, and how it makes a path. */
    private record Kind(String name, int weight, Function<Random, String> path) {}

    /** A timed request: its class, its time in ns, the process's CPU time meanwhile in ns, the matches it reported (-1 when none). */
    private record Timed(String kind, long nanos, long cpu, long total) {}

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Path keep = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--keep needs a directory");
                }
                keep = Path.of(args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        int records = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 120_000;
        int requests = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 2000;
        long seed = positional.size() > 2 ? Long.parseLong(positional.get(2)) : 1;
        Path dir = keep != null ? keep : Files.createTempDirectory("sitrep-searchbench");
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, load());
        SyntheticNews news = new SyntheticNews(seed);
        try {
            boolean reuse = keep != null && Files.isDirectory(dir) && hasStore(dir);
            try (SitrepStore store = SitrepStore.open(dir)) {
                if (reuse) {
                    System.out.println("store: reusing " + dir + " (generation skipped)");
                } else {
                    generate(store, news, records);
                }
                Javalin app = WebApp.create(store, WebSettings.of("x"), request -> {
                    throw new IllegalStateException("the benchmark ingests nothing");
                }).start("127.0.0.1", 0);
                try {
                    measure(app.port(), dir, news, requests, seed);
                } finally {
                    app.stop();
                }
            }
        } finally {
            if (keep == null) {
                delete(dir);
            } else {
                System.out.println("store kept in " + dir);
            }
        }
    }

    private static boolean hasStore(Path dir) {
        try (SitrepStore s = SitrepStore.openExisting(dir)) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void generate(SitrepStore store, SyntheticNews news, int records) {
        long generating = 0;
        long loading = 0;
        long t0 = System.nanoTime();
        int articles = 0;
        long claims = 0;
        long events = 0;
        long words = 0;
        while (claims + events < records) {
            long g0 = System.nanoTime();
            SyntheticNews.Synthetic s = news.next();
            long g1 = System.nanoTime();
            store.put(s.doc(), s.features(), false);
            articles++;
            if (articles % COMMIT_EVERY == 0) {
                store.commit();
            }
            loading += System.nanoTime() - g1;
            generating += g1 - g0;
            claims += s.doc().claims().size();
            events += s.doc().events().size();
            words += s.doc().text().split("\\s+").length;
        }
        long c0 = System.nanoTime();
        store.commit();
        loading += System.nanoTime() - c0;
        System.out.printf(Locale.ROOT, "generated %,d articles (%,d words on average), %,d claims, %,d events in %.1f s: documents %.1f s, put + commit %.1f s%n",
                articles, words / Math.max(1, articles), claims, events, (System.nanoTime() - t0) / 1e9, generating / 1e9, loading / 1e9);
    }

    private static void measure(int port, Path dir, SyntheticNews news, int requests, long seed) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + port;
        long c0 = System.nanoTime();
        JsonNode first = json(http, base + "/api/search");
        System.out.printf(Locale.ROOT, "first request after start (cold): %.0f ms%n", (System.nanoTime() - c0) / 1e6);
        long s0 = System.nanoTime();
        JsonNode stats = json(http, base + "/api/stats");
        long statsMs = (System.nanoTime() - s0) / 1_000_000;
        long bytes;
        long segments;
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            bytes = 0;
            for (Path p : all) {
                bytes += Files.size(p);
            }
            segments = all.stream().filter(p -> p.getFileName().toString().endsWith(".si")).count();
        }
        System.out.printf(Locale.ROOT, "store: %s records, %.0f MB on disk in %d segments (/api/stats took %d ms)%n", stats.path("records"),
                bytes / 1e6, segments, statsMs);

        List<Kind> mix = mix(news, first);
        Random r = new Random(seed * 31 + 7);
        List<String[]> warm = draw(mix, WARM_UP, r);
        for (String[] q : warm) {
            send(http, base, q);
        }
        List<String[]> timed = draw(mix, requests, r);
        System.out.printf(Locale.ROOT, "%n%d timed search requests after %d warm-up ones; load average %.2f%n", requests, WARM_UP, load());

        long cpu0 = cpu();
        long w0 = System.nanoTime();
        List<Timed> one = new ArrayList<>();
        for (String[] q : timed) {
            one.add(send(http, base, q));
        }
        double oneSeconds = (System.nanoTime() - w0) / 1e9;
        double oneCpu = (cpu() - cpu0) / 1e6 / requests;
        System.out.printf(Locale.ROOT, "%n### One client thread (%.0f requests/s, %.1f ms of CPU per request; load average after: %.2f)%n%n",
                requests / oneSeconds, oneCpu, load());
        table(mix, one, true);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Timed>>> parts = new ArrayList<>();
        long cpu1 = cpu();
        long f0 = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int from = t;
            parts.add(pool.submit(() -> {
                List<Timed> out = new ArrayList<>();
                for (int i = from; i < timed.size(); i += THREADS) {
                    out.add(send(http, base, timed.get(i)));
                }
                return out;
            }));
        }
        List<Timed> four = new ArrayList<>();
        for (Future<List<Timed>> f : parts) {
            four.addAll(f.get());
        }
        double fourSeconds = (System.nanoTime() - f0) / 1e9;
        double fourCpu = (cpu() - cpu1) / 1e6 / requests;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%n### %d client threads, the same requests (%.0f requests/s, %.1f ms of CPU per request; load average after: %.2f)%n%n",
                THREADS, requests / fourSeconds, fourCpu, load());
        table(mix, four, false);

        endpoints(http, base, news, first, new Random(seed * 17 + 3));
    }

    /** The request mix: each class's share (of 100) and how its paths are drawn. */
    private static List<Kind> mix(SyntheticNews news, JsonNode first) {
        List<String> facetActors = values(first, "actor");
        List<String> facetPlaces = values(first, "place");
        List<Actor> actors = news.actors();
        List<Place> towns = news.places().stream().filter(p -> p.kind().equals("city")).toList();
        List<String> topics = news.topics();
        List<String> types = news.eventTypes();
        List<String> surnames = actors.stream().filter(a -> a.id().startsWith("person:")).map(a -> a.aliases().get(0)).distinct().toList();
        Function<Random, String> topicWord = r -> word(topics.get(zipf(r, topics.size())), r);
        Function<Random, String> rareWord = r -> switch (r.nextInt(3)) {
            case 0 -> towns.get(r.nextInt(towns.size())).name().replaceAll("^(Port|New) ", "");
            case 1 -> surnames.get(r.nextInt(surnames.size()));
            default -> word(topics.get(topics.size() / 2 + r.nextInt(topics.size() / 2)), r);
        };
        Function<Random, String> actor = r -> r.nextInt(10) < 6 && !facetActors.isEmpty() ? facetActors.get(r.nextInt(facetActors.size()))
                : actors.get(r.nextInt(actors.size())).id();
        Function<Random, String> place = r -> switch (r.nextInt(3)) {
            case 0 -> facetPlaces.isEmpty() ? towns.get(0).id() : facetPlaces.get(r.nextInt(facetPlaces.size()));
            case 1 -> towns.get(r.nextInt(towns.size())).id();
            default -> towns.get(r.nextInt(towns.size())).name().toLowerCase(Locale.ROOT).replaceAll("^(port|new) ", "");
        };
        Function<Random, String> range = r -> {
            LocalDate since = SyntheticNews.FIRST_DAY.plusDays(r.nextInt(SyntheticNews.DAYS - 90));
            return "since=" + since + "&until=" + since.plusDays(7 + r.nextInt(84));
        };
        List<Kind> mix = new ArrayList<>();
        mix.add(new Kind("first view (no query, all facets)", 12, r -> ""));
        mix.add(new Kind("common term", 8, r -> "q=" + COMMON[r.nextInt(COMMON.length)]));
        mix.add(new Kind("selective term", 12, r -> "q=" + enc(rareWord.apply(r))));
        mix.add(new Kind("two terms", 6, r -> "q=" + enc(topicWord.apply(r) + " " + topicWord.apply(r))));
        mix.add(new Kind("phrase", 8, r -> "q=" + enc("\"" + topics.get(zipf(r, topics.size())) + "\"")));
        mix.add(new Kind("kind filter", 8, r -> "kind=" + List.of("article", "claim", "event").get(r.nextInt(3))
                + (r.nextBoolean() ? "" : "&q=" + enc(topicWord.apply(r)))));
        mix.add(new Kind("actor filter", 10, r -> "actor=" + enc(actor.apply(r)) + (r.nextInt(10) < 3 ? "&q=" + enc(topicWord.apply(r)) : "")));
        mix.add(new Kind("type filter", 8, r -> "type=" + types.get(r.nextInt(types.size())) + (r.nextInt(4) == 0 ? "&" + range.apply(r) : "")));
        mix.add(new Kind("place filter", 8, r -> "place=" + enc(place.apply(r))));
        mix.add(new Kind("stance filter", 5, r -> "stance=" + Stance.values()[r.nextInt(Stance.values().length)].name().toLowerCase(Locale.ROOT)));
        mix.add(new Kind("date range", 8, r -> range.apply(r) + (r.nextBoolean() ? "" : "&q=" + enc(topicWord.apply(r)))));
        mix.add(new Kind("page 2 to 50", 7, r -> switch (r.nextInt(3)) {
            case 0 -> "";
            case 1 -> "q=" + COMMON[r.nextInt(COMMON.length)] + "&";
            default -> "kind=claim&";
        } + "page=" + (2 + r.nextInt(49))));
        return mix;
    }

    private static List<String[]> draw(List<Kind> mix, int n, Random r) {
        int total = mix.stream().mapToInt(Kind::weight).sum();
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int x = r.nextInt(total);
            for (Kind k : mix) {
                x -= k.weight();
                if (x < 0) {
                    String query = k.path().apply(r);
                    out.add(new String[] {k.name(), "/api/search" + (query.isEmpty() ? "" : "?" + query)});
                    break;
                }
            }
        }
        return out;
    }

    private static Timed send(HttpClient http, String base, String[] request) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + request[1])).GET().build();
        long c0 = cpu();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> answer = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - t0;
        long cpu = cpu() - c0;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + request[1] + " answered " + answer.statusCode() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return new Timed(request[0], nanos, cpu, JSON.readTree(answer.body()).path("total").asLong(-1));
    }

    /** The table of {@code times} by class; with the process's CPU time per request when the requests ran one at a time. */
    private static void table(List<Kind> mix, List<Timed> times, boolean cpu) {
        System.out.println("| query class | requests | matches, mean | p50 ms | p95 ms | p99 ms | max ms |" + (cpu ? " CPU ms, mean |" : ""));
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |" + (cpu ? " ---: |" : ""));
        for (Kind k : mix) {
            row(k.name(), times.stream().filter(t -> t.kind().equals(k.name())).toList(), cpu);
        }
        row("**all searches**", times, cpu);
        double p95 = percentile(times.stream().mapToLong(Timed::nanos).sorted().toArray(), 0.95) / 1e6;
        System.out.printf(Locale.ROOT, "%np95 of all searches %.1f ms: target of %.0f ms %s%n", p95, TARGET_P95_MS, p95 < TARGET_P95_MS ? "met" : "MISSED");
    }

    private static void row(String name, List<Timed> times, boolean cpu) {
        if (times.isEmpty()) {
            return;
        }
        long[] ns = times.stream().mapToLong(Timed::nanos).sorted().toArray();
        double hits = times.stream().mapToLong(Timed::total).average().orElse(0);
        System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.1f | %.1f | %.1f | %.1f |%s%n", name, ns.length, hits, percentile(ns, 0.5) / 1e6,
                percentile(ns, 0.95) / 1e6, percentile(ns, 0.99) / 1e6, ns[ns.length - 1] / 1e6,
                cpu ? String.format(Locale.ROOT, " %.1f |", times.stream().mapToLong(Timed::cpu).average().orElse(0) / 1e6) : "");
    }

    /** The other read endpoints of the pages, each timed apart (after one untimed call), within a time budget each. */
    private static void endpoints(HttpClient http, String base, SyntheticNews news, JsonNode first, Random r) throws Exception {
        List<String> articleIds = new ArrayList<>();
        for (int page = 1; articleIds.size() < 200 && page <= 10; page++) {
            json(http, base + "/api/search?kind=article&size=100&page=" + page).path("hits").forEach(h -> articleIds.add(h.path("id").asText()));
        }
        List<String> facetActors = values(first, "actor");
        List<Actor> actors = news.actors();
        List<String> facetPlaces = values(first, "place");
        List<Place> towns = news.places().stream().filter(p -> p.kind().equals("city")).toList();
        Map<String, Function<Integer, String>> paths = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        paths.put("/api/articles/{id}", i -> "/api/articles/" + enc(articleIds.get(i % articleIds.size())));
        counts.put("/api/articles/{id}", 200);
        paths.put("/api/actors/{id}, of the top 15 in the first view's facets", i -> "/api/actors/" + enc(facetActors.get(i % facetActors.size())));
        counts.put("/api/actors/{id}, of the top 15 in the first view's facets", 30);
        paths.put("/api/actors/{id}, any actor", i -> "/api/actors/" + enc(actors.get(r.nextInt(actors.size())).id()));
        counts.put("/api/actors/{id}, any actor", 30);
        paths.put("/api/places", i -> "/api/places");
        counts.put("/api/places", 10);
        paths.put("/api/places/{id}", i -> "/api/places/" + enc(i % 2 == 0 && !facetPlaces.isEmpty() ? facetPlaces.get(i / 2 % facetPlaces.size())
                : towns.get(r.nextInt(towns.size())).id()));
        counts.put("/api/places/{id}", 40);
        paths.put("/api/claims?contested=true&size=20", i -> "/api/claims?contested=true&size=20");
        counts.put("/api/claims?contested=true&size=20", 5);
        paths.put("/api/claims?actor={id}&size=20", i -> "/api/claims?size=20&actor=" + enc(facetActors.get(i % facetActors.size())));
        counts.put("/api/claims?actor={id}&size=20", 10);
        paths.put("/api/stats", i -> "/api/stats");
        counts.put("/api/stats", 5);
        paths.put("/api/events?size=20, no filter or one type", i -> "/api/events?size=20" + (i % 2 == 0 ? "" : "&type=ASSAULT"));
        counts.put("/api/events?size=20, no filter or one type", 40);
        paths.put("/api/events?actor={id}&size=20", i -> "/api/events?size=20&actor=" + enc(facetActors.get(i % facetActors.size())));
        counts.put("/api/events?actor={id}&size=20", 20);
        paths.put("/api/timeline?interval=week&by=type", i -> "/api/timeline?interval=week&by=type");
        counts.put("/api/timeline?interval=week&by=type", 10);
        paths.put("/api/calm", i -> "/api/calm");
        counts.put("/api/calm", 5);
        System.out.printf(Locale.ROOT, "%n### Other read endpoints (one client thread; load average %.2f)%n%n", load());
        System.out.println("| endpoint | requests | answer KB, mean | p50 ms | p95 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Map.Entry<String, Function<Integer, String>> e : paths.entrySet()) {
            HttpResponse<byte[]> probe = http.send(HttpRequest.newBuilder(URI.create(base + e.getValue().apply(0))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (probe.statusCode() == 404) { // a route this build does not have yet (every path probed names something stored)
                System.out.printf(Locale.ROOT, "| `%s` | not served by this build (404: %s) | | | | |%n", e.getKey(),
                        JSON.readTree(probe.body()).path("message").asText());
                continue;
            }
            List<Long> ns = new ArrayList<>();
            long size = 0;
            long budget = System.nanoTime() + 60_000_000_000L;
            for (int i = 0; i < counts.get(e.getKey()) && System.nanoTime() < budget; i++) {
                String path = e.getValue().apply(i);
                long t0 = System.nanoTime();
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                ns.add(System.nanoTime() - t0);
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
                }
                size += answer.body().length;
            }
            long[] sorted = ns.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "| `%s` | %d | %.1f | %.1f | %.1f | %.1f |%n", e.getKey(), sorted.length, size / 1024.0 / sorted.length,
                    percentile(sorted, 0.5) / 1e6, percentile(sorted, 0.95) / 1e6, sorted[sorted.length - 1] / 1e6);
        }
    }

    private static List<String> values(JsonNode result, String facet) {
        List<String> out = new ArrayList<>();
        result.path("facets").path(facet).forEach(v -> out.add(v.path("value").asText()));
        return out;
    }

    private static JsonNode json(HttpClient http, String uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + answer.statusCode() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(answer.body());
    }

    /** The nearest-rank percentile of sorted {@code values}. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** A rank 0..n-1, lower ranks likelier (Zipf, exponent 1): the topics an analyst searches are mostly the covered ones. */
    private static int zipf(Random r, int n) {
        double h = 0;
        for (int k = 1; k <= n; k++) {
            h += 1.0 / k;
        }
        double x = r.nextDouble() * h;
        for (int k = 1; k <= n; k++) {
            x -= 1.0 / k;
            if (x <= 0) {
                return k - 1;
            }
        }
        return n - 1;
    }

    /** A word of {@code phrase} of more than three letters (the phrase's first word when none). */
    private static String word(String phrase, Random r) {
        List<String> words = Arrays.stream(phrase.split("[\\s']+")).filter(w -> w.length() > 3).toList();
        return words.isEmpty() ? phrase.split("\\s+")[0] : words.get(r.nextInt(words.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The CPU time of the whole process (server, client and garbage collector), in ns. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
