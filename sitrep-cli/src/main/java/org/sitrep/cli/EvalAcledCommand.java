package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.AcledGold;
import org.sitrep.eval.AcledRecord;
import org.sitrep.eval.AcledScorer;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.Layout;
import org.sitrep.model.Place;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "acled", mixinStandardHelpOptions = true, header = "Score ACLED coding of the main event on ACLED rows.",
        description = {"Analyses each row's notes as an article dated with the row's event_date and scores the article's main "
                + "event (none: the row is missed) against the row: ACLED event type and sub-event type (accuracy; macro-F1 over "
                + "the gold sub-event classes), the actor categories (inter1, inter2; a blank inter2 is no second actor), the "
                + "country of the event's place, its location (within 25 km of the row's point) and the fatalities (the main "
                + "event's killed, 0 when none are stated; exact).",
                "The peer, scored on the same rows, always answers the most frequent value of each field (the majority "
                        + "sub-event type and event type, actor categories, country, point and fatality count)."})
final class EvalAcledCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "<file>", defaultValue = "../shared/eval/acled/acled-gaza-2023-2024.csv",
            showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "The ACLED export (CSV). A relative path is tried in the working directory, then in the repository root.")
    Path file;

    @Option(names = "--year", paramLabel = "<year>", defaultValue = "all", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Score only the rows of this year (e.g. 2023 to tune, 2024 to report), or all.")
    String year;

    @Option(names = "--show-errors", paramLabel = "<n>", defaultValue = "0",
            description = "List up to n rows the field given by --error-field was missed on (id, gold vs predicted, notes prefix).")
    int showErrors;

    @Option(names = "--error-field", paramLabel = "<field>", defaultValue = "SUB_EVENT",
            description = "The field --show-errors lists: ${COMPLETION-CANDIDATES}.")
    AcledScorer.Field errorField;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int wanted = year(year);
        file = EvalPaths.resolve(spec.commandLine(), file, "ACLED file", "--file");
        AcledGold gold = AcledGold.read(file);
        gold.problems().forEach(p -> err.println("warning: " + p));
        List<AcledRecord> records = options.limited(gold.ofYear(wanted));
        Pipeline pipeline = options.pipeline(err);
        Gazetteer gazetteer = Gazetteer.bundled();
        AcledScorer sitrep = new AcledScorer();
        for (AcledRecord r : records) {
            RawDocument raw = new RawDocument(r.id(), 0, r.notes(), "UTF-8", Layout.FIELDS, new RawMetadata(r.id(), "", null, null, null));
            Document d = pipeline.process(new ArticleCleaner(r.date()).clean(raw));
            sitrep.add(r, predicted(d, gazetteer, r.country()));
        }
        AcledScorer peer = new AcledScorer();
        if (options.peer) {
            AcledScorer.Predicted majority = majority(records);
            records.forEach(r -> peer.add(r, majority));
        }
        out.printf(Locale.ROOT, "ACLED %s, year %s: %d rows (%d skipped as broken)%n", file, year, sitrep.rows(), gold.problems().size());
        out.printf(Locale.ROOT, "%-24s %8s %8s%n", "", "sitrep", options.peer ? "peer" : "");
        row(out, "main event found", sitrep, peer, s -> s.rows() == 0 ? 0 : (double) s.predicted() / s.rows());
        row(out, "event type", sitrep, peer, AcledScorer::typeAccuracy);
        row(out, "sub-event type", sitrep, peer, AcledScorer::subTypeAccuracy);
        row(out, "sub-event macro-F1", sitrep, peer, AcledScorer::subTypeMacroF1);
        row(out, "actor 1 category", sitrep, peer, AcledScorer::actor1Accuracy);
        row(out, "actor 2 category", sitrep, peer, AcledScorer::actor2Accuracy);
        row(out, "country", sitrep, peer, AcledScorer::countryAccuracy);
        row(out, "location (25 km)", sitrep, peer, AcledScorer::locationAccuracy);
        row(out, "fatalities exact", sitrep, peer, AcledScorer::fatalityAccuracy);
        out.println("sitrep per gold sub-event type:");
        sitrep.perClass().forEach((type, s) -> {
            if (s.gold() > 0) {
                out.printf(Locale.ROOT, "  %-36s %s%n", type, s);
            }
        });
        List<AcledScorer.Miss> misses = sitrep.misses(errorField);
        for (AcledScorer.Miss m : misses.subList(0, Math.min(showErrors, misses.size()))) {
            String notes = m.gold().notes().replaceAll("\\s+", " ");
            out.printf(Locale.ROOT, "%s  gold %s  predicted %s  | %s%n", m.gold().id(), goldValue(m.gold()), predictedValue(m.predicted()),
                    notes.substring(0, Math.min(160, notes.length())));
        }
        out.flush();
        return 0;
    }

    private int year(String given) {
        if (given.equalsIgnoreCase("all")) {
            return 0;
        }
        try {
            return Integer.parseInt(given);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--year: expected a year (e.g. 2023) or 'all', got '" + given + "'");
        }
    }

    private static void row(PrintWriter out, String label, AcledScorer sitrep, AcledScorer peer, java.util.function.ToDoubleFunction<AcledScorer> f) {
        out.printf(Locale.ROOT, "%-24s %8.3f %8s%n", label, f.applyAsDouble(sitrep), peer.rows() == 0 ? "" : String.format(Locale.ROOT, "%.3f",
                f.applyAsDouble(peer)));
    }

    /** The main event's ACLED coding, place and killed, or null when the article has no main event. */
    static AcledScorer.Predicted predicted(Document d, Gazetteer gazetteer, String goldCountry) {
        Optional<Event> main = d.events().stream().filter(Event::main).findFirst();
        if (main.isEmpty()) {
            return null;
        }
        Event e = main.get();
        EventCoding c = e.coding();
        Place place = e.place() == null ? null : d.places().stream().filter(p -> p.id().equals(e.place())).findFirst().orElse(null);
        String country = place == null ? null : gazetteer.countryOf(place.country()).map(x -> countryName(x, goldCountry)).orElse(null);
        int killed = e.casualties() == null || e.casualties().killed() == null ? 0 : e.casualties().killed();
        return new AcledScorer.Predicted(c == null ? null : c.acledType(), c == null ? null : c.acledSubType(), c == null ? null : c.acledActor1(),
                c == null ? null : c.acledActor2(), country, place == null ? null : place.lat(), place == null ? null : place.lon(), killed);
    }

    /** The country's name, spelt as the gold spells it when that spelling is one of the country's names. */
    private static String countryName(Gazetteer.Entry country, String goldCountry) {
        String key = Gazetteer.key(goldCountry);
        boolean same = Gazetteer.key(country.place().name()).equals(key) || country.aliases().stream().anyMatch(a -> Gazetteer.key(a).equals(key));
        return same ? goldCountry : country.place().name();
    }

    /** The most frequent value of every field of {@code records}. */
    static AcledScorer.Predicted majority(List<AcledRecord> records) {
        AcledRecord point = mostFrequent(records, r -> r.lat() + "," + r.lon());
        return new AcledScorer.Predicted(mostFrequent(records, AcledRecord::eventType).eventType(),
                mostFrequent(records, AcledRecord::subEventType).subEventType(), mostFrequent(records, AcledRecord::inter1).inter1(),
                mostFrequent(records, AcledRecord::inter2).inter2(), mostFrequent(records, AcledRecord::country).country(),
                point == null ? null : point.lat(), point == null ? null : point.lon(),
                point == null ? 0 : mostFrequent(records, r -> String.valueOf(r.fatalities())).fatalities());
    }

    /** A record holding the most frequent value of {@code key} (ties: the value seen first), or null for no records. */
    private static AcledRecord mostFrequent(List<AcledRecord> records, Function<AcledRecord, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, AcledRecord> first = new HashMap<>();
        for (AcledRecord r : records) {
            counts.merge(key.apply(r), 1, Integer::sum);
            first.putIfAbsent(key.apply(r), r);
        }
        return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getValue())
                .thenComparing(x -> -records.indexOf(first.get(x.getKey())))).map(x -> first.get(x.getKey())).orElse(null);
    }

    private String goldValue(AcledRecord g) {
        return switch (errorField) {
            case TYPE -> g.eventType();
            case SUB_EVENT -> g.subEventType();
            case ACTOR1 -> g.inter1();
            case ACTOR2 -> g.inter2().isEmpty() ? "-" : g.inter2();
            case COUNTRY -> g.country();
            case LOCATION -> String.format(Locale.ROOT, "%.4f,%.4f", g.lat(), g.lon());
            case FATALITIES -> String.valueOf(g.fatalities());
        };
    }

    private String predictedValue(AcledScorer.Predicted p) {
        if (p == null) {
            return "(no main event)";
        }
        return switch (errorField) {
            case TYPE -> p.eventType();
            case SUB_EVENT -> p.subEventType();
            case ACTOR1 -> p.actor1();
            case ACTOR2 -> p.actor2() == null ? "-" : p.actor2();
            case COUNTRY -> p.country();
            case LOCATION -> p.lat() == null ? "(no place)" : String.format(Locale.ROOT, "%.4f,%.4f", p.lat(), p.lon());
            case FATALITIES -> String.valueOf(p.fatalities());
        };
    }
}
