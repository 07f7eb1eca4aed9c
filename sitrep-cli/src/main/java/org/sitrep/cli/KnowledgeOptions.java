package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.extract.ClaimCues;
import org.sitrep.extract.EventLexicon;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.time.TimexTagger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the world knowledge comes from (docs/knowledge.md), shared by every command that analyses: the bundled
 * gazetteer or a bigger one, and the user's own place and actor files merged over the bundled data. Each option can
 * also be set once for all commands in {@code ~/.sitrep.properties} ({@code gazetteer=FILE}, {@code places=FILE[,FILE…]},
 * {@code actors=FILE[,FILE…]}, {@code time-words=FILE[,FILE…]}, {@code time-rules=FILE[,FILE…]},
 * {@code claim-cues=FILE[,FILE…]}, {@code event-triggers=FILE[,FILE…]}).
 */
final class KnowledgeOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--gazetteer", paramLabel = "<file>",
            description = "A gazetteer made by `sitrep import geonames` (plain or .gz) instead of the bundled one (GeoNames, CC BY 4.0).")
    Path gazetteer;

    @Option(names = "--places", paramLabel = "<file>", split = ",",
            description = "Place files merged over the gazetteer and the curated places by id, in order (docs/knowledge.md, \"Places\"). "
                    + "Repeatable. Malformed rows are reported as warnings and skipped.")
    List<Path> places = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "<file>", split = ",",
            description = "Actor files (docs/knowledge.md, \"Actors\"; plain or .gz) merged over the bundled actors by id. "
                    + "Repeatable; later files win. Malformed rows are reported as warnings and skipped.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--time-words", paramLabel = "<file>", split = ",",
            description = "Temporal lexicon files (the format of the bundled timex-lexicon.tsv, docs/knowledge.md \"Times\") added to "
                    + "the bundled words. Repeatable. Malformed rows are reported as warnings and skipped.")
    List<Path> timeWords = new ArrayList<>();

    @Option(names = "--time-rules", paramLabel = "<file>", split = ",",
            description = "Temporal rule files (the format of the bundled timex-rules.tsv) tried after the bundled rules. "
                    + "Repeatable. Malformed rules are reported as warnings and skipped.")
    List<Path> timeRules = new ArrayList<>();

    @Option(names = "--claim-cues", paramLabel = "<file>", split = ",",
            description = "Claim cue files (the format of the bundled claim-cues.tsv, docs/knowledge.md \"Claim cues\") merged over "
                    + "the bundled cue verbs and source words; later files win. Repeatable. Malformed rows are reported as warnings and skipped.")
    List<Path> claimCues = new ArrayList<>();

    @Option(names = "--event-triggers", paramLabel = "<file>", split = ",",
            description = "Event trigger files (the format of the bundled event-triggers.tsv, docs/knowledge.md \"Event triggers\"; "
                    + "`sitrep import cameo-verbs` writes one) merged over the bundled lexicon; later files win. Repeatable. "
                    + "Malformed rows are reported as warnings and skipped.")
    List<Path> eventTriggers = new ArrayList<>();

    private final java.util.concurrent.atomic.AtomicInteger skippedRows = new java.util.concurrent.atomic.AtomicInteger();

    /** How many rows of the user's knowledge files were malformed and skipped. */
    int skippedRows() {
        return skippedRows.get();
    }

    private ParameterException usage(String option, String message) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + message);
    }

    /** Loads the gazetteer, printing each skipped row as a warning; a missing file is a usage error naming it. */
    Gazetteer gazetteer(PrintWriter err) {
        if (gazetteer == null && places.isEmpty()) {
            return Gazetteer.bundled();
        }
        if (gazetteer != null && !(Files.isRegularFile(gazetteer) && Files.isReadable(gazetteer))) {
            throw usage("--gazetteer", gazetteer + ": no such file");
        }
        for (Path p : places) {
            if (!(Files.isRegularFile(p) && Files.isReadable(p))) {
                throw usage("--places", p + ": no such file");
            }
        }
        Gazetteer.Loaded l = Gazetteer.load(gazetteer, places);
        synchronized (err) {
            l.problems().forEach(p -> err.println("warning: " + p));
            err.flush();
        }
        skippedRows.addAndGet(l.problems().size());
        return l.gazetteer();
    }

    /** The temporal tagger with the user's words and rules added; each skipped row is a warning, a missing file a usage error. */
    TimexTagger timex(PrintWriter err) {
        if (timeWords.isEmpty() && timeRules.isEmpty()) {
            return TimexTagger.standard();
        }
        for (Path p : timeWords) {
            if (!(Files.isRegularFile(p) && Files.isReadable(p))) {
                throw usage("--time-words", p + ": no such file");
            }
        }
        for (Path p : timeRules) {
            if (!(Files.isRegularFile(p) && Files.isReadable(p))) {
                throw usage("--time-rules", p + ": no such file");
            }
        }
        List<String> problems = new ArrayList<>();
        TimexTagger t;
        try {
            t = TimexTagger.withFiles(timeWords, timeRules, problems);
        } catch (IOException e) {
            throw usage(timeRules.isEmpty() ? "--time-words" : "--time-rules", e.getMessage());
        }
        synchronized (err) {
            problems.forEach(p -> err.println("warning: " + p));
            err.flush();
        }
        skippedRows.addAndGet(problems.size());
        return t;
    }

    /** The claim lexicon with the user's files merged over it; each skipped row is a warning, a missing file a usage error. */
    ClaimCues claimCues(PrintWriter err) {
        if (claimCues.isEmpty()) {
            return ClaimCues.bundled();
        }
        for (Path p : claimCues) {
            if (!(Files.isRegularFile(p) && Files.isReadable(p))) {
                throw usage("--claim-cues", p + ": no such file");
            }
        }
        List<String> problems = new ArrayList<>();
        ClaimCues c;
        try {
            c = ClaimCues.withFiles(claimCues, problems);
        } catch (IOException e) {
            throw usage("--claim-cues", e.getMessage());
        }
        synchronized (err) {
            problems.forEach(p -> err.println("warning: " + p));
            err.flush();
        }
        skippedRows.addAndGet(problems.size());
        return c;
    }

    /** The events lexicon with the user's files merged over it; each skipped row is a warning, a missing file a usage error. */
    EventLexicon eventLexicon(PrintWriter err) {
        if (eventTriggers.isEmpty()) {
            return EventLexicon.bundled();
        }
        for (Path p : eventTriggers) {
            if (!(Files.isRegularFile(p) && Files.isReadable(p))) {
                throw usage("--event-triggers", p + ": no such file");
            }
        }
        List<String> problems = new ArrayList<>();
        EventLexicon l;
        try {
            l = EventLexicon.withFiles(eventTriggers, problems);
        } catch (IOException e) {
            throw usage("--event-triggers", e.getMessage());
        }
        synchronized (err) {
            problems.forEach(p -> err.println("warning: " + p));
            err.flush();
        }
        skippedRows.addAndGet(problems.size());
        return l;
    }

    /**
     * The bundled actors with the user's files merged over them. Each skipped row becomes a warning on {@code err}; an
     * unreadable file is a usage error naming it.
     */
    ActorDictionary actors(PrintWriter err) {
        long t0 = System.nanoTime();
        ActorDictionary d;
        try {
            d = ActorDictionary.withFiles(actorFiles);
        } catch (IOException e) {
            throw usage("--actors", e.getMessage());
        }
        synchronized (err) {
            d.problems().forEach(p -> err.println("warning: " + p));
            if (!actorFiles.isEmpty()) {
                err.printf(Locale.ROOT, "sitrep: %,d actors loaded in %.2f s%n", d.size(), (System.nanoTime() - t0) / 1e9);
            }
            err.flush();
        }
        if (!actorFiles.isEmpty()) {
            skippedRows.addAndGet(d.problems().size());
        }
        return d;
    }
}
