package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, header = "Analyse articles and add them to the store.",
        description = "Like analyze, but writes each article with its claims and events to the embedded store. Re-ingesting an "
                + "article replaces it (nothing changes); the store is committed after each file, so an interrupted run leaves "
                + "every completed file stored and nothing half-written.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<path>", description = "Files or directories to read (directories recursively).")
    List<Path> paths;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = input.pipeline(err);
        try (SitrepStore s = SitrepStore.open(store.dir)) {
            Batch.Progress terminal = ProgressLine.forTerminal(err);
            int[] stored = {0};
            // Progress comes after each whole file: the moment to commit it.
            Batch.Outcome outcome = input.batch(pipeline).run(paths, new Batch.Sinks(doc -> {
                s.put(doc);
                stored[0]++;
            }, e -> err.println("error: " + e), w -> err.println("warning: " + w), (docs, done, total, nanos) -> {
                s.commit();
                if (terminal != null) {
                    terminal.update(docs, done, total, nanos);
                }
            }));
            s.commit();
            out.printf("stored %d articles in %s%n", stored[0], store.dir);
            Summary.print(err, outcome, pipeline);
            return outcome.skipped() || input.knowledge.skippedRows() > 0 ? 1 : 0;
        }
    }
}
