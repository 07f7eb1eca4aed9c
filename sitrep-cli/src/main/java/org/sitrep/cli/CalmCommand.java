package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.Calm;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calm", mixinStandardHelpOptions = true, header = "How long since an actor last did something to another: the last event, days and weeks of calm, reports of non-events.",
        description = "For events of a type (ASSAULT by default) from a source to a target, as of a day: the last one that happened "
                + "(asserted or historical), the days since it, the run of consecutive ISO weeks without one up to the as-of week "
                + "(the as-of week counts, even unfinished), and the reports that such events did not happen (negated events: "
                + "\"did not carry out attacks\"), which are evidence of calm, with their articles. A side matches an actor id, or a "
                + "word of the actor's name or aliases; a group matches through its members; --source-country and --target-country "
                + "match the side's country (ISO 3166 alpha-3) whether or not its actor is known. An event dated only to a week, month "
                + "or year counts as late as its period allows. A --store without an index is an error (exit 1).")
final class CalmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--source", paramLabel = "<actor>", description = "Who acts: an actor id (org:kataib-hezbollah) or a name word.")
    String source;

    @Option(names = "--target", paramLabel = "<actor>", description = "Who is acted on: an actor id (agent:USAMIL) or a name word.")
    String target;

    @Option(names = "--source-country", paramLabel = "<ISO3>", description = "Who acts: any side of this country (IRQ).")
    String sourceCountry;

    @Option(names = "--target-country", paramLabel = "<ISO3>", description = "Who is acted on: any side of this country (USA).")
    String targetCountry;

    @Option(names = "--type", paramLabel = "<PLOVER>", split = ",", defaultValue = "ASSAULT", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "The PLOVER event types that break the calm (comma-separated).")
    List<String> types;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>", description = "The day to measure up to; default the latest day of an event that happened in the store.")
    LocalDate asOf;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "10", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Reports of non-events listed, latest first.")
    int limit;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            LocalDate day = asOf != null ? asOf : Calm.latestDay(s).orElse(null);
            if (day == null) {
                spec.commandLine().getErr().println("sitrep calm: the store at '" + store.dir + "' holds no dated event that happened; give --as-of");
                return 1;
            }
            Calm calm = Calm.of(s, new Calm.Question(types, source, target, sourceCountry, targetCountry), day, limit);
            if (json) {
                out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(calm.json()));
            } else {
                calm.print(out);
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep calm: " + e.getMessage());
            return 1;
        }
    }
}
