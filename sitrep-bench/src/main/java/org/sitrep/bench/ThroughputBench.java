package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.annotate.NlpProfile;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.cli.Sitrep;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;

/**
 * Articles per second of Sitrep's whole analysis (read, clean, annotate, resolve, claims, events, links) against
 * CoreNLP's default English pipeline with depparse on the same articles, in the same JVM, one thread each.
 * Usage: ThroughputBench &lt;dir of .txt articles&gt; [articles=100] [seed=1]
 */
public final class ThroughputBench {
    private ThroughputBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ThroughputBench <dir> [articles=100] [seed=1]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        List<Path> files = sample(Path.of(args[0]), n, seed);
        System.out.printf(Locale.ROOT, "articles: %d .txt files sampled from %s (seed %d)%n", files.size(), args[0], seed);

        // Sitrep: from the file on disk to claims and events.
        SourceReader reader = new SourceReader(InputFormat.TEXT, SourceReader.DEFAULT_MAX_BYTES);
        ArticleCleaner cleaner = new ArticleCleaner(null);
        Pipeline sitrep = Sitrep.pipeline(CoreNlpAnnotator.standard().warmUp());
        List<Article> warm = new ArrayList<>();
        for (Path f : files.subList(0, Math.min(5, files.size()))) {
            warm.add(cleaner.clean(reader.read(f).documents().get(0)));
        }
        warm.forEach(sitrep::process);
        long entities = 0;
        long claims = 0;
        long events = 0;
        long t0 = System.nanoTime();
        for (Path f : files) {
            Document d = sitrep.process(cleaner.clean(reader.read(f).documents().get(0)));
            entities += d.entities().size();
            claims += d.claims().size();
            events += d.events().size();
        }
        double sitrepSecs = (System.nanoTime() - t0) / 1e9;

        // Sitrep as `analyze` runs it: a batch over all processors, output in input order.
        int cores = Runtime.getRuntime().availableProcessors();
        Batch batch = new Batch(reader, cleaner, sitrep, cores);
        long tb = System.nanoTime();
        Batch.Outcome outcome = batch.run(files, new Batch.Sinks(d -> { }, e -> System.err.println("error: " + e), w -> { }, null));
        double batchSecs = (System.nanoTime() - tb) / 1e9;

        // The peer: CoreNLP's default annotators, text already in memory (reading is not charged to it).
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            articles.add(cleaner.clean(reader.read(f).documents().get(0)));
        }
        CoreNlpAnnotator peer = new CoreNlpAnnotator(NlpProfile.CORENLP_DEFAULT, false).warmUp();
        warm.forEach(a -> peer.apply(Document.of(a)));
        long peerEntities = 0;
        long t1 = System.nanoTime();
        for (Article a : articles) {
            peerEntities += peer.apply(Document.of(a)).entities().size();
        }
        double peerSecs = (System.nanoTime() - t1) / 1e9;

        // Where annotate's time goes: the FAST profile alone (what the pipeline runs before its times stage), and with
        // the cue-filtered SUTime that the annotate stage ran before Sitrep had its own times stage.
        CoreNlpAnnotator noTimes = new CoreNlpAnnotator(NlpProfile.FAST, false);
        double noTimesSecs = time(articles, noTimes);
        double withTimesSecs = time(articles, CoreNlpAnnotator.withSuTime(org.sitrep.annotate.InputCaps.DEFAULT).warmUp());

        double sitrepRate = files.size() / sitrepSecs;
        double peerRate = files.size() / peerSecs;
        System.out.printf(Locale.ROOT, "sitrep analyze : %6.2f articles/s (%.1f s) entities %d, claims %d, events %d%n",
                sitrepRate, sitrepSecs, entities, claims, events);
        System.out.printf(Locale.ROOT, "corenlp default: %6.2f articles/s (%.1f s) entities %d (tokenize,ssplit,pos,lemma,ner,depparse)%n",
                peerRate, peerSecs, peerEntities);
        System.out.printf(Locale.ROOT, "ratio          : %.2fx (one thread each)%n", sitrepRate / peerRate);
        System.out.printf(Locale.ROOT, "sitrep batch   : %6.2f articles/s on %d threads (%d articles), %.2fx the single-threaded peer%n",
                outcome.documents() / batchSecs, cores, outcome.documents(), outcome.documents() / batchSecs / peerRate);
        System.out.printf(Locale.ROOT, "annotate only  : %6.2f articles/s FAST (the times stage follows), %.2f with the cue-filtered SUTime it replaced%n",
                files.size() / noTimesSecs, files.size() / withTimesSecs);
        for (var r : sitrep.report()) { // both Sitrep runs together
            System.out.printf(Locale.ROOT, "  stage %-9s %7.1f ms/article%n", r.stage(), r.millisPerDocument());
        }
    }

    private static double time(List<Article> articles, CoreNlpAnnotator annotator) {
        long t = System.nanoTime();
        articles.forEach(a -> annotator.apply(Document.of(a)));
        return (System.nanoTime() - t) / 1e9;
    }

    /** {@code n} .txt files under {@code dir}, shuffled with {@code seed} (the same sample for the same arguments). */
    static List<Path> sample(Path dir, int n, long seed) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(n, all.size()));
    }
}
