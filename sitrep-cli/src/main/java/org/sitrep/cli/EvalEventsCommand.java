package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.BbcEventGold;
import org.sitrep.eval.EventPrecisionScorer;
import org.sitrep.eval.EventTypeScorer;
import org.sitrep.eval.PloverGold;
import org.sitrep.eval.PloverRecord;
import org.sitrep.eval.Split;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Layout;
import org.sitrep.model.Participant;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true, header = "Score event typing on the PLOVER gold-standard sentences, or event precision on ordinary news.",
        description = {"Analyses each gold sentence (dated with its record's date) and checks the PLOVER types Sitrep codes "
                + "against the gold type. The peer is the majority-class baseline (always the most frequent gold type), computed "
                + "on the same records. Dev is the records whose 0-based index is a multiple of 4; tune on dev only.",
                "With --precision: the team-annotated BBC sentences (bundled, or the file given). Each sentence's whole article "
                        + "is analysed; the events whose trigger lies in the sentence are scored against its gold events "
                        + "(precision and recall per PLOVER type, all contexts counted as mentions), with the figurative words "
                        + "coded as events and the false positives (--show-errors). See docs/eval-bbc-events.md."})
final class EvalEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "<file>", defaultValue = DEFAULT_GOLD,
            showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS, description = "The PLOVER gold-standard records (JSON list). A relative path is tried in the working directory, then in the repository root.")
    Path file;

    @Option(names = "--split", paramLabel = "<split>", defaultValue = "all", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "dev, test or all: ${COMPLETION-CANDIDATES}. PLOVER records: dev is every 4th from the first; "
                    + "--precision: the split each gold sentence carries.")
    Split split;

    @Option(names = "--precision", paramLabel = "<file>", arity = "0..1", fallbackValue = BUNDLED,
            description = "Score precision on the BBC precision set instead: the bundled gold, or this JSONL file.")
    String precision;

    @Option(names = "--corpus", paramLabel = "<dir>", defaultValue = "../shared/eval/bbc-news/bbc",
            showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "With --precision: the BBC corpus folder the gold's file names are relative to.")
    Path corpus;

    @Option(names = "--show-errors", paramLabel = "<n>", defaultValue = "0",
            description = "With --precision: print the first n false positives and n missed gold events.")
    int showErrors;

    @Option(names = "--show-misses", paramLabel = "<n>", defaultValue = "0",
            description = "PLOVER records, dev split only (any split of another --file): print the first n sentences whose gold type was not coded or that "
                    + "have a coded event of another type, with the gold type and each coded event (type, trigger, source, target).")
    int showMisses;

    @Mixin
    EvalOptions options;

    private static final String BUNDLED = "bundled";
    private static final String DEFAULT_GOLD = "../shared/eval/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt";

    @Override
    public Integer call() throws Exception {
        if (precision != null) {
            return precision();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (showMisses > 0 && split != Split.dev && file.equals(Path.of(DEFAULT_GOLD))) {
            throw new ParameterException(spec.commandLine(),
                    "--show-misses lists dev sentences of the PLOVER gold only; add --split dev (it was '" + split + "')");
        }
        file = EvalPaths.resolve(spec.commandLine(), file, "gold file", "--file");
        List<PloverRecord> records = options.limited(split.select(PloverGold.read(file)));
        Pipeline pipeline = options.pipeline(spec.commandLine().getErr());
        EventTypeScorer scorer = new EventTypeScorer();
        Map<String, Integer> goldCounts = new HashMap<>();
        List<String> misses = new ArrayList<>();
        for (PloverRecord r : records) {
            goldCounts.merge(r.type(), 1, Integer::sum);
            LocalDate date = r.date() == null ? null : LocalDate.parse(r.date());
            RawDocument raw = new RawDocument(r.id(), 0, r.text(), "UTF-8", Layout.FIELDS, new RawMetadata(r.id(), "", null, null, null));
            Document d = pipeline.process(new ArticleCleaner(date).clean(raw));
            List<EventTypeScorer.Predicted> predicted = new ArrayList<>();
            for (Event e : d.events()) {
                predicted.add(new EventTypeScorer.Predicted(e.type(), e.source() == null ? null : e.source().country()));
            }
            scorer.add(r, predicted);
            boolean allRight = !predicted.isEmpty() && predicted.stream().allMatch(p -> p.type().equals(r.type()));
            if (misses.size() < showMisses && !allRight) {
                misses.add(miss(r, d));
            }
        }
        out.printf(Locale.ROOT, "PLOVER gold %s, split %s: %d sentences%n", file, split, scorer.sentences());
        out.printf(Locale.ROOT, "sitrep   gold type among the types coded: %d of %d sentences (%.3f)%n", scorer.found(), scorer.sentences(),
                (double) scorer.found() / scorer.sentences());
        out.printf(Locale.ROOT, "sitrep   coded events of the gold type:    %d of %d (%.3f)%n", scorer.codedRight(), scorer.coded(),
                scorer.coded() == 0 ? 0 : (double) scorer.codedRight() / scorer.coded());
        out.printf(Locale.ROOT, "sitrep   source country agrees         %d of %d compared%n", scorer.sourceAgreed(), scorer.sourceCompared());
        if (options.peer) {
            var majority = goldCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            out.printf(Locale.ROOT, "peer     majority class %s: right on %d of %d sentences (%.3f)%n", majority.getKey(), majority.getValue(),
                    scorer.sentences(), (double) majority.getValue() / scorer.sentences());
        }
        out.println("per gold type (found / sentences):");
        scorer.perType().forEach((type, c) -> out.printf(Locale.ROOT, "  %-10s %3d / %3d%n", type, c[0], c[1]));
        misses.forEach(out::println);
        out.flush();
        return 0;
    }

    /** One dev sentence whose coding differs from the gold: the gold type, the sentence, each coded event. */
    private static String miss(PloverRecord r, Document d) {
        StringBuilder b = new StringBuilder();
        b.append("miss ").append(r.id()).append(" gold ").append(r.type()).append(": ").append(r.text().strip()).append('\n');
        if (d.events().isEmpty()) {
            b.append("    coded: nothing\n");
        }
        for (Event e : d.events()) {
            b.append("    coded ").append(e.type()).append(" '").append(d.text(), e.trigger().start(), e.trigger().end()).append('\'')
                    .append(" source ").append(participant(d, e.source())).append(" target ").append(participant(d, e.target()))
                    .append(e.context() == null ? "" : " (" + e.context().name() + ")").append('\n');
        }
        return b.toString();
    }

    private static String participant(Document d, Participant p) {
        if (p == null) {
            return "-";
        }
        String words = p.span() == null ? "" : d.text().substring(p.span().start(), p.span().end());
        return "'" + words + "'" + (p.actor() == null ? "" : "=" + p.actor());
    }

    private int precision() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        corpus = EvalPaths.resolve(spec.commandLine(), corpus, "BBC corpus folder", "--corpus");
        BbcEventGold.Corpus texts = BbcEventGold.Corpus.folder(corpus); // the gold holds offsets, not the articles' sentences
        BbcEventGold gold;
        String goldName;
        if (precision.equals(BUNDLED) || precision.isEmpty()) {
            gold = BbcEventGold.bundled(texts);
            goldName = "bundled " + BbcEventGold.RESOURCE;
        } else {
            Path given = EvalPaths.resolve(spec.commandLine(), Path.of(precision), "precision gold file", "--precision");
            gold = BbcEventGold.read(given, texts);
            goldName = given.toString();
        }
        List<BbcEventGold.Item> items = options.limited(gold.split(split.name()));
        Pipeline pipeline = options.pipeline(err);
        ArticleCleaner cleaner = new ArticleCleaner(null);
        EventPrecisionScorer scorer = new EventPrecisionScorer();
        Map<String, Document> analysed = new HashMap<>();
        int failed = 0;
        for (BbcEventGold.Item item : items) {
            Document d = analysed.get(item.file());
            if (d == null) {
                Path article = corpus.resolve(item.file());
                try {
                    String text = Files.readString(article, StandardCharsets.UTF_8);
                    d = pipeline.process(cleaner.clean(new RawDocument(item.file(), 0, text, "UTF-8", Layout.TEXT, RawMetadata.NONE)));
                } catch (java.io.IOException | RuntimeException e) {
                    err.println("sitrep eval events: " + article + ": " + e.getMessage() + " (sentence " + item.id() + " not scored)");
                    failed++;
                    continue;
                }
                analysed.put(item.file(), d);
            }
            List<EventPrecisionScorer.Coded> coded = new ArrayList<>();
            for (Event e : d.events()) {
                coded.add(new EventPrecisionScorer.Coded(e.type(), e.trigger().start(), e.trigger().end(),
                        e.context() == null ? null : e.context().name()));
            }
            scorer.add(item, d.text(), coded);
        }
        out.printf(Locale.ROOT, "BBC precision gold %s, split %s: %d sentences, %d scored, %d not found in their article%s%n", goldName,
                split, items.size(), scorer.sentences(), scorer.notFound().size(),
                scorer.notFound().isEmpty() ? "" : " " + scorer.notFound());
        EventPrecisionScorer.Counts all = scorer.overall();
        out.printf(Locale.ROOT, "sitrep   precision %3d/%3d (%.3f)   recall %3d/%3d (%.3f)   (all contexts counted)%n", all.right(), all.coded(),
                all.precision(), all.right(), all.gold(), all.recall());
        out.printf(Locale.ROOT, "sitrep   context agrees on %d of %d matched events%n", scorer.contextAgreed(), scorer.contextCompared());
        out.printf(Locale.ROOT, "sitrep   figurative words coded as an event: %d (ASSAULT: %d) %s%n",
                scorer.figurativeCoded().values().stream().mapToInt(Integer::intValue).sum(), scorer.figurativeAssault(), scorer.figurativeCoded());
        out.println("targets: precision >= 0.85, no figurative word coded as ASSAULT");
        out.println("per type     right/coded precision   right/gold recall");
        scorer.perType().forEach((type, c) -> out.printf(Locale.ROOT, "  %-10s %3d/%3d   %.3f       %3d/%3d  %.3f%n", type, c.right(),
                c.coded(), c.precision(), c.right(), c.gold(), c.recall()));
        Map<String, Integer> triggers = new TreeMap<>();
        scorer.falsePositives().forEach(e -> triggers.merge(e.type() + " '" + e.trigger().toLowerCase(Locale.ROOT) + "'", 1, Integer::sum));
        out.println("false positives by type and trigger (most frequent first):");
        triggers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(Math.max(15, showErrors))
                .forEach(e -> out.printf(Locale.ROOT, "  %3d  %s%n", e.getValue(), e.getKey()));
        scorer.falsePositives().stream().limit(showErrors).forEach(e -> out.printf(Locale.ROOT, "  false positive: %s %s '%s' (%s)%s%n",
                e.id(), e.type(), e.trigger(), e.context(), e.figurative() ? " figurative" : ""));
        scorer.misses().stream().limit(showErrors).forEach(e -> out.printf(Locale.ROOT, "  missed: %s %s '%s' (%s)%n", e.id(), e.type(),
                e.trigger(), e.context()));
        out.flush();
        return failed == 0 && options.knowledge.skippedRows() == 0 ? 0 : 1;
    }
}
