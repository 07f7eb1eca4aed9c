package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.ActorScorer;
import org.sitrep.eval.FirstCountryBaseline;
import org.sitrep.eval.PloverGold;
import org.sitrep.eval.PloverRecord;
import org.sitrep.eval.Split;
import org.sitrep.model.Actor;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Layout;
import org.sitrep.model.Participant;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "actors", mixinStandardHelpOptions = true, header = "Score actor resolution on the PLOVER gold-standard sentences.",
        description = {"Analyses each gold sentence (dated with its record's date) and, for each gold source and target with a code, looks "
                + "for the event participant at the gold actor's words (events of the gold type first). It reports coverage (gold "
                + "participants matched / all with a code), country agreement (the gold code's country, or IGO/NGO/IMG/MNC against the "
                + "start of the actor's code) and country plus role (the gold sector against letters 4-6 of the actor's code), for "
                + "sources, targets and both.",
                "The peer gives every gold participant the country of the first country name or demonym in the sentence (bundled "
                        + "gazetteer), in the same run. Dev is the records whose 0-based index is a multiple of 4; tune on dev only."})
final class EvalActorsCommand implements Callable<Integer> {
    /** Which records to score. */

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "<file>", defaultValue = "../shared/eval/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt",
            showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS, description = "The PLOVER gold-standard records (JSON list). A relative path is tried in the working directory, then in the repository root.")
    Path file;

    @Option(names = "--split", paramLabel = "<split>", defaultValue = "all", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "dev (records whose 0-based index is a multiple of 4), test (the others) or all: ${COMPLETION-CANDIDATES}.")
    Split split;

    @Option(names = "--show-misses", paramLabel = "<n>", defaultValue = "0", description = "Print the first n mismatches, one a line.")
    int showMisses;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        file = EvalPaths.resolve(spec.commandLine(), file, "gold file", "--file");
        List<PloverRecord> records = options.limited(split.select(PloverGold.read(file)));
        Pipeline pipeline = Sitrep.loaded(spec.commandLine().getErr(), org.sitrep.annotate.InputCaps.DEFAULT, options.knowledge);
        // The peer looks countries up in the gazetteer the pipeline uses (--gazetteer/--places included).
        Gazetteer gazetteer = pipeline.stages().stream().filter(org.sitrep.resolve.PlaceResolver.class::isInstance)
                .map(st -> ((org.sitrep.resolve.PlaceResolver) st).gazetteer()).findFirst().orElseGet(Gazetteer::bundled);
        FirstCountryBaseline baseline = new FirstCountryBaseline(n -> gazetteer.find(n).map(Gazetteer.Entry::iso3),
                d -> gazetteer.country(d).map(Gazetteer.Entry::iso3), gazetteer.longestName());
        ActorScorer sitrep = new ActorScorer();
        ActorScorer peer = new ActorScorer();
        int failed = 0;
        for (PloverRecord r : records) {
            LocalDate date = r.date() == null ? null : LocalDate.parse(r.date());
            RawDocument raw = new RawDocument(r.id(), 0, r.text(), "UTF-8", Layout.FIELDS, new RawMetadata(r.id(), "", null, null, null));
            Document d;
            try {
                d = pipeline.process(new ArticleCleaner(date).clean(raw));
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("sitrep eval actors: record '" + r.id() + "': " + e.getMessage() + " (scored as found nothing)");
                failed++;
                d = null;
            }
            sitrep.add(r, d == null ? r.text() : d.text(), d == null ? List.of() : participants(d));
            if (options.peer) {
                peer.addUniform(r, baseline.country(r.text()).orElse(null));
            }
        }
        out.printf(Locale.ROOT, "PLOVER gold %s, split %s: %d sentences%n", file, split, records.size());
        out.println("system   side     coverage              country agrees        country+role agrees");
        for (ActorScorer.Side side : ActorScorer.Side.values()) {
            line(out, "sitrep", side.name().toLowerCase(Locale.ROOT), sitrep.tally(side), true);
        }
        line(out, "sitrep", "both", sitrep.both(), true);
        if (options.peer) {
            line(out, "peer", "both", peer.both(), false);
        }
        out.println("targets: country >= 0.80, country+role >= 0.60 (of matched participants)");
        out.println("why gold participants miss (sitrep):");
        for (Map.Entry<String, Integer> e : sitrep.reasons()) {
            out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey());
        }
        sitrep.misses().stream().limit(showMisses).forEach(m -> out.println("  miss: " + m.reason() + ": " + m.detail()));
        out.flush();
        return failed == 0 && options.knowledge.skippedRows() == 0 ? 0 : 1;
    }

    private static void line(PrintWriter out, String system, String side, ActorScorer.Tally t, boolean role) {
        String roles = role ? String.format(Locale.ROOT, "%3d/%3d (%.3f)", t.roleAgreed(), t.roleCompared(), t.roleAgreement()) : "—";
        out.printf(Locale.ROOT, "%-8s %-8s %3d/%3d (%.3f)       %3d/%3d (%.3f)       %s%n", system, side, t.matched(), t.gold(), t.coverage(),
                t.countryAgreed(), t.countryCompared(), t.countryAgreement(), roles);
    }

    /** Every source and target of the document's events, with its actor's code and aliases. */
    static List<ActorScorer.Participant> participants(Document d) {
        List<ActorScorer.Participant> out = new ArrayList<>();
        for (Event e : d.events()) {
            add(out, d, e, e.source(), ActorScorer.Side.SOURCE);
            add(out, d, e, e.target(), ActorScorer.Side.TARGET);
        }
        return out;
    }

    private static void add(List<ActorScorer.Participant> out, Document d, Event e, Participant p, ActorScorer.Side side) {
        if (p == null) {
            return;
        }
        Actor a = p.actor() == null ? null : d.actor(p.actor()).orElse(null);
        String country = p.country() != null ? p.country() : a == null ? null : a.country();
        out.add(new ActorScorer.Participant(p.span().start(), p.span().end(), e.type(), side, p.actor(), country, a == null ? null : a.code(),
                a == null ? List.of() : a.aliases()));
    }
}
