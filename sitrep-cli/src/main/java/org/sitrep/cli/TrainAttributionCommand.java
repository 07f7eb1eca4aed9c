package org.sitrep.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.BratAttributions;
import org.sitrep.eval.GoldAttribution;
import org.sitrep.eval.GoldSpan;
import org.sitrep.eval.PolnearSplit;
import org.sitrep.extract.AttributionTagger;
import org.sitrep.extract.ClaimExtractor;
import org.sitrep.learn.ChainPerceptron;
import org.sitrep.model.Document;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.time.TimexTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "attribution", mixinStandardHelpOptions = true, header = "Train the attribution tagger on PolNeAR's train split.",
        description = "Analyses every article of a PolNeAR split with the standard pipeline (claims by the rules alone), labels "
                + "each token with its gold role (source, cue, content; BIO), and trains the linear-chain averaged perceptron the "
                + "claims stage runs over the rules' output. Writes the model the build bundles "
                + "(sitrep-core/src/main/resources/org/sitrep/extract/" + AttributionTagger.RESOURCE + "). Never train on dev or test.")
final class TrainAttributionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--split", paramLabel = "<dir>", defaultValue = "../shared/eval/polnear/train", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "A PolNeAR split folder holding text/ and attributions/.")
    Path split;

    @Option(names = "--out", paramLabel = "<file>", description = "Where to write the model (default: the bundled resource in the source tree).")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS, description = "Training passes.")
    int epochs;

    @Option(names = "--seed", defaultValue = "17", description = "Shuffling seed (the same data and seed give the same model).")
    long seed;

    @Option(names = "--min-count", defaultValue = "3", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Ignore features seen in fewer tokens than this (keeps the model small).")
    int minCount;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first n articles (0: all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        split = EvalPaths.resolve(spec.commandLine(), split, "split folder", "--split");
        if (split.toString().matches(".*(/|^)(dev|test)/?$")) {
            err.println("sitrep: refusing to train on a dev or test split: " + split);
            return 2;
        }
        if (out == null) {
            out = Path.of(System.getProperty("sitrep.home", ".")).resolve("sitrep-core/src/main/resources/org/sitrep/extract").resolve(AttributionTagger.RESOURCE);
        }
        List<PolnearSplit.Item> items = PolnearSplit.items(split);
        if (limit > 0 && items.size() > limit) {
            items = items.subList(0, limit);
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = Sitrep.pipeline(CoreNlpAnnotator.standard(), Gazetteer.bundled(), ActorDictionary.bundled(), TimexTagger.standard(),
                ClaimExtractor.rulesOnly());
        ArticleCleaner cleaner = new ArticleCleaner(null);
        List<Example> data = new ArrayList<>();
        int sentences = 0;
        for (PolnearSplit.Item item : items) {
            String text = Files.readString(item.text());
            Document doc = pipeline.process(cleaner.clean(new RawDocument(item.text().toString(), 0, text, "UTF-8", Layout.TEXT, null)));
            List<int[]> spans = new ArrayList<>();
            for (GoldAttribution g : BratAttributions.read(item.annotations())) {
                add(spans, g.source(), 1);
                add(spans, g.cue(), 3);
                add(spans, g.content(), 5);
            }
            List<int[]> gold = new ArrayList<>();
            for (Sentence sentence : doc.sentences()) {
                List<Token> tokens = doc.tokens(sentence);
                List<int[]> here = spans.stream().filter(sp -> sp[0] < sentence.span().end() && sentence.span().start() < sp[1]).toList();
                gold.add(AttributionTagger.labels(tokens, here));
            }
            data.add(new Example(doc, AttributionTagger.features(doc, doc.claims()), gold, BratAttributions.read(item.annotations())));
            sentences += gold.size();
            if (data.size() % 100 == 0) {
                err.printf(Locale.ROOT, "sitrep: %d articles read%n", data.size());
                err.flush();
            }
        }
        err.printf(Locale.ROOT, "sitrep: %d articles, %d sentences read in %.0f s%n", data.size(), sentences, (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        ChainPerceptron first = train(data, i -> true, null, err, "first pass, all articles");
        // The second pass learns from what the first finds on articles it was not trained on (4-fold jackknife),
        // so it sees the first pass's real mistakes, not its memory of the training data.
        List<List<int[]>> pass = new ArrayList<>(java.util.Collections.nCopies(data.size(), (List<int[]>) null));
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            ChainPerceptron m = train(data, i -> i % FOLDS != f, null, err, "first pass, fold " + (fold + 1) + " of " + FOLDS);
            for (int i = f; i < data.size(); i += FOLDS) {
                List<int[]> labels = new ArrayList<>();
                for (long[][] x : data.get(i).features()) {
                    labels.add(m.decode(x));
                }
                pass.set(i, labels);
            }
        }
        ChainPerceptron second = train(data, i -> true, pass, err, "second pass");
        ChainPerceptron spans = trainSpans(data, pass, err);
        AttributionTagger tagger = new AttributionTagger(first, second, spans);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "attribution", ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            tagger.save(o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        err.printf(Locale.ROOT, "sitrep: trained in %.0f s; %d features; wrote %s (%.1f MB)%n", (System.nanoTime() - t1) / 1e9,
                tagger.features(), out, Files.size(out) / 1e6);
        err.flush();
        return 0;
    }

    private static final int FOLDS = 4;

    /** One training article: its analysis, its token features sentence by sentence, and its gold labels. */
    private record Example(Document doc, List<long[][]> features, List<int[]> gold, List<GoldAttribution> attributions) {}

    private ChainPerceptron train(List<Example> data, java.util.function.IntPredicate use, List<List<int[]>> pass, PrintWriter err, String what) {
        ChainPerceptron.Trainer trainer = new ChainPerceptron.Trainer(AttributionTagger.LABELS, minCount);
        for (int i = 0; i < data.size(); i++) {
            if (!use.test(i)) {
                continue;
            }
            Example e = data.get(i);
            List<long[][]> x = pass == null ? e.features() : AttributionTagger.stack(e.doc(), e.features(), pass.get(i));
            for (int k = 0; k < x.size(); k++) {
                trainer.add(x.get(k), e.gold().get(k));
            }
        }
        err.printf(Locale.ROOT, "sitrep: training the %s (%d sentences)%n", what, trainer.sequences());
        return trainer.train(epochs, seed, err);
    }

    /**
     * The span model learns, for each gold attribution, its source and content in its cue's sentence given the gold
     * cue, over the token features and the cue-relative ones; the other cues it sees are the jackknifed first pass's.
     */
    private ChainPerceptron trainSpans(List<Example> data, List<List<int[]>> pass, PrintWriter err) {
        ChainPerceptron.Trainer trainer = new ChainPerceptron.Trainer(AttributionTagger.SPAN_LABELS, minCount);
        for (int d = 0; d < data.size(); d++) {
            Example e = data.get(d);
            boolean[] quoted = AttributionTagger.quoted(e.doc());
            for (GoldAttribution g : e.attributions()) {
                int cueStart = g.cue().start();
                int k = 0;
                while (k + 1 < e.doc().sentences().size() && e.doc().sentences().get(k).span().end() <= cueStart) {
                    k++;
                }
                Sentence sentence = e.doc().sentences().get(k);
                List<Token> tokens = e.doc().tokens(sentence);
                int c0 = -1;
                int c1 = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    if (g.cue().overlaps(tokens.get(i).start(), tokens.get(i).end())) {
                        c0 = c0 < 0 ? i : c0;
                        c1 = i + 1;
                    }
                }
                if (c0 < 0) {
                    continue;
                }
                List<int[]> spans = new ArrayList<>();
                add(spans, g.source(), 1);
                add(spans, g.content(), 3);
                int[] labels = AttributionTagger.labels(tokens, spans);
                for (int i = c0; i < c1; i++) {
                    labels[i] = 0;
                }
                boolean[] q = java.util.Arrays.copyOfRange(quoted, sentence.firstToken(), sentence.endToken());
                long[][] relative = AttributionTagger.cueFeatures(AttributionTagger.lower(tokens), q, pass.get(d).get(k), c0, c1);
                long[][] base = e.features().get(k);
                long[][] all = new long[tokens.size()][];
                for (int i = 0; i < all.length; i++) {
                    all[i] = java.util.Arrays.copyOf(base[i], base[i].length + relative[i].length);
                    System.arraycopy(relative[i], 0, all[i], base[i].length, relative[i].length);
                }
                trainer.add(all, labels);
            }
        }
        err.printf(Locale.ROOT, "sitrep: training the span model (%d cues)%n", trainer.sequences());
        return trainer.train(epochs, seed, err);
    }

    private static void add(List<int[]> spans, GoldSpan span, int role) {
        if (span == null) {
            return;
        }
        for (int[] f : span.fragments()) {
            spans.add(new int[] {f[0], f[1], role});
        }
    }
}
