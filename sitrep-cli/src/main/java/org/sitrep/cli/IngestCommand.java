package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, header = "Analyse articles and add them to the store.",
        description = "Like analyze, but writes each article with its claims and events to the embedded store. Re-ingesting an "
                + "article replaces it (nothing changes); the store is committed after each input and every 1,000 articles of an "
                + "archive, so an interrupted run leaves every completed input stored and nothing half-written.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<input>",
            description = "Files or directories to read (directories recursively), - for standard input, or http(s) URLs of pages or feeds.")
    List<String> inputs;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = analysis.pipeline(err);
        try (SitrepStore s = SitrepStore.open(store.dir)) {
            StoreSink stored = new StoreSink(s);
            Batch.Outcome outcome = analysis.batch(input.reader(), pipeline)
                    .runInputs(inputs, new ReportingSink(stored, err), ProgressLine.forTerminal(err));
            out.printf("stored %d articles in %s%n", stored.stored(), store.dir);
            Summary.print(err, outcome, pipeline);
            return outcome.skipped() || analysis.knowledgeSkipped() ? 1 : 0;
        }
    }
}
