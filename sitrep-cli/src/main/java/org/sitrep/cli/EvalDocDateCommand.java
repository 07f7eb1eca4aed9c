package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.DocDateScorer;
import org.sitrep.eval.Split;
import org.sitrep.eval.TimeMlCorpus;
import org.sitrep.eval.TimeMlDocument;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.Layout;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.time.Clue;
import org.sitrep.time.TimeStage;
import org.sitrep.time.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "docdate", mixinStandardHelpOptions = true, header = "Score the inferred article dates on TimeML documents (TBAQ).",
        description = {"Reads each .tml file under --dir (its <TEXT>, tags removed; its creation time from the TIMEX3 with "
                + "functionInDocument=\"CREATION_TIME\" in <DCT>), hides the creation time, runs the standard pipeline's "
                + "annotate and times stages on the text with no date and no source name, and scores the publication date "
                + "Sitrep infers: exact, within 1, 7 and 31 days (the inferred day, or the midpoint of a window closed on both "
                + "sides), windows that hold the true date, abstentions (no day and no window), and confident answers that "
                + "are wrong (confidence at least 0.5 and more than 7 days off, or a window that excludes the true date).",
                "The peer is a baseline: the latest full date the text writes out (as the tagger reads it), as a day with "
                        + "confidence 1.",
                "Files are taken in the order of their paths under --dir; --split dev is every fourth from the first. The "
                        + "kernels were set by looking at the errors of the test split only: dev is held out."})
final class EvalDocDateCommand implements Callable<Integer> {
    static final Path DEFAULT_DIR = Path.of("../shared/eval/tempeval3/TBAQ-cleaned");

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "<dir>", description = "The TimeML corpus directory (.tml files, searched recursively). "
            + "Default: ../shared/eval/tempeval3/TBAQ-cleaned; a relative path is tried in the working directory, then in the repository root.")
    Path dir;

    @Option(names = "--split", paramLabel = "<split>", defaultValue = "all", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Which documents: dev (0-based index a multiple of 4), test (the rest) or all: ${COMPLETION-CANDIDATES}. "
                    + "With all, the dev and test rows are printed too.")
    Split split;

    @Option(names = "--show", paramLabel = "<n>", defaultValue = "10", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Print the n answers furthest from the true date, with their evidence.")
    int show;

    @Option(names = "--year-given", description = "Also score a diagnostic row: the inference told each document's true year "
            + "(as a window), to separate finding the year from finding the day. Not a result: it uses the gold.")
    boolean year;

    @Mixin
    EvalOptions options;

    /** One document's outcome. */
    private record Outcome(int index, String id, LocalDate truth, DocDateScorer.Answer sitrep, DocDateScorer.Answer peer,
                           DocDateScorer.Answer withYear, PublicationDate published) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path d = EvalPaths.resolve(spec.commandLine(), dir == null ? DEFAULT_DIR : dir, "TimeML directory", "--dir");
        TimeMlCorpus corpus = TimeMlCorpus.read(d);
        for (String p : corpus.problems()) {
            err.println("sitrep eval docdate: " + p);
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < corpus.documents().size(); i++) {
            indexes.add(i);
        }
        indexes = options.limited(split.select(indexes));
        Pipeline prefix = prefix(options.pipeline(err));
        TimeStage times = (TimeStage) prefix.stages().stream().filter(TimeStage.class::isInstance).findFirst().orElseThrow();
        ArticleCleaner cleaner = new ArticleCleaner(null);
        List<Outcome> outcomes = new ArrayList<>();
        int failed = 0;
        long t0 = System.nanoTime();
        for (int n = 0; n < indexes.size(); n++) {
            int i = indexes.get(n);
            TimeMlDocument doc = corpus.documents().get(i);
            // no source name: TimeML ids carry the date (APW19980820.1428)
            RawDocument raw = new RawDocument("timeml#" + i, 0, doc.text(), "UTF-8", Layout.FIELDS, RawMetadata.NONE);
            try {
                Document analysed = prefix.process(cleaner.clean(raw));
                PublicationDate p = analysed.article().published();
                DocDateScorer.Answer sitrep = new DocDateScorer.Answer(p.date(), p.notBefore(), p.notAfter(), p.confidence());
                DocDateScorer.Answer peer = baseline(times.tag(analysed, null, new ArrayList<>()));
                outcomes.add(new Outcome(i, doc.id(), doc.dct(), sitrep, peer, year ? withYear(times, analysed, doc.dct().getYear()) : DocDateScorer.Answer.NONE, p));
            } catch (RuntimeException e) {
                failed++;
                err.println("sitrep eval docdate: " + doc.id() + ": " + e.getMessage());
                outcomes.add(new Outcome(i, doc.id(), doc.dct(), DocDateScorer.Answer.NONE, DocDateScorer.Answer.NONE,
                        DocDateScorer.Answer.NONE, PublicationDate.UNKNOWN));
            }
            if ((n + 1) % 50 == 0 && n + 1 < indexes.size()) {
                err.printf(Locale.ROOT, "sitrep eval docdate: %d/%d documents%n", n + 1, indexes.size());
                err.flush();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%s: %d documents (split %s) in %.0f s%s%n", d, outcomes.size(), split, secs,
                failed == 0 ? "" : ", " + failed + " failed (scored as abstentions)");
        out.println("day scored: the inferred day, or the midpoint of a window closed on both sides; shares are of all documents");
        out.printf(Locale.ROOT, "%-14s %5s %5s %5s %5s %6s %6s %6s %6s %6s %9s %9s %7s %9s%n", "system", "docs", "days", "wins", "abst",
                "exact", "<=1d", "<=7d", "<=31d", "<=365d", "win-holds", "conf<=7d", "med-err", "conf-wrong");
        List<Split> rows = split == Split.all ? List.of(Split.dev, Split.test, Split.all) : List.of(split);
        for (Split s : rows) {
            List<Outcome> part = outcomes.stream().filter(o -> s == Split.all || (s == Split.dev) == Split.isDev(o.index())).toList();
            out.println(row("sitrep " + s, score(part, Outcome::sitrep)));
            if (options.peer) {
                out.println(row("baseline " + s, score(part, Outcome::peer)));
            }
            if (year) {
                out.println(row("year-given " + s, score(part, Outcome::withYear)));
            }
        }
        out.println("calibration, days answered by confidence (within 7 days / answered): sitrep " + calibration(outcomes, Outcome::sitrep)
                + (year ? "; year-given " + calibration(outcomes, Outcome::withYear) : ""));
        if (show > 0) {
            out.printf(Locale.ROOT, "%nsitrep's %d answers furthest from the true date (abstentions left out):%n", show);
            outcomes.stream().filter(o -> o.sitrep().day() != null || o.sitrep().hasWindow())
                    .sorted(Comparator.comparingLong((Outcome o) -> -distance(o)).thenComparing(Outcome::id)).limit(show)
                    .forEach(o -> out.println(describe(o)));
        }
        out.flush();
        return failed == 0 && options.knowledge.skippedRows() == 0 ? 0 : 1;
    }

    /** The standard pipeline up to and including its times stage. */
    static Pipeline prefix(Pipeline standard) {
        Pipeline.Builder b = Pipeline.builder();
        for (Stage s : standard.stages()) {
            b.add(s);
            if (s.provides().contains(Layer.TIMES)) {
                return b.build();
            }
        }
        throw new IllegalStateException("the standard pipeline has no stage that provides " + Layer.TIMES);
    }

    /** The baseline: the latest full date written out in the text. */
    static DocDateScorer.Answer baseline(List<Timex> timexes) {
        return timexes.stream().filter(t -> t.clue() != null && t.clue().kind() == Clue.Kind.DATE).map(t -> t.clue().date())
                .max(LocalDate::compareTo).map(x -> new DocDateScorer.Answer(x, null, null, 1)).orElse(DocDateScorer.Answer.NONE);
    }

    private static DocDateScorer score(List<Outcome> outcomes, java.util.function.Function<Outcome, DocDateScorer.Answer> system) {
        DocDateScorer s = new DocDateScorer();
        for (Outcome o : outcomes) {
            s.add(o.truth(), system.apply(o));
        }
        return s;
    }

    /** Days answered within 7 days of the truth over days answered, by confidence band. */
    static String calibration(List<Outcome> outcomes, java.util.function.Function<Outcome, DocDateScorer.Answer> system) {
        double[] edges = {0, 0.2, 0.5, 1.0001};
        List<String> parts = new ArrayList<>();
        for (int b = 0; b + 1 < edges.length; b++) {
            int n = 0;
            int near = 0;
            for (Outcome o : outcomes) {
                DocDateScorer.Answer a = system.apply(o);
                if (a.date() != null && a.confidence() >= edges[b] && a.confidence() < edges[b + 1]) {
                    n++;
                    near += Math.abs(ChronoUnit.DAYS.between(o.truth(), a.date())) <= DocDateScorer.NEAR ? 1 : 0;
                }
            }
            parts.add(String.format(Locale.ROOT, "[%.1f, %.1f) %d/%d", edges[b], Math.min(1, edges[b + 1]), near, n));
        }
        return String.join(", ", parts);
    }

    /** The diagnostic: the time stage again on the analysed article, told that it was published in {@code year}. */
    private static DocDateScorer.Answer withYear(TimeStage times, Document analysed, int year) {
        PublicationDate bounds = new PublicationDate(null, DateSource.UNKNOWN, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 0, List.of());
        PublicationDate p = times.apply(analysed.withArticle(analysed.article().withPublished(bounds))).article().published();
        return p.source() == DateSource.UNKNOWN ? DocDateScorer.Answer.NONE : new DocDateScorer.Answer(p.date(), p.notBefore(), p.notAfter(), p.confidence());
    }

    private static String row(String name, DocDateScorer s) {
        return String.format(Locale.ROOT, "%-14s %5d %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f %9s %9s %7s %9s", name, s.docs(), s.days(), s.windowOnly(),
                s.abstained(), s.share(s.exact()), s.share(s.within1()), s.share(s.within7()), s.share(s.within31()), s.share(s.within365()),
                s.holding() + "/" + s.windows(), s.confidentNear() + "/" + s.confident(), s.medianError() < 0 ? "-" : s.medianError() + "d",
                s.confidentWrong() + String.format(Locale.ROOT, " %.1f%%", 100 * s.share(s.confidentWrong())));
    }

    private static long distance(Outcome o) {
        LocalDate day = o.sitrep().day();
        if (day == null) {
            return o.sitrep().windowHolds(o.truth()) ? 0 : Long.MAX_VALUE / 2;
        }
        return Math.abs(ChronoUnit.DAYS.between(o.truth(), day)) + (o.sitrep().windowHolds(o.truth()) ? 0 : 100_000);
    }

    private static String describe(Outcome o) {
        PublicationDate p = o.published();
        String answer = (p.date() == null ? "window" : p.date().toString()) + " [" + (p.notBefore() == null ? "" : p.notBefore()) + ".."
                + (p.notAfter() == null ? "" : p.notAfter()) + "] confidence " + p.confidence();
        String ev = p.evidence().stream().map(DateEvidence::says).limit(6).collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "  %s  true %s  %s%n      %s", o.id(), o.truth(), answer, ev);
    }
}
