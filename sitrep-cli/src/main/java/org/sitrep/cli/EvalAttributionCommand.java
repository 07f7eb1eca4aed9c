package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.annotate.CoreNlpQuotes;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.AttributionScorer;
import org.sitrep.eval.AttributionScorer.Role;
import org.sitrep.eval.BratAttributions;
import org.sitrep.eval.GoldAttribution;
import org.sitrep.eval.PolnearSplit;
import org.sitrep.extract.AttributionTagger;
import org.sitrep.extract.ClaimExtractor;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "attribution", mixinStandardHelpOptions = true, header = "Score claims (source, cue, content) on PolNeAR.",
        description = "Analyses each article of a PolNeAR split verbatim and scores Sitrep's claims against the annotated "
                + "attributions: exact and overlap precision, recall and F1 per role, and whole attributions. The peer is CoreNLP's "
                + "quotation finder (tokenize,ssplit,quote), scored on the content role.")
final class EvalAttributionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--split", paramLabel = "<dir>", defaultValue = "../shared/eval/polnear/dev", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "A PolNeAR split folder holding text/ and attributions/. A relative path is tried in the working directory, then in the repository root.")
    Path split;

    @Mixin
    EvalOptions options;

    @Option(names = "--show-misses", paramLabel = "<n>", defaultValue = "0", description = "Print up to n gold attributions whose cue no claim found.")
    int showMisses;

    @Option(names = "--show-false", paramLabel = "<n>", defaultValue = "0", description = "Print up to n claims whose cue matches no gold cue.")
    int showFalse;

    @Option(names = "--show-content", paramLabel = "<n>", defaultValue = "0", description = "Print up to n content spans of matched cues that differ from gold.")
    int showContent;

    @Option(names = "--tagger", paramLabel = "<file>", description = "Score claims with this attribution tagger model (from `sitrep train attribution --out`) instead of the bundled one.")
    Path tagger;

    @Option(names = "--show-sources", paramLabel = "<n>", defaultValue = "0", description = "Print up to n source spans of matched cues that differ from gold.")
    int showSources;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        split = EvalPaths.resolve(spec.commandLine(), split, "split folder", "--split");
        List<PolnearSplit.Item> items = PolnearSplit.items(split);
        items = options.limited(items);
        Pipeline pipeline = options.pipeline(spec.commandLine().getErr());
        ArticleCleaner cleaner = new ArticleCleaner(null);
        AttributionScorer scorer = new AttributionScorer();
        AttributionScorer peerScorer = new AttributionScorer();
        AttributionScorer rulesScorer = new AttributionScorer();
        ClaimExtractor rules = ClaimExtractor.rulesOnly();
        ClaimExtractor chosen = null;
        if (tagger != null) {
            try (java.io.InputStream in = Files.newInputStream(tagger)) {
                chosen = new ClaimExtractor(AttributionTagger.load(in, tagger.toString()));
            }
        }
        int shown = 0;
        int shownFalse = 0;
        int shownContent = 0;
        int shownSources = 0;
        long t0 = System.nanoTime();
        for (PolnearSplit.Item item : items) {
            String text = Files.readString(item.text());
            Document doc = pipeline.process(cleaner.clean(new RawDocument(item.text().toString(), 0, text, "UTF-8", Layout.TEXT, null)));
            if (chosen != null) {
                doc = chosen.apply(doc);
            }
            List<GoldAttribution> gold = BratAttributions.read(item.annotations());
            scorer.add(text, doc.claims(), gold);
            rulesScorer.add(text, rules.apply(doc).claims(), gold);
            if (options.peer) {
                peerScorer.addContents(text, CoreNlpQuotes.quotes(text), gold);
            }
            for (Claim c : doc.claims()) {
                if (shownFalse < showFalse && gold.stream().noneMatch(g -> g.cue().overlaps(c.cue().start(), c.cue().end()))) {
                    out.printf("false cue '%s' (source '%s'): %s%n", c.cue().text(), c.source().span().text(), c.sentence().text().replace('\n', ' '));
                    shownFalse++;
                }
            }
            for (Claim c : doc.claims()) {
                for (GoldAttribution g : gold) {
                    if (shownContent < showContent && g.cue().overlaps(c.cue().start(), c.cue().end())
                            && !AttributionScorer.same(text, c.content().start(), c.content().end(), g.content())) {
                        out.printf("content%n  sitrep: %s%n  gold:   %s%n", c.content().text().replace('\n', ' '),
                                text.substring(g.content().start(), g.content().end()).replace('\n', ' '));
                        shownContent++;
                    }
                }
            }
            for (Claim c : doc.claims()) {
                for (GoldAttribution g : gold) {
                    if (shownSources < showSources && g.source() != null && g.cue().overlaps(c.cue().start(), c.cue().end())
                            && !AttributionScorer.same(text, c.source().span().start(), c.source().span().end(), g.source())) {
                        out.printf("source '%s' gold '%s' (cue '%s'): %s%n", c.source().span().text().replace('\n', ' '),
                                text.substring(g.source().start(), g.source().end()).replace('\n', ' '), c.cue().text(),
                                c.sentence().text().replace('\n', ' '));
                        shownSources++;
                    }
                }
            }
            for (GoldAttribution g : gold) {
                if (shown < showMisses && doc.claims().stream().map(Claim::cue).noneMatch(c -> g.cue().overlaps(c.start(), c.end()))) {
                    out.printf("missed cue '%s' in: %s%n", text.substring(g.cue().start(), g.cue().end()),
                            text.substring(Math.max(0, g.cue().start() - 80), Math.min(text.length(), g.cue().end() + 40)).replace('\n', ' '));
                    shown++;
                }
            }
        }
        out.printf(Locale.ROOT, "PolNeAR %s: %d articles in %.1f s%n", split, items.size(), (System.nanoTime() - t0) / 1e9);
        out.printf("%-12s %-70s %s%n", "role", "exact", "overlap");
        for (Role r : Role.values()) {
            out.printf("%-12s %-70s %s%n", r.name().toLowerCase(Locale.ROOT), scorer.exact(r), scorer.overlap(r));
        }
        for (Role r : Role.values()) {
            out.printf("%-12s %-70s %s%n", "rules " + r.name().toLowerCase(Locale.ROOT), rulesScorer.exact(r), rulesScorer.overlap(r));
        }
        if (options.peer) {
            out.printf("%-12s %-70s %s%n", "peer content", peerScorer.exact(Role.CONTENT), peerScorer.overlap(Role.CONTENT));
            out.println("peer: CoreNLP 4.5.10 quote annotator (quotations only; it finds no cue or source).");
        }
        out.println("attribution: exact = cue overlaps and source and content match exactly; overlap = cues overlap.");
        out.flush();
        return 0;
    }
}
