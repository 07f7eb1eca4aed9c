package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.link.ClaimFeatures;
import org.sitrep.link.Embeddings;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.store.SitrepStore;

/**
 * The cost of linking a new article's claims against the store as it grows (issue 9): a store of N synthetic claims
 * (10 per article; contents built from varied actors, places, acts and numbers; 500 actors, 300 places, a year of dates)
 * is bulk-loaded without linking, then new articles are put with cross-article linking on, and each put is timed
 * (ms/article, p50/p95). Contents are embedded by the real model: a pool of distinct contents is embedded once, and each
 * stored claim takes a pool vector with a small random perturbation, so building 100k claims does not take 100k
 * embeddings; the new articles' own embeddings are measured apart (ms/claim), as is the model's load time.
 * Usage: LinkBench [claims=10000,100000] [new-articles=200] [seed=1]
 */
public final class LinkBench {
    private static final int CLAIMS_PER_ARTICLE = 10;
    private static final int POOL = 1000;
    private static final String[] ACTS = {"attacked", "shelled", "seized", "visited", "negotiated with", "sanctioned", "accused",
        "released prisoners held by", "signed a deal with", "withdrew troops from"};
    private static final String[] WHAT = {"the border post", "the airport", "a convoy", "the capital", "a ceasefire", "the talks",
        "the power plant", "a refugee camp", "the port", "the election"};

    private LinkBench() {}

    public static void main(String[] args) throws IOException {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(",")).mapToInt(Integer::parseInt).toArray();
        int fresh = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        long t0 = System.nanoTime();
        Embeddings.of("load");
        System.out.printf(Locale.ROOT, "embedding model load: %.0f ms (first call %.0f ms)%n", Embeddings.loadMillis(), (System.nanoTime() - t0) / 1e6);
        Random r = new Random(seed);
        List<String> pool = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        t0 = System.nanoTime();
        for (int i = 0; i < POOL; i++) {
            String c = content(r, i);
            pool.add(c);
            vectors.add(Embeddings.of(c));
        }
        double embedMs = (System.nanoTime() - t0) / 1e6 / POOL;
        System.out.printf(Locale.ROOT, "embedding: %.2f ms/claim (%d distinct contents)%n", embedMs, POOL);
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("sitrep-linkbench");
            try (SitrepStore store = SitrepStore.open(dir)) {
                long b0 = System.nanoTime();
                int articles = n / CLAIMS_PER_ARTICLE;
                for (int a = 0; a < articles; a++) {
                    SyntheticNews.Synthetic s = article(r, "s" + a, pool, vectors);
                    store.put(s.doc(), s.features(), false);
                    if (a % 5000 == 4999) {
                        store.commit();
                    }
                }
                store.commit();
                double buildS = (System.nanoTime() - b0) / 1e9;
                long[] plain = new long[fresh];
                for (int a = 0; a < fresh; a++) {
                    SyntheticNews.Synthetic s = article(r, "plain" + n + "-" + a, pool, vectors);
                    long p0 = System.nanoTime();
                    store.put(s.doc(), s.features(), false);
                    plain[a] = System.nanoTime() - p0;
                }
                store.commit();
                long[] times = new long[fresh];
                int links = 0;
                for (int a = 0; a < fresh; a++) {
                    SyntheticNews.Synthetic s = article(r, "new" + n + "-" + a, pool, vectors);
                    long p0 = System.nanoTime();
                    store.put(s.doc(), s.features(), true);
                    times[a] = System.nanoTime() - p0;
                }
                store.commit();
                links = (int) store.claims(null, null).links().size();
                Arrays.sort(times);
                Arrays.sort(plain);
                System.out.printf(Locale.ROOT, "%d stored claims (built in %.1f s), %d claims/article, embeddings excluded (add %.1f ms/article):%n"
                        + "  put without linking %.2f ms/article p50, %.2f p95, %.2f mean%n"
                        + "  put with linking    %.2f ms/article p50, %.2f p95, %.2f mean; %d links made%n", n, buildS, CLAIMS_PER_ARTICLE,
                        embedMs * CLAIMS_PER_ARTICLE, plain[fresh / 2] / 1e6, plain[(int) (fresh * 0.95)] / 1e6,
                        Arrays.stream(plain).average().orElse(0) / 1e6, times[fresh / 2] / 1e6, times[(int) (fresh * 0.95)] / 1e6,
                        Arrays.stream(times).average().orElse(0) / 1e6, links);
            } finally {
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static String content(Random r, int i) {
        return "group " + (i % 97) + " fighters " + ACTS[r.nextInt(ACTS.length)] + " " + WHAT[r.nextInt(WHAT.length)] + " near town "
                + (i % 61) + ", killing " + (2 + r.nextInt(40)) + " people";
    }

    private static SyntheticNews.Synthetic article(Random r, String id, List<String> pool, List<float[]> vectors) {
        StringBuilder text = new StringBuilder();
        List<int[]> at = new ArrayList<>();
        List<Integer> picks = new ArrayList<>();
        for (int k = 0; k < CLAIMS_PER_ARTICLE; k++) {
            int p = r.nextInt(pool.size());
            picks.add(p);
            int s = text.length();
            text.append("Source ").append(k).append(" said ");
            int c = text.length();
            text.append(pool.get(p));
            at.add(new int[] {s, c, text.length()});
            text.append(". ");
        }
        String t = text.toString();
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(366));
        Article a = new Article(id, "bench:" + id, "outlet" + r.nextInt(50), "t", new PublicationDate(day, DateSource.METADATA), List.of(),
                List.of(), t, "en", OffsetMap.shifted(0, t.length()));
        List<Claim> claims = new ArrayList<>();
        for (int[] p : at) {
            Span src = Span.of(t, p[0], p[1] - 6);
            claims.add(new Claim(new ClaimSource(src, null, r.nextBoolean(), src.text()), Span.of(t, p[1] - 5, p[1] - 1), Span.of(t, p[1], p[2]),
                    r.nextInt(5) == 0 ? Stance.DENY : Stance.ASSERT, false, null, Span.of(t, p[0], p[2] + 1)));
        }
        Document doc = Document.of(a).withClaims(claims);
        List<ClaimFeatures> features = new ArrayList<>();
        for (int k = 0; k < claims.size(); k++) {
            Claim c = doc.claims().get(k);
            float[] v = SyntheticNews.perturbed(vectors.get(picks.get(k)), r);
            Set<String> involves = Set.of("org:group-" + r.nextInt(500), "geonames:" + (1000 + r.nextInt(300)));
            features.add(SyntheticNews.features(c, id, involves, Set.of(), day, v, k));
        }
        return new SyntheticNews.Synthetic(doc, features);
    }
}
