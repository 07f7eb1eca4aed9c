package org.sitrep.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.cli.Sitrep;
import org.sitrep.extract.AttributionTagger;
import org.sitrep.extract.ClaimExtractor;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.time.TimexTagger;

/**
 * The claims stage alone, rules only against rules with the learned attribution tagger, on the same documents, one
 * thread. The articles are analysed once by the standard pipeline up to the claims stage; then each variant reads
 * them {@value #WARM_UP} times untimed and {@value #ROUNDS} times timed, interleaved (the median round is reported).
 * Also reports the tagger's load time. Usage: ClaimsBench &lt;dir of .txt articles&gt; [articles=100] [seed=1]
 */
public final class ClaimsBench {
    static final int ROUNDS = 5;
    static final int WARM_UP = 2;

    private ClaimsBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        List<Path> files = ThroughputBench.sample(Path.of(args[0]), n, seed);
        long t0 = System.nanoTime();
        AttributionTagger tagger = AttributionTagger.bundled();
        double load = (System.nanoTime() - t0) / 1e6;
        if (tagger == null) {
            System.out.println("claims: no attribution tagger bundled in this build");
            return;
        }
        SourceReader reader = new SourceReader(InputFormat.TEXT, SourceReader.DEFAULT_MAX_BYTES);
        ArticleCleaner cleaner = new ArticleCleaner(LocalDate.parse("2005-06-01"));
        Pipeline pipeline = Sitrep.pipeline(CoreNlpAnnotator.standard(), Gazetteer.bundled(), ActorDictionary.bundled(), TimexTagger.standard(),
                ClaimExtractor.rulesOnly());
        List<Document> docs = new ArrayList<>();
        for (Path f : files) {
            Article a = cleaner.clean(reader.read(f).documents().get(0));
            docs.add(pipeline.process(a));
        }
        int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
        System.out.printf(Locale.ROOT, "claims: %d .txt files sampled from %s (seed %d), %d sentences; tagger: %d features, loaded in %.0f ms%n",
                docs.size(), args[0], seed, sentences, tagger.features(), load);
        ClaimExtractor rules = ClaimExtractor.rulesOnly();
        ClaimExtractor learned = new ClaimExtractor(tagger);
        List<ClaimExtractor> systems = List.of(rules, learned);
        List<String> names = List.of("rules alone", "rules + tagger");
        double[][] rounds = new double[systems.size()][ROUNDS];
        int[] claims = new int[systems.size()];
        for (int r = -WARM_UP; r < ROUNDS; r++) {
            for (int s = 0; s < systems.size(); s++) {
                long start = System.nanoTime();
                int count = 0;
                for (Document d : docs) {
                    count += systems.get(s).apply(d).claims().size();
                }
                if (r >= 0) {
                    rounds[s][r] = (System.nanoTime() - start) / 1e6 / docs.size();
                }
                claims[s] = count;
            }
        }
        for (int s = 0; s < systems.size(); s++) {
            double[] sorted = rounds[s].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-16s %6.2f ms/article (median of %d rounds), %d claims%n", names.get(s), sorted[ROUNDS / 2], ROUNDS, claims[s]);
        }
    }
}
