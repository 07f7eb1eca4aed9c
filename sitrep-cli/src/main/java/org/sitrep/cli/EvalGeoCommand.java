package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.GeoArticle;
import org.sitrep.eval.GeoCorpus;
import org.sitrep.eval.GeoScorer;
import org.sitrep.eval.Split;
import org.sitrep.eval.GoldToponym;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Layout;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.PlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "geo", mixinStandardHelpOptions = true, header = "Score places (geoparsing) on LGL, TR-News and GeoVirus.",
        description = {"Analyses each article of each corpus with the standard pipeline, dated with the corpus's dltime when it "
                + "has one, and scores the places against the gold toponyms' coordinates: accuracy@161 km, mean and median error, "
                + "AUC of the log error curve (Gritta et al.; lower is better) and coverage. An unresolved toponym counts as wrong "
                + "and as 20039 km. With --gold-spans the place resolver geocodes the gold spans; without it, the places the "
                + "pipeline finds are matched one to one to gold toponyms by character overlap and scored end to end (a true "
                + "positive overlaps and lies within 161 km; 'found' ignores the distance).",
                "The peer is the population baseline on the gold spans: the gazetteer's most populous candidate for each phrase.",
                "Gold offsets a few characters off their phrase are realigned, others skipped (both counted); toponyms without "
                + "coordinates are not scored. Tune on --split dev only (articles whose 0-based index is a multiple of 4)."})
final class EvalGeoCommand implements Callable<Integer> {
    /** Which articles of each corpus to score. */

    static final List<Path> DEFAULT_CORPORA = List.of(Path.of("../shared/eval/geoparsing/lgl.xml"),
            Path.of("../shared/eval/geoparsing/TR-News.xml"), Path.of("../shared/eval/geoparsing/GeoVirus.xml"));
    private static final int PROGRESS_EVERY = 50;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "<file>", description = "A corpus file (LGL/TR-News or GeoVirus layout); repeatable. "
            + "Default: lgl.xml, TR-News.xml and GeoVirus.xml in ../shared/eval/geoparsing. A relative path is tried in the "
            + "working directory, then in the repository root.")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--gold-spans", description = "Geocode the gold toponym spans (toponym resolution alone); without it, score end to end.")
    boolean goldSpans;

    @Option(names = "--split", paramLabel = "<split>", defaultValue = "all", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Which articles: dev (0-based index a multiple of 4), test (the rest) or all: ${COMPLETION-CANDIDATES}.")
    Split split;

    @Option(names = "--misses", paramLabel = "<n>", defaultValue = "10", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Print the n most frequent misses of each corpus (phrase, gold and guessed coordinates, error).")
    int misses;

    @Mixin
    EvalOptions options;

    /** The resolver and gazetteer under evaluation. */
    private record Geocoder(PlaceResolver resolver, Gazetteer gazetteer) {}

    /** The places stage of the pipeline under evaluation, and its gazetteer (the one --gazetteer/--places name). */
    private static Geocoder geocoder(Pipeline pipeline) {
        PlaceResolver resolver = pipeline.stages().stream().filter(PlaceResolver.class::isInstance).map(PlaceResolver.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("the pipeline has no places stage"));
        return new Geocoder(resolver, resolver.gazetteer());
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        for (Path p : corpora.isEmpty() ? DEFAULT_CORPORA : corpora) {
            files.add(EvalPaths.resolve(spec.commandLine(), p, "corpus file", "--corpus"));
        }
        List<GeoCorpus> read = new ArrayList<>();
        for (Path f : files) {
            read.add(GeoCorpus.read(f));
        }
        Pipeline pipeline = Sitrep.loaded(err, org.sitrep.annotate.InputCaps.DEFAULT, options.knowledge);
        Geocoder geocoder = geocoder(pipeline);
        int failed = 0;
        for (GeoCorpus corpus : read) {
            failed += score(corpus, pipeline, geocoder, out, err);
        }
        out.flush();
        return failed == 0 && options.knowledge.skippedRows() == 0 ? 0 : 1;
    }

    /** Scores one corpus and prints its table; returns how many documents the pipeline failed on. */
    private int score(GeoCorpus corpus, Pipeline pipeline, Geocoder geocoder, PrintWriter out, PrintWriter err) throws IOException {
        for (String problem : corpus.problems()) {
            err.println("sitrep eval geo: " + problem);
        }
        List<GeoArticle> articles = options.limited(split.select(corpus.articles()));
        String name = corpus.file().getFileName().toString();
        ArticleCleaner cleaner = new ArticleCleaner(null);
        GeoScorer sitrep = new GeoScorer();
        // Corpora differ on adjectival toponyms ("Turkish"): TR-News marks them, GeoVirus does not. Where the gold marks
        // (almost) none, Sitrep's demonym places are left out of its end-to-end predictions rather than counted wrong.
        long demonyms = corpus.articles().stream().flatMap(x -> x.toponyms().stream())
                .filter(t -> geocoder.gazetteer().country(t.phrase()).isPresent() && geocoder.gazetteer().candidates(t.phrase()).isEmpty()).count();
        long all = corpus.articles().stream().mapToLong(x -> x.toponyms().size()).sum();
        boolean adjectival = demonyms >= 0.01 * all;
        java.util.Map<String, Integer> spurious = new java.util.HashMap<>();
        GeoScorer peer = new GeoScorer();
        GeoScorer oracle = new GeoScorer();
        GeoScorer withDemonyms = new GeoScorer();
        int gold = 0;
        int failed = 0;
        long t0 = System.nanoTime();
        for (int n = 0; n < articles.size(); n++) {
            GeoArticle a = articles.get(n);
            gold += a.toponyms().size();
            Document doc = analyse(a, corpus, pipeline, cleaner, err);
            if (doc == null) {
                failed++;
            }
            if (goldSpans) {
                List<Span> spans = a.toponyms().stream().map(t -> Span.of(a.text(), t.start(), t.end())).toList();
                List<Optional<Place>> places = doc == null ? null : geocoder.resolver().resolveSpans(doc, spans);
                for (int k = 0; k < spans.size(); k++) {
                    sitrep.add(a.toponyms().get(k), places == null ? Optional.empty() : places.get(k).map(EvalGeoCommand::guess));
                }
            } else {
                List<GeoScorer.Predicted> predicted = doc == null ? List.of() : predicted(doc, adjectival);
                sitrep.addDocument(a.toponyms(), predicted);
                if (!adjectival) {
                    withDemonyms.addDocument(a.toponyms(), doc == null ? List.of() : predicted(doc, true));
                }
                for (GeoScorer.Predicted p : predicted) {
                    if (a.toponyms().stream().noneMatch(t -> t.overlaps(p.start(), p.end()))) {
                        spurious.merge(a.text().substring(p.start(), p.end()) + " -> " + p.guess().name(), 1, Integer::sum);
                    }
                }
            }
            if (goldSpans) {
                for (GoldToponym t : a.toponyms()) {
                    oracle.add(t, nearestCandidate(geocoder.gazetteer(), t));
                }
            }
            if (options.peer) {
                for (GoldToponym t : a.toponyms()) {
                    peer.add(t, geocoder.gazetteer().candidates(t.phrase()).stream().findFirst().map(e -> guess(e.place())));
                }
            }
            if ((n + 1) % PROGRESS_EVERY == 0 && n + 1 < articles.size()) {
                err.printf(Locale.ROOT, "sitrep eval geo: %s %d/%d documents%n", name, n + 1, articles.size());
                err.flush();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%s (%s layout), split %s: %d documents in %.0f s%s; %d gold toponyms, %d without coordinates (not scored); "
                        + "in the whole file %d offsets realigned, %d toponyms skipped (offsets do not read the phrase)%n", name, corpus.layout().name().toLowerCase(Locale.ROOT),
                split, articles.size(), secs, failed == 0 ? "" : ", " + failed + " failed (scored as unresolved)", gold,
                gold - sitrep.scored(), corpus.realigned(), corpus.skipped());
        if (!goldSpans) {
            out.printf(Locale.ROOT, "adjectival toponyms (demonyms) are %.1f%% of this corpus's gold: %s%n", 100.0 * demonyms / Math.max(1, all),
                    adjectival ? "Sitrep's demonym places are scored" : "the corpus does not mark them, so Sitrep's demonym places are not scored");
        }
        out.printf(Locale.ROOT, "%s; an unresolved toponym counts as wrong, and as %.0f km in mean, median and AUC%n",
                goldSpans ? "gold spans given to the place resolver" : "end to end: the pipeline's places matched to gold by overlap",
                GeoScorer.UNRESOLVED_KM);
        String header = String.format(Locale.ROOT, "%-7s %5s %5s %6s %8s %6s %7s %8s %9s %6s", "system", "docs", "gold", "scored", "resolved",
                "cover", "acc@161", "mean km", "median km", "AUC");
        out.println(goldSpans ? header : header + String.format(Locale.ROOT, " %6s %6s %6s %8s", "P", "R", "F1", "found F1"));
        out.println(row("sitrep", articles.size(), gold, sitrep) + (goldSpans ? "" : String.format(Locale.ROOT, " %6.3f %6.3f %6.3f %8.3f",
                sitrep.placed().precision(), sitrep.placed().recall(), sitrep.placed().f1(), sitrep.found().f1())));
        if (!goldSpans && !adjectival) {
            out.println(row("sitrep+d", articles.size(), gold, withDemonyms) + String.format(Locale.ROOT, " %6.3f %6.3f %6.3f %8.3f",
                    withDemonyms.placed().precision(), withDemonyms.placed().recall(), withDemonyms.placed().f1(), withDemonyms.found().f1())
                    + "  (demonym places counted, as false positives where the gold has none)");
        }
        if (options.peer) {
            out.println(row("peer", articles.size(), gold, peer) + (goldSpans ? "" : "  (population baseline on the gold spans)"));
        }
        if (goldSpans) {
            out.println(row("bound", articles.size(), gold, oracle) + "  (the gazetteer candidate nearest the gold point: what a perfect ranker could reach)");
        }
        if (!goldSpans && misses > 0 && !spurious.isEmpty()) {
            out.printf(Locale.ROOT, "sitrep's %d most frequent places that are not gold toponyms (split %s):%n", Math.min(misses, spurious.size()), split);
            spurious.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                    .limit(misses).forEach(e -> out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
        }
        List<GeoScorer.MissCount> top = sitrep.topMisses(misses);
        if (!top.isEmpty()) {
            out.printf(Locale.ROOT, "sitrep's %d most frequent misses (split %s; count, phrase, gold, guess, error):%n", top.size(), split);
            for (GeoScorer.MissCount m : top) {
                GeoScorer.Miss miss = m.example();
                String guessed = miss.guess() == null ? "unresolved"
                        : String.format(Locale.ROOT, "%s %.3f,%.3f  %.0f km", miss.guess().name(), miss.guess().lat(), miss.guess().lon(), miss.km());
                out.printf(Locale.ROOT, "  %4d  '%s'  gold %.3f,%.3f  ->  %s%n", m.count(), miss.gold().phrase(), miss.gold().lat(),
                        miss.gold().lon(), guessed);
            }
        }
        out.println();
        out.flush();
        return failed;
    }

    /** The article through the standard pipeline, its text verbatim; null (reported) when the pipeline fails on it. */
    private static Document analyse(GeoArticle a, GeoCorpus corpus, Pipeline pipeline, ArticleCleaner cleaner, PrintWriter err) {
        RawDocument raw = new RawDocument(corpus.file() + "#" + a.id(), 0, a.text(), "UTF-8", Layout.FIELDS,
                new RawMetadata(a.id(), null, a.date(), null, null));
        try {
            Document doc = pipeline.process(cleaner.clean(raw));
            if (!doc.text().equals(a.text())) {
                throw new IllegalStateException("the cleaned text differs from the corpus text, so gold offsets do not apply");
            }
            return doc;
        } catch (RuntimeException e) {
            err.println("sitrep eval geo: " + corpus.file() + ": article '" + a.id() + "': " + e.getMessage());
            return null;
        }
    }

    /** The pipeline's toponyms: LOCATION and NATIONALITY mentions that resolved to a place id. */
    private static List<GeoScorer.Predicted> predicted(Document doc, boolean adjectival) {
        Map<String, Place> byId = new HashMap<>();
        for (Place p : doc.places()) {
            byId.putIfAbsent(p.id(), p);
        }
        List<GeoScorer.Predicted> out = new ArrayList<>();
        for (Mention m : doc.entities()) {
            if (m.place() != null && (m.type() == EntityType.LOCATION || adjectival && m.type() == EntityType.NATIONALITY)) {
                Place p = byId.get(m.place());
                out.add(new GeoScorer.Predicted(m.span().start(), m.span().end(), p == null ? null : guess(p)));
            }
        }
        return out;
    }

    /** The candidate of the phrase (its name, or the country of a demonym) nearest the gold point; the ranking's upper bound. */
    private static Optional<GeoScorer.Guess> nearestCandidate(Gazetteer gazetteer, GoldToponym t) {
        if (!t.scorable()) {
            return Optional.empty();
        }
        List<Gazetteer.Entry> cs = new ArrayList<>(gazetteer.candidates(t.phrase()));
        gazetteer.country(t.phrase()).ifPresent(cs::add);
        return cs.stream().min(java.util.Comparator.comparingDouble(e -> GeoScorer.km(t.lat(), t.lon(), e.place().lat(), e.place().lon())))
                .map(e -> guess(e.place()));
    }

    private static GeoScorer.Guess guess(Place p) {
        return new GeoScorer.Guess(p.name(), p.lat(), p.lon());
    }

    private static String row(String system, int docs, int gold, GeoScorer s) {
        return String.format(Locale.ROOT, "%-7s %5d %5d %6d %8d %6.3f %7.3f %8.0f %9.0f %6.3f", system, docs, gold, s.scored(), s.resolved(),
                s.coverage(), s.accuracy(), s.meanKm(), s.medianKm(), s.auc());
    }
}
