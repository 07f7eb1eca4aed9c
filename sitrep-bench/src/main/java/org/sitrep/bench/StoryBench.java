package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.story.Bands;
import org.sitrep.story.Shingles;
import org.sitrep.story.Signature;
import org.sitrep.story.StoryGrouper;
import org.sitrep.story.StoryScheme;
import org.sitrep.store.SitrepStore;

/**
 * Story grouping on a set built from real pages: the article-extraction benchmark's gold bodies and a sample of BBC
 * articles are the originals; {@link StoryCopies} makes {@code copies} edited copies of each (levels light, medium,
 * heavy in turn); every other BBC article is a distractor, many of them on the same topics, and some of them follow-ups
 * of an original that share paragraphs with it (exact 5-shingle Jaccard up to {@value #POOL_OVERLAP}). Articles of
 * the source pool that are copies of each other (Jaccard ≥ {@value #POOL_OVERLAP}; the BBC set holds about a hundred
 * such pairs) are dropped first, so that construction alone says what is one story. Reports pairwise precision, recall and
 * F1 of the in-memory grouping (union-find, as analyze uses it, final and as written) and of the store's, recall per
 * level, the exact Jaccard of the copies, grouping by exact-Jaccard band, and documents per second of CPU time of the
 * one thread doing the work (wall-clock rates depend on what else the machine runs).
 * Usage: StoryBench &lt;ground-truth.json&gt; &lt;bbc dir&gt; [copies=3] [bbc-originals=200] [seed=1]
 */
public final class StoryBench {
    /** Pool articles this similar to an earlier one are copies already and are left out. */
    static final double POOL_OVERLAP = 0.5;
    /** Verification thresholds tried besides the standard one, to show the trade-off. */
    static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7};
    static final int ROUNDS = 5;

    private StoryBench() {}

    /** One article of the set: its gold story, its copy level (null for originals and distractors), BBC category or "". */
    private record Item(String id, int gold, StoryCopies.Level level, int original, String category, String text) {}

    private record Source(String title, String text, String category) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: StoryBench <ground-truth.json> <bbc dir> [copies=3] [bbc-originals=200] [seed=1]");
            System.exit(2);
        }
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int bbcOriginals = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        StoryScheme scheme = StoryScheme.STANDARD;

        List<Source> extraction = extraction(Path.of(args[0]));
        List<Source> bbc = bbc(Path.of(args[1]));
        List<Source> pool = new ArrayList<>(extraction);
        pool.addAll(bbc);
        boolean[] kept = dropCopies(pool, scheme.shingleSize());
        int dropped = 0;
        List<Source> gtKept = new ArrayList<>();
        List<Source> bbcKept = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (!kept[i]) {
                dropped++;
            } else if (i < extraction.size()) {
                gtKept.add(pool.get(i));
            } else {
                bbcKept.add(pool.get(i));
            }
        }
        Random r = new Random(seed);
        Collections.shuffle(bbcKept, r);
        List<Source> originals = new ArrayList<>(gtKept);
        originals.addAll(bbcKept.subList(0, Math.min(bbcOriginals, bbcKept.size())));
        List<Source> distractors = bbcKept.subList(Math.min(bbcOriginals, bbcKept.size()), bbcKept.size());

        StoryCopies maker = new StoryCopies(pool.stream().map(Source::title).toList());
        List<Item> items = new ArrayList<>();
        for (int g = 0; g < originals.size(); g++) {
            Source o = originals.get(g);
            int at = items.size();
            items.add(new Item("o" + g, g, null, -1, o.category(), o.text()));
            for (int c = 0; c < copies; c++) {
                StoryCopies.Level level = StoryCopies.Level.values()[c % 3];
                items.add(new Item("o" + g + "-c" + c, g, level, at, o.category(), maker.copy(o.text(), level, r)));
            }
        }
        for (int d = 0; d < distractors.size(); d++) {
            items.add(new Item("d" + d, originals.size() + d, null, -1, distractors.get(d).category(), distractors.get(d).text()));
        }
        // Arrival order is shuffled: a copy may come before its original, as on the web.
        List<Item> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, r);
        Map<Item, Integer> position = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            position.put(shuffled.get(i), i);
        }
        int n = shuffled.size();
        int[] gold = shuffled.stream().mapToInt(Item::gold).toArray();
        long[][] shingles = shuffled.stream().map(it -> Shingles.hashes(it.text(), scheme.shingleSize())).toArray(long[][]::new);

        System.out.printf(Locale.ROOT, "set: %d originals (%d extraction-benchmark bodies, %d BBC) × %d copies + %d BBC distractors = %d articles (seed %d)%n",
                originals.size(), gtKept.size(), originals.size() - gtKept.size(), copies, distractors.size(), n, seed);
        System.out.printf(Locale.ROOT, "pool: %d articles, %d dropped as copies of an earlier one (exact Jaccard ≥ %.1f)%n", pool.size(), dropped, POOL_OVERLAP);
        System.out.printf(Locale.ROOT, "scheme: %d-word shingles, %d bands × %d rows = %d MinHash values, threshold %.2f (S-curve midpoint %.2f)%n",
                scheme.shingleSize(), scheme.bands().bands(), scheme.bands().rows(), scheme.bands().bands() * scheme.bands().rows(),
                scheme.threshold(), scheme.bands().threshold());
        System.out.println();
        System.out.println("copies vs their original, exact Jaccard of 5-shingle sets:");
        for (StoryCopies.Level level : StoryCopies.Level.values()) {
            double[] js = shuffled.stream().filter(it -> it.level() == level)
                    .mapToDouble(it -> jaccard(shingles[position.get(it)], shingles[position.get(items.get(it.original()))])).sorted().toArray();
            if (js.length > 0) {
                System.out.printf(Locale.ROOT, "  %-6s %4d copies: median %.2f, 10th percentile %.2f, min %.2f%n", level.name().toLowerCase(Locale.ROOT), js.length,
                        js[js.length / 2], js[js.length / 10], js[0]);
            }
        }

        // In memory (analyze): signatures, banding, union-find; timed over whole rounds after a warm-up.
        String[] written = new String[n];
        String[] last = new String[n];
        long[] nanos = new long[ROUNDS];
        long comparisons = 0;
        for (int round = -2; round < ROUNDS; round++) {
            StoryGrouper g = new StoryGrouper(scheme);
            long t0 = cpu();
            for (int i = 0; i < n; i++) {
                written[i] = g.add(shuffled.get(i).id(), shuffled.get(i).text());
            }
            long t = cpu() - t0;
            for (int i = 0; i < n; i++) {
                last[i] = g.story(i);
            }
            comparisons = g.comparisons();
            if (round >= 0) {
                nanos[round] = t;
            }
        }
        Arrays.sort(nanos);
        double perSecond = n / (nanos[ROUNDS / 2] / 1e9);
        long[] signNanos = new long[ROUNDS];
        long sink = 0;
        for (int round = -2; round < ROUNDS; round++) {
            long t0 = cpu();
            for (Item it : shuffled) {
                Signature s = scheme.signature(it.text());
                sink += s.value(0);
            }
            if (round >= 0) {
                signNanos[round] = cpu() - t0;
            }
        }
        Arrays.sort(signNanos);
        if (sink == 42) {
            System.out.println(); // keeps the loop's work observable
        }

        // The store (ingest): band keys in Lucene, one look-up per article, including articles not yet committed. The first
        // pass warms the JIT on a scratch store; the second is timed.
        String[] stored = new String[n];
        long ts = 0;
        long wall = 0;
        for (int pass = 0; pass < 2; pass++) {
            Path tmp = Files.createTempDirectory("sitrep-storybench");
            try (SitrepStore store = SitrepStore.open(tmp)) {
                long t0 = cpu();
                long w0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    Item it = shuffled.get(i);
                    stored[i] = store.put(Document.of(new Article(it.id(), it.id(), null, "", null, List.of(), List.of(), it.text(), "en",
                            OffsetMap.shifted(0, it.text().length()))));
                    if (i % 100 == 99) {
                        store.commit(); // as ingest commits after each file
                    }
                }
                store.commit();
                ts = cpu() - t0;
                wall = System.nanoTime() - w0;
            } finally {
                delete(tmp);
            }
        }

        System.out.println();
        System.out.println("| grouping | pairs found | precision | recall | F1 | F1 without heavy copies | recall: light | medium | heavy | documents/s |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        row("in memory, final (union-find)", gold, last, shuffled, position, items, perSecond);
        row("in memory, as written (analyze)", gold, written, shuffled, position, items, perSecond);
        row("store (ingest, Lucene band keys)", gold, stored, shuffled, position, items, n / (ts / 1e9));
        System.out.println();
        System.out.println("| verification threshold (in memory, final) | pairs found | precision | recall | F1 | F1 without heavy copies | recall: light | medium | heavy | documents/s |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (double threshold : THRESHOLDS) {
            StoryScheme other = new StoryScheme(scheme.shingleSize(), scheme.bands().bands(), scheme.bands().rows(), StoryScheme.SEED, threshold);
            StoryGrouper g = new StoryGrouper(other);
            String[] labels = new String[n];
            for (int i = 0; i < n; i++) {
                g.add(shuffled.get(i).id(), shuffled.get(i).text());
            }
            for (int i = 0; i < n; i++) {
                labels[i] = g.story(i);
            }
            row(String.format(Locale.ROOT, "%.1f%s", threshold, threshold == scheme.threshold() ? " (standard)" : ""), gold, labels, shuffled, position, items, Double.NaN);
        }
        System.out.printf(Locale.ROOT, "%nstore wall-clock: %.0f documents/s (Lucene's merges run on threads of their own)", n / (wall / 1e9));
        System.out.printf(Locale.ROOT, "%nsignatures alone: %.0f documents/s; candidate pairs verified: %,d of %,d pairs (%.4f%%)%n",
                n / (signNanos[ROUNDS / 2] / 1e9), comparisons, (long) n * (n - 1) / 2, 100.0 * comparisons / ((double) n * (n - 1) / 2));
        wrongPairs(gold, last, shuffled);
        curve(shingles, gold, last, scheme.bands());
    }

    /** Pairwise counts: pairs in one predicted and one gold group, pairs in one gold group, pairs in one predicted group. */
    private record PairCounts(long found, long gold, long predicted) {
        double precision() {
            return predicted == 0 ? 1 : found / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 1 : found / (double) gold;
        }

        double f1() {
            return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
        }
    }

    private static PairCounts pairCounts(int[] gold, String[] pred, boolean[] include) {
        Map<String, Integer> ids = new HashMap<>();
        Map<Long, Long> cells = new HashMap<>();
        Map<Integer, Long> goldSizes = new HashMap<>();
        Map<Integer, Long> predSizes = new HashMap<>();
        for (int i = 0; i < gold.length; i++) {
            if (include[i]) {
                int p = ids.computeIfAbsent(pred[i], k -> ids.size());
                cells.merge(((long) gold[i] << 32) | p, 1L, Long::sum);
                goldSizes.merge(gold[i], 1L, Long::sum);
                predSizes.merge(p, 1L, Long::sum);
            }
        }
        return new PairCounts(cells.values().stream().mapToLong(StoryBench::pairs).sum(), goldSizes.values().stream().mapToLong(StoryBench::pairs).sum(),
                predSizes.values().stream().mapToLong(StoryBench::pairs).sum());
    }

    private static void row(String name, int[] gold, String[] pred, List<Item> shuffled, Map<Item, Integer> position, List<Item> items, double perSecond) {
        boolean[] everything = new boolean[gold.length];
        boolean[] target = new boolean[gold.length];
        for (int i = 0; i < gold.length; i++) {
            everything[i] = true;
            target[i] = shuffled.get(i).level() != StoryCopies.Level.HEAVY;
        }
        PairCounts c = pairCounts(gold, pred, everything);
        PairCounts light = pairCounts(gold, pred, target);
        StringBuilder levels = new StringBuilder();
        for (StoryCopies.Level level : StoryCopies.Level.values()) {
            long all = 0;
            long found = 0;
            for (Item it : shuffled) {
                if (it.level() == level) {
                    all++;
                    found += pred[position.get(it)].equals(pred[position.get(items.get(it.original()))]) ? 1 : 0;
                }
            }
            levels.append(String.format(Locale.ROOT, " %.3f |", all == 0 ? 0 : found / (double) all));
        }
        System.out.printf(Locale.ROOT, "| %s | %,d of %,d | %.3f | %.3f | %.3f | %.3f |%s %s |%n", name, c.found(), c.gold(), c.precision(), c.recall(), c.f1(),
                light.f1(), levels, Double.isNaN(perSecond) ? "" : String.format(Locale.ROOT, "%,.0f", perSecond));
    }

    private static void wrongPairs(int[] gold, String[] pred, List<Item> shuffled) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < pred.length; i++) {
            groups.computeIfAbsent(pred[i], k -> new ArrayList<>()).add(i);
        }
        long wrong = 0;
        long sameCategory = 0;
        for (List<Integer> g : groups.values()) {
            for (int a = 0; a < g.size(); a++) {
                for (int b = a + 1; b < g.size(); b++) {
                    int x = g.get(a);
                    int y = g.get(b);
                    if (gold[x] != gold[y]) {
                        wrong++;
                        sameCategory += !shuffled.get(x).category().isEmpty() && shuffled.get(x).category().equals(shuffled.get(y).category()) ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "pairs grouped across gold stories (in memory, final): %d, of which same BBC category: %d%n", wrong, sameCategory);
    }

    /** Every pair sharing a shingle, by exact Jaccard band: how many, how many gold, how many grouped; and the LSH curve. */
    private static void curve(long[][] shingles, int[] gold, String[] pred, Bands bands) {
        long[][] counts = new long[10][3];
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < shingles.length; i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (long s : shingles[i]) {
                List<Integer> l = postings.computeIfAbsent(s, k -> new ArrayList<>());
                for (int j : l) {
                    shared.merge(j, 1, Integer::sum);
                }
                l.add(i);
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int j = e.getKey();
                double jac = e.getValue() / (double) (shingles[i].length + shingles[j].length - e.getValue());
                int bin = Math.min(9, (int) (jac * 10));
                counts[bin][0]++;
                counts[bin][1] += gold[i] == gold[j] ? 1 : 0;
                counts[bin][2] += pred[i].equals(pred[j]) ? 1 : 0;
            }
        }
        System.out.println();
        System.out.println("| exact Jaccard | pairs | gold pairs | grouped | share grouped | LSH candidate chance at the band's middle |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (int b = 0; b < 10; b++) {
            if (counts[b][0] > 0) {
                System.out.printf(Locale.ROOT, "| %.1f–%.1f | %,d | %,d | %,d | %.3f | %.3f |%n", b / 10.0, (b + 1) / 10.0, counts[b][0], counts[b][1], counts[b][2],
                        counts[b][2] / (double) counts[b][0], bands.candidateProbability(b / 10.0 + 0.05));
            }
        }
    }

    /** CPU time of this thread: documents per second on one core, whatever else the machine is running. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long pairs(long size) {
        return size * (size - 1) / 2;
    }

    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - both;
        return union == 0 ? 0 : both / (double) union;
    }

    /** Marks the pool articles to keep: each whose exact Jaccard with an earlier kept one reaches {@link #POOL_OVERLAP} is not. */
    private static boolean[] dropCopies(List<Source> pool, int k) {
        boolean[] keep = new boolean[pool.size()];
        long[][] sets = new long[pool.size()][];
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            sets[i] = Shingles.hashes(pool.get(i).text(), k);
            Map<Integer, Integer> shared = new HashMap<>();
            for (long s : sets[i]) {
                for (int j : postings.getOrDefault(s, List.of())) {
                    shared.merge(j, 1, Integer::sum);
                }
            }
            keep[i] = sets[i].length > 0;
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int both = e.getValue();
                if (both / (double) (sets[i].length + sets[e.getKey()].length - both) >= POOL_OVERLAP) {
                    keep[i] = false;
                    break;
                }
            }
            if (keep[i]) {
                for (long s : sets[i]) {
                    postings.computeIfAbsent(s, x -> new ArrayList<>()).add(i);
                }
            }
        }
        return keep;
    }

    /** The gold article bodies of the extraction benchmark, in key order; the title is the body's first words. */
    private static List<Source> extraction(Path groundTruth) throws IOException {
        JsonNode root = DocumentJson.mapper().readTree(groundTruth.toFile());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        Collections.sort(keys);
        List<Source> out = new ArrayList<>();
        for (String key : keys) {
            String body = root.get(key).path("articleBody").asText("");
            if (!body.isBlank()) {
                List<String> words = Shingles.words(body);
                out.add(new Source(String.join(" ", words.subList(0, Math.min(8, words.size()))), body, ""));
            }
        }
        return out;
    }

    /** BBC articles: title on the first line, then the body; the category is the folder. */
    private static List<Source> bbc(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equalsIgnoreCase("README.TXT"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Source> out = new ArrayList<>();
        for (Path f : files) {
            String text = decode(Files.readAllBytes(f)).strip();
            int nl = text.indexOf('\n');
            if (nl > 0) {
                out.add(new Source(text.substring(0, nl).strip(), text.substring(nl + 1).strip(), f.getParent().getFileName().toString()));
            }
        }
        return out;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            Iterator<Path> it = walk.sorted(Comparator.reverseOrder()).iterator();
            while (it.hasNext()) {
                Files.deleteIfExists(it.next());
            }
        }
    }
}
