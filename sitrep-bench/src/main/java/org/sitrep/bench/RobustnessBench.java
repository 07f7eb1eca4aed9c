package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.cli.Sitrep;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageReport;
import org.sitrep.testkit.Pathological;

/**
 * The robustness suite at full size: each pathological document through the whole batch (read, clean, annotate, …,
 * link) with the default limits, reporting time, peak heap in use while it ran (sampled every 2 ms after a GC), what
 * came out, and what was reported. Then the claim-linking table: one document with 10, 100, 1,000 and 5,000 claims.
 * Usage: RobustnessBench [threads=1]
 */
public final class RobustnessBench {
    private RobustnessBench() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path dir = Files.createTempDirectory("sitrep-robustness");
        Sitrep.pipeline(org.sitrep.annotate.CoreNlpAnnotator.standard().warmUp()); // load models outside the timings
        System.out.printf(Locale.ROOT, "robustness at full size, %d thread(s), default limits, heap max %d MB%n", threads,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| document | size | time s | peak heap MB | articles | errors | warnings | claims | links | JSON MB |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Object[][] full = {{Pathological.GIANT_TOKEN, 900_000}, {Pathological.LONG_SENTENCE, 50_000}, {Pathological.QUOTE_MARKS, 5_000},
                {Pathological.DEEP_NESTING, 1_000}, {Pathological.MANY_CLAIMS, 5_000}, {Pathological.ALL_CAPTIONS, 5_000},
                {Pathological.TINY_ARTICLES, 10_000}};
        for (Object[] row : full) {
            Pathological kind = (Pathological) row[0];
            int n = (Integer) row[1];
            Result r = run(dir, kind, n, threads, Sitrep.pipeline());
            System.out.printf(Locale.ROOT, "| %s | %,d %s | %.1f | %d | %d | %d | %d | %d | %d | %.1f |%n", kind.name().toLowerCase(Locale.ROOT),
                    n, kind.unit(), r.seconds, r.peakMb, r.docs, r.errors.size(), r.warnings, r.claims, r.links, r.jsonChars / 1e6);
            r.errors.forEach(e -> System.out.println("    error: " + e));
        }
        System.out.println();
        System.out.println("claim linking in one document (\"Official N said the army attacked the village near Mosul.\")");
        System.out.println("| claims in text | time s | link stage ms | claims found | links | links per claim | JSON MB |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int n : new int[] {10, 100, 1_000, 5_000}) {
            Pipeline p = Sitrep.pipeline();
            Result r = run(dir, Pathological.MANY_CLAIMS, n, threads, p);
            double linkMs = p.report().stream().filter(s -> s.stage().equals("link")).mapToDouble(StageReport::millisPerDocument).sum();
            System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %,d | %,d | %.2f | %.2f |%n", n, r.seconds, linkMs, r.claims, r.links,
                    r.claims == 0 ? 0 : (double) r.links / r.claims, r.jsonChars / 1e6);
        }
    }

    private record Result(double seconds, long peakMb, int docs, List<String> errors, int warnings, long claims, long links, long jsonChars) {}

    private static Result run(Path dir, Pathological kind, int n, int threads, Pipeline pipeline) throws Exception {
        Path f = dir.resolve(kind.fileName(n));
        Files.writeString(f, kind.text(n));
        List<String> errors = new ArrayList<>();
        int[] warnings = {0};
        long[] out = new long[4]; // docs, claims, links, json chars
        Batch batch = new Batch(new SourceReader(InputFormat.AUTO, SourceReader.DEFAULT_MAX_BYTES), new ArticleCleaner(null), pipeline, threads);
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(mem.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        batch.run(List.of(f), new Batch.Sinks((Document d) -> {
            out[0]++;
            out[1] += d.claims().size();
            out[2] += d.links().size();
            out[3] += DocumentJson.write(d, false).length();
        }, errors::add, w -> warnings[0]++, null));
        double secs = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        Files.delete(f);
        return new Result(secs, peak.get() >> 20, (int) out[0], errors, warnings[0], out[1], out[2], out[3]);
    }
}
