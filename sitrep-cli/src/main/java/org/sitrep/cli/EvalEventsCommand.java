package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.EventTypeScorer;
import org.sitrep.eval.PloverGold;
import org.sitrep.eval.PloverRecord;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true, header = "Score event typing on the PLOVER gold-standard sentences.",
        description = "Analyses each gold sentence (dated with its record's date) and checks the PLOVER types Sitrep codes "
                + "against the gold type. The peer is the majority-class baseline (always the most frequent gold type), computed "
                + "on the same records.")
final class EvalEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "<file>", defaultValue = "../shared/eval/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt",
            showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS, description = "The PLOVER gold-standard records (JSON list). A relative path is tried in the working directory, then in the repository root.")
    Path file;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        file = EvalPaths.resolve(spec.commandLine(), file, "gold file", "--file");
        List<PloverRecord> records = options.limited(PloverGold.read(file));
        Pipeline pipeline = options.pipeline(spec.commandLine().getErr());
        EventTypeScorer scorer = new EventTypeScorer();
        Map<String, Integer> goldCounts = new HashMap<>();
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
        }
        out.printf(Locale.ROOT, "PLOVER gold %s: %d sentences%n", file, scorer.sentences());
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
        out.flush();
        return 0;
    }
}
