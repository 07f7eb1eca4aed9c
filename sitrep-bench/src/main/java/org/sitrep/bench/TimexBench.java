package org.sitrep.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.annotate.NlpProfile;
import org.sitrep.annotate.SuTime;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.cli.Sitrep;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.TimeRef;
import org.sitrep.pipeline.Stage;

/**
 * The temporal stage alone against SUTime on the same sentences, one thread each. The articles are annotated once
 * (the FAST profile without temporal expressions: tokens, sentences, part of speech, lemmas, entities); then each
 * system reads those documents, after {@value #WARM_UP} warm-up passes over all of them, in {@value #ROUNDS} rounds that interleave the
 * systems (the median round is reported):
 * <ol>
 *   <li>Sitrep's time stage: the stages {@link Sitrep#timeStages} puts after the annotator (none before the time stage
 *       exists, and the line says so);</li>
 *   <li>SUTime over every sentence;</li>
 *   <li>SUTime over the sentences holding a temporal cue only, as the annotate stage ran it.</li>
 * </ol>
 * Every article is dated {@value #DATE} (as with --doc-date) so relative expressions are resolved.
 * Usage: TimexBench &lt;dir of .txt articles&gt; [articles=100] [seed=1]
 */
public final class TimexBench {
    static final String DATE = "2005-06-01";
    /** Timed rounds after the warm-up passes; the median is reported. */
    static final int ROUNDS = 5;
    /** Untimed passes over all documents before the rounds (the times stage needs more than one to be compiled). */
    static final int WARM_UP = 2;

    private TimexBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TimexBench <dir> [articles=100] [seed=1]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        List<Path> files = ThroughputBench.sample(Path.of(args[0]), n, seed);
        SourceReader reader = new SourceReader(InputFormat.TEXT, SourceReader.DEFAULT_MAX_BYTES);
        ArticleCleaner cleaner = new ArticleCleaner(LocalDate.parse(DATE));
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpProfile.FAST, false).warmUp();
        List<Document> docs = new ArrayList<>();
        for (Path f : files) {
            Article a = cleaner.clean(reader.read(f).documents().get(0));
            docs.add(annotator.apply(Document.of(a)));
        }
        int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
        System.out.printf(Locale.ROOT, "timex: %d .txt files sampled from %s (seed %d), %d sentences, annotated once (FAST, no times), "
                + "dated %s; one thread, %d warm-up passes, median of %d rounds%n", docs.size(), args[0], seed, sentences, DATE, WARM_UP, ROUNDS);

        List<Stage> timeStages = Sitrep.timeStages(annotator).stream().filter(s -> !(s instanceof CoreNlpAnnotator)).toList();
        SuTime.alone(); // loads SUTime's rules (shared with the annotate stage's)
        List<String> names = new ArrayList<>();
        List<ToIntFunction<Document>> systems = new ArrayList<>();
        if (timeStages.isEmpty()) {
            System.out.println("sitrep time stage : none yet (Sitrep.timeStages holds only the annotator, whose SUTime is the cued row)");
        } else {
            names.add("sitrep " + String.join(",", timeStages.stream().map(Stage::name).toList()));
            systems.add(d -> {
                Document out = d;
                for (Stage s : timeStages) {
                    out = s.apply(out);
                }
                return out.times().size();
            });
        }
        names.add("sutime all");
        systems.add(d -> SuTime.overTokens(d, SuTime.Sentences.ALL).size());
        names.add("sutime cued");
        systems.add(d -> SuTime.overTokens(d, SuTime.Sentences.CUED).size());
        for (int pass = 0; pass < WARM_UP; pass++) {
            for (ToIntFunction<Document> system : systems) {
                docs.forEach(system::applyAsInt);
            }
        }
        // Rounds interleave the systems so that a slow spell of the machine hits them alike; the median round is reported.
        long[][] nanos = new long[systems.size()][ROUNDS];
        int[] found = new int[systems.size()];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < systems.size(); i++) {
                int count = 0;
                long t0 = System.nanoTime();
                for (Document d : docs) {
                    count += systems.get(i).applyAsInt(d);
                }
                nanos[i][round] = System.nanoTime() - t0;
                found[i] = count;
            }
        }
        long sitrepNanos = timeStages.isEmpty() ? 0 : median(nanos[0]);
        for (int i = 0; i < systems.size(); i++) {
            long median = median(nanos[i]);
            String ratio = i == 0 && !timeStages.isEmpty() || sitrepNanos == 0 ? ""
                    : String.format(Locale.ROOT, "  %.1fx Sitrep's time", median / (double) sitrepNanos);
            System.out.printf(Locale.ROOT, "%-18s: %7.2f ms/article (rounds %s), %5d expressions%s%n", names.get(i), median / 1e6 / docs.size(),
                    rounds(nanos[i], docs.size()), found[i], ratio);
        }
        agreement(docs.subList(0, Math.min(10, docs.size())), cleaner, reader, files);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String rounds(long[] nanos, int docs) {
        return String.join(" ", java.util.Arrays.stream(nanos).mapToObj(n -> String.format(Locale.ROOT, "%.1f", n / 1e6 / docs)).toList());
    }

    /**
     * A check that the cued row is what the annotate stage did: its SUTime (over CoreNLP's own sentences) against SUTime over
     * Sitrep's tokens, cued sentences, on the first articles.
     */
    private static void agreement(List<Document> docs, ArticleCleaner cleaner, SourceReader reader, List<Path> files) throws Exception {
        CoreNlpAnnotator withTimes = new CoreNlpAnnotator(NlpProfile.FAST, true);
        int same = 0;
        int stage = 0;
        for (int i = 0; i < docs.size(); i++) {
            List<TimeRef> old = withTimes.apply(Document.of(cleaner.clean(reader.read(files.get(i)).documents().get(0)))).times();
            List<TimeRef> mine = SuTime.overTokens(docs.get(i), SuTime.Sentences.CUED);
            stage += old.size();
            same += (int) old.stream().filter(mine::contains).count();
        }
        System.out.printf(Locale.ROOT, "check: on %d articles, %d of the annotate stage's %d expressions found identically by the cued row%n",
                docs.size(), same, stage);
    }
}
