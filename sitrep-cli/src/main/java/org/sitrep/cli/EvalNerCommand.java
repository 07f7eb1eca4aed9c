package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.annotate.NlpProfile;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.ConllDocument;
import org.sitrep.eval.ConllReader;
import org.sitrep.eval.EntityScorer;
import org.sitrep.eval.Score;
import org.sitrep.model.Document;
import org.sitrep.model.Layout;
import org.sitrep.model.Mention;
import org.sitrep.model.RawDocument;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.Agents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ner", mixinStandardHelpOptions = true, header = "Score entity mentions on CoNLL-2003 (PER, ORG, LOC, MISC).",
        description = "Rebuilds each CoNLL document as text (one sentence per line), runs the full Sitrep pipeline and, in the "
                + "same run, CoreNLP's default NER annotators, and scores both with conlleval's exact entity match.")
final class EvalNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "<file>", defaultValue = "../shared/eval/conll2003/conllpp_dev.txt",
            showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS, description = "A CoNLL-2003 column file. A relative path is tried in the working directory, then in the repository root.")
    Path file;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        file = EvalPaths.resolve(spec.commandLine(), file, "gold file", "--file");
        List<ConllDocument> docs = ConllReader.read(file);
        docs = options.limited(docs);
        Pipeline pipeline = options.pipeline(spec.commandLine().getErr());
        CoreNlpAnnotator peerAnnotator = options.peer ? new CoreNlpAnnotator(NlpProfile.CORENLP_DEFAULT_NER, false).warmUp() : null;
        ArticleCleaner cleaner = new ArticleCleaner(null);
        EntityScorer sitrep = new EntityScorer();
        EntityScorer corenlp = new EntityScorer();
        long sitrepNanos = 0;
        long peerNanos = 0;
        for (ConllDocument d : docs) {
            long t0 = System.nanoTime();
            Document analysed = pipeline.process(cleaner.clean(new RawDocument(file.toString(), 0, d.text(), "UTF-8", Layout.TEXT, null)));
            sitrepNanos += System.nanoTime() - t0;
            sitrep.add(d.gold(), entities(d, analysed.entities()));
            if (options.peer) {
                long t1 = System.nanoTime();
                Document p = peerAnnotator.apply(Document.of(analysed.article()));
                peerNanos += System.nanoTime() - t1;
                corenlp.add(d.gold(), entities(d, p.entities()));
            }
        }
        out.printf(Locale.ROOT, "CoNLL %s: %d documents%n", file, docs.size());
        print(out, "sitrep", sitrep, sitrepNanos, docs.size());
        if (options.peer) {
            print(out, "corenlp-default-ner", corenlp, peerNanos, docs.size());
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String name, EntityScorer s, long nanos, int docs) {
        out.printf(Locale.ROOT, "%-20s overall %s  (%.1f documents/s)%n", name, s.overall(), docs / (nanos / 1e9));
        for (var e : s.byType().entrySet()) {
            Score sc = e.getValue();
            out.printf(Locale.ROOT, "%-20s %-7s P %.3f  R %.3f  F1 %.3f%n", "", e.getKey(), sc.precision(), sc.recall(), sc.f1());
        }
    }

    /**
     * Sitrep's types in CoNLL's four: NATIONALITY is MISC there. Agent phrases written in lower case ("Israeli
     * soldiers", "rebels") are descriptions, not named entities, and are left out.
     */
    private static List<ConllDocument.Entity> entities(ConllDocument d, List<Mention> mentions) {
        List<int[]> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Mention m : mentions) {
            if (Agents.isAgent(m.actor()) && !writtenAsName(m.span().text())) {
                continue; // "Israeli soldiers": a description the actors stage reads, not a name ("the Iraqi Army" is one)
            }
            spans.add(new int[] {m.span().start(), m.span().end()});
            types.add(switch (m.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case LOCATION -> "LOC";
                case MISC, NATIONALITY -> "MISC";
            });
        }
        return EntityScorer.toTokens(d, spans, types);
    }

    /** Every word capitalised but "of", "the", "and" and possessives: "the Iraqi Army", "North Wales Police". */
    private static boolean writtenAsName(String text) {
        for (String w : text.replaceFirst("^(?i)the\\s+", "").split("\\s+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !Set.of("of", "the", "and", "'s", "’s").contains(w)) {
                return false;
            }
        }
        return true;
    }
}
