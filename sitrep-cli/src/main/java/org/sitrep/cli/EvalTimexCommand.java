package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.FoundTimex;
import org.sitrep.eval.GoldTimex;
import org.sitrep.eval.Score;
import org.sitrep.eval.Split;
import org.sitrep.eval.TimeMlCorpus;
import org.sitrep.eval.TimeMlDocument;
import org.sitrep.eval.TimexScorer;
import org.sitrep.eval.TimexSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "timex", mixinStandardHelpOptions = true, header = "Score temporal expressions (TIMEX3) on TempEval-3's TBAQ-cleaned.",
        description = {"Reads every .tml file under --dir (TimeBank and AQUAINT), gives each system a document's TEXT as plain text "
                + "with its creation time (the DCT) as the article date, and scores the expressions found against the gold TIMEX3s "
                + "as TempEval-3 defines the measures: strict (identical extent) and relaxed (overlapping extent, paired one to "
                + "one) precision, recall and F1; type accuracy over relaxed matches and type F1; value F1, where P is relaxed "
                + "matches with the same value over found expressions and R the same over gold ones. Types and values are "
                + "compared trimmed and upper-cased only. The creation time itself is given, not scored.",
                "Systems: sitrep (the standard pipeline up to its time stage), sutime (CoreNLP tokenize, ssplit, pos, lemma and "
                + "SUTime over all sentences, as a new user runs it) and heideltime (HeidelTime 2.1 standalone, English news, no "
                + "part-of-speech tagger). Each runs over all documents in turn; 'tag s' is the time spent in its tagging, "
                + "model loading excluded.",
                "Tune on --split dev only (files whose 0-based index in path order is a multiple of 4)."})
final class EvalTimexCommand implements Callable<Integer> {
    static final Path DEFAULT_DIR = Path.of("../shared/eval/tempeval3/TBAQ-cleaned");
    private static final int PROGRESS_EVERY = 50;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "<dir>", description = "The TimeML directory, read at any depth. Default: "
            + "../shared/eval/tempeval3/TBAQ-cleaned, tried in the working directory, then in the repository root.")
    Path dir;

    @Option(names = "--split", paramLabel = "<split>", defaultValue = "all", showDefaultValue = Visibility.ALWAYS,
            description = "Which files: dev (0-based index a multiple of 4), test (the rest) or all: ${COMPLETION-CANDIDATES}.")
    Split split;

    @Option(names = "--systems", paramLabel = "<system>", split = ",", defaultValue = "sitrep,sutime,heideltime",
            showDefaultValue = Visibility.ALWAYS, description = "The systems to score, in this order: ${COMPLETION-CANDIDATES}.")
    List<TimexSystems> systems;

    @Option(names = "--misses", paramLabel = "<n>", defaultValue = "0", showDefaultValue = Visibility.ALWAYS,
            description = "Print up to n missed, spurious or wrong expressions of the first system (file, gold vs found).")
    int misses;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "0", description = "Score only the first n documents (0: all).")
    int limit;

    /** One system's scores and the time it spent tagging. */
    private record Run(String name, TimexScorer scorer, double seconds, int failed) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = EvalPaths.resolve(spec.commandLine(), dir == null ? DEFAULT_DIR : dir, "TimeML directory", "--dir");
        TimeMlCorpus corpus = TimeMlCorpus.read(root);
        for (String problem : corpus.problems()) {
            err.println("sitrep eval timex: " + problem);
        }
        List<TimeMlDocument> docs = split.select(corpus.documents());
        if (limit > 0 && docs.size() > limit) {
            docs = docs.subList(0, limit);
        }
        if (docs.isEmpty()) {
            err.println("sitrep eval timex: no readable .tml file under '" + root + "' (split " + split + ")");
            err.flush();
            return 1;
        }
        List<Run> runs = new ArrayList<>();
        for (TimexSystems system : new LinkedHashSet<>(systems)) {
            runs.add(run(system, docs, err));
        }
        int gold = docs.stream().mapToInt(d -> d.timexes().size()).sum();
        out.printf(Locale.ROOT, "TempEval-3 timexes, %s: %d documents (split %s), %d gold TIMEX3s in TEXT; each document's creation "
                + "time given as its date, not scored%n", root.getFileName(), docs.size(), split, gold);
        out.printf(Locale.ROOT, "%-10s %5s | %-17s | %-17s | %-11s | %-17s | %7s%n", "", "", "strict", "relaxed", "type", "value", "");
        out.printf(Locale.ROOT, "%-10s %5s | %5s %5s %5s | %5s %5s %5s | %5s %5s | %5s %5s %5s | %7s%n", "system", "found",
                "P", "R", "F1", "P", "R", "F1", "acc", "F1", "P", "R", "F1", "tag s");
        for (Run r : runs) {
            TimexScorer s = r.scorer();
            out.printf(Locale.ROOT, "%-10s %5d | %s | %s | %5.3f %5.3f | %s | %7.1f%s%n", r.name(), s.found(), prf(s.strict()),
                    prf(s.relaxed()), s.typeAccuracy(), s.type().f1(), prf(s.value()), r.seconds(),
                    r.failed() == 0 ? "" : "  (" + r.failed() + " documents failed, scored as nothing found)");
        }
        out.println("tag s: seconds in each system's tagging over all documents, one thread, model loading and a warm-up sentence excluded; "
                + "sitrep's includes its annotate stage (CoreNLP tokens, POS, lemmas, entities), sutime's CoreNLP tokenize, ssplit, pos "
                + "and lemma, heideltime's its own tokeniser");
        if (misses > 0 && !runs.isEmpty()) {
            printMisses(out, runs.get(0));
        }
        out.flush();
        return runs.stream().allMatch(r -> r.failed() == 0) ? 0 : 1;
    }

    private Run run(TimexSystems system, List<TimeMlDocument> docs, PrintWriter err) {
        long t0 = System.nanoTime();
        TimexSystem tagger = system.loadAndWarmUp();
        err.printf(Locale.ROOT, "sitrep eval timex: %s loaded in %.1f s%n", system.name(), (System.nanoTime() - t0) / 1e9);
        err.flush();
        TimexScorer scorer = new TimexScorer();
        long nanos = 0;
        int failed = 0;
        for (int n = 0; n < docs.size(); n++) {
            TimeMlDocument d = docs.get(n);
            List<FoundTimex> found;
            long t = System.nanoTime();
            try {
                found = tagger.tag(d.text(), d.dct());
            } catch (RuntimeException e) {
                err.println("sitrep eval timex: " + system.name() + ": " + d.file() + ": " + e.getMessage());
                found = List.of();
                failed++;
            }
            nanos += System.nanoTime() - t;
            scorer.add(d.id(), d.text(), d.timexes(), found);
            if ((n + 1) % PROGRESS_EVERY == 0 && n + 1 < docs.size()) {
                err.printf(Locale.ROOT, "sitrep eval timex: %s %d/%d documents%n", system.name(), n + 1, docs.size());
                err.flush();
            }
        }
        return new Run(system.name(), scorer, nanos / 1e9, failed);
    }

    private void printMisses(PrintWriter out, Run run) {
        List<TimexScorer.Item> errors = run.scorer().errors();
        out.printf(Locale.ROOT, "%s: %d of %d expressions missed, spurious or wrong; the first %d (document, what, gold -> found):%n",
                run.name(), errors.size(), run.scorer().items().size(), Math.min(misses, errors.size()));
        for (TimexScorer.Item i : errors.subList(0, Math.min(misses, errors.size()))) {
            out.printf(Locale.ROOT, "  %-20s %-17s %s -> %s%n", i.document(), what(i), gold(i.gold()),
                    i.found() == null ? "-" : found(i.found(), i.foundText()));
        }
    }

    /** missed, spurious, or which of extent, type and value differ. */
    static String what(TimexScorer.Item i) {
        if (i.missed()) {
            return "missed";
        }
        if (i.spurious()) {
            return "spurious";
        }
        List<String> wrong = new ArrayList<>();
        if (!i.strict()) {
            wrong.add("extent");
        }
        if (!i.sameType()) {
            wrong.add("type");
        }
        if (!i.sameValue()) {
            wrong.add("value");
        }
        return String.join("+", wrong);
    }

    private static String gold(GoldTimex g) {
        return g == null ? "-" : String.format(Locale.ROOT, "'%s' %s %s%s", oneLine(g.text()), g.type(), g.value(),
                g.mod().isEmpty() ? "" : " mod=" + g.mod());
    }

    private static String found(FoundTimex t, String text) {
        return String.format(Locale.ROOT, "'%s' %s %s", oneLine(text), t.type(), t.value().isEmpty() ? "(no value)" : t.value());
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    private static String prf(Score s) {
        return String.format(Locale.ROOT, "%5.3f %5.3f %5.3f", s.precision(), s.recall(), s.f1());
    }
}
