package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.extract.EventLexicon;
import org.sitrep.knowledge.CameoVerbsImport;
import org.sitrep.knowledge.ImportProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep import cameo-verbs}: the PETRARCH2 CAMEO verb dictionary → an event-trigger file for --event-triggers. */
@Command(name = "cameo-verbs", mixinStandardHelpOptions = true, header = "Build an event-trigger file from the PETRARCH2 CAMEO verb dictionary.",
        description = {"Reads CAMEO.2.0.txt (TABARI/PETRARCH verb blocks, MIT licence) and writes verb rows in the format of the bundled "
                + "event-triggers.tsv (docs/knowledge.md, \"Event triggers\"): each single-word verb with its own CAMEO code or its block's, "
                + "typed by the bundled CAMEO→PLOVER table (cameo-plover.tsv). Patterns are not imported; verbs the bundled lexicon "
                + "already codes are left out. Load the file with --event-triggers.",
                "Malformed blocks and lines are reported with file and line and skipped; the rest is written. Exit code 1 when "
                        + "anything was skipped, 0 otherwise."})
final class ImportCameoVerbsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "<file>", defaultValue = "../shared/eval/petrarch2/petrarch2/data/dictionaries/CAMEO.2.0.txt",
            showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "The CAMEO verb dictionary. A relative path is tried in the working directory, then in the repository root.")
    Path from;

    @Option(names = "--output", paramLabel = "<file>", required = true, description = "Where to write the event-trigger rows.")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        from = EvalPaths.resolve(spec.commandLine(), from, "CAMEO verb dictionary", "--from");
        EventLexicon bundled = EventLexicon.bundled();
        CameoVerbsImport.Result r;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(from), StandardCharsets.UTF_8))) {
            r = CameoVerbsImport.read(from.getFileName().toString(), in, lemma -> bundled.verb(lemma).isPresent());
        }
        for (ImportProblem p : r.problems()) {
            err.println(p);
        }
        OutputFiles.writeAtomically(output, o -> CameoVerbsImport.write(r.rows(), from.getFileName().toString(), o));
        r.counts().forEach((k, v) -> out.printf(Locale.ROOT, "%s: %d%n", k, v));
        out.printf(Locale.ROOT, "wrote %d verb rows to %s (%d bytes)%n", r.rows().size(), output, Files.size(output));
        out.flush();
        err.flush();
        return r.problems().isEmpty() ? 0 : 1;
    }
}
