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
 * system reads those documents, after a warm-up pass over all of them:
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
                + "dated %s; one thread, after a warm-up pass%n", docs.size(), args[0], seed, sentences, DATE);

        List<Stage> timeStages = Sitrep.timeStages(annotator).stream().filter(s -> !(s instanceof CoreNlpAnnotator)).toList();
        Result sitrep = null;
        if (timeStages.isEmpty()) {
            System.out.println("sitrep time stage : none yet (Sitrep.timeStages holds only the annotator, whose SUTime is row 3)");
        } else {
            String names = String.join(",", timeStages.stream().map(Stage::name).toList());
            sitrep = time(docs, d -> {
                Document out = d;
                for (Stage s : timeStages) {
                    out = s.apply(out);
                }
                return out.times().size();
            });
            print("sitrep " + names, sitrep, null);
        }
        SuTime.alone(); // loads SUTime's rules (shared with the annotate stage's)
        Result all = time(docs, d -> count(SuTime.overTokens(d, SuTime.Sentences.ALL)));
        print("sutime all", all, sitrep);
        Result cued = time(docs, d -> count(SuTime.overTokens(d, SuTime.Sentences.CUED)));
        print("sutime cued", cued, sitrep);
        agreement(docs.subList(0, Math.min(10, docs.size())), cleaner, reader, files);
    }

    /** Expressions found and nanoseconds taken by one system over all documents. */
    private record Result(int docs, int found, long nanos) {
        double msPerArticle() {
            return nanos / 1e6 / docs;
        }
    }

    private static Result time(List<Document> docs, ToIntFunction<Document> system) {
        docs.forEach(system::applyAsInt); // warm-up
        int found = 0;
        long t0 = System.nanoTime();
        for (Document d : docs) {
            found += system.applyAsInt(d);
        }
        return new Result(docs.size(), found, System.nanoTime() - t0);
    }

    private static void print(String name, Result r, Result sitrep) {
        String ratio = sitrep == null ? "" : String.format(Locale.ROOT, "  %.1fx Sitrep's time", r.nanos() / (double) sitrep.nanos());
        System.out.printf(Locale.ROOT, "%-18s: %7.2f ms/article, %5d expressions%s%n", name, r.msPerArticle(), r.found(), ratio);
    }

    private static int count(List<TimeRef> refs) {
        return refs.size();
    }

    /**
     * A check that row 3 is what the annotate stage did: its SUTime (over CoreNLP's own sentences) against SUTime over
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
        System.out.printf(Locale.ROOT, "check: on %d articles, %d of the annotate stage's %d expressions found identically by row 3%n",
                docs.size(), same, stage);
    }
}
