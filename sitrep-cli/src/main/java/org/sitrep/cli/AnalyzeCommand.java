package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.DocumentJson;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.story.StoryGrouper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true, header = "Analyse articles and print what was found; stores nothing.",
        description = "Reads files or directories (plain or .gz), splits and cleans the articles, and prints entities, actors, "
                + "claims and events for each: a readable report, one JSON array, or JSON Lines.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { text, json, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<path>", description = "Files or directories to read (directories recursively).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Output: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = input.pipeline(err);
        JsonArrayWriter array = format == Format.json ? new JsonArrayWriter(out) : null;
        StoryGrouper stories = new StoryGrouper(); // copies within this run share a story id (docs/stories.md)
        Batch.Outcome outcome = input.batch(pipeline).run(paths, new Batch.Sinks(doc -> {
            doc = stories.assign(doc);
            switch (format) {
                case json -> array.add(DocumentJson.write(doc, true));
                case jsonl -> out.println(DocumentJson.write(doc, false));
                default -> out.println(TextReport.of(doc));
            }
            out.flush();
        }, e -> err.println("error: " + e), w -> err.println("warning: " + w), ProgressLine.forTerminal(err)));
        if (array != null) {
            array.close();
        }
        Summary.print(err, outcome, pipeline);
        return outcome.skipped() || input.knowledge.skippedRows() > 0 ? 1 : 0;
    }
}
