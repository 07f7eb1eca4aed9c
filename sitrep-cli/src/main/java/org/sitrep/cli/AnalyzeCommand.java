package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true, header = "Analyse articles and print what was found; stores nothing.",
        description = "Reads files or directories (plain or .gz: text, dumps, JSON Lines, saved HTML pages, RSS/Atom feeds, WARC "
                + "archives), standard input, or http(s) URLs of pages and feeds; cleans the articles and prints entities, actors, "
                + "claims and events for each: a readable report, one JSON array, or JSON Lines. Archives are read record by record "
                + "and end with a summary line of what they held.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<input>",
            description = "Files or directories to read (directories recursively), - for standard input, or http(s) URLs of pages or feeds.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Output: ${COMPLETION-CANDIDATES}.")
    OutputSink.Format format;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = analysis.pipeline(err);
        Batch.Outcome outcome;
        try (ReportingSink sink = new ReportingSink(new OutputSink(format, out), err)) {
            outcome = analysis.batch(input.reader(), pipeline).runInputs(inputs, sink, ProgressLine.forTerminal(err));
        }
        Summary.print(err, outcome, pipeline);
        return outcome.skipped() || analysis.knowledgeSkipped() ? 1 : 0;
    }
}
