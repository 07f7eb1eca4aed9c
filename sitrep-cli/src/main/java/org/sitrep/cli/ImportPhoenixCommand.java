package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.knowledge.ImportProblem;
import org.sitrep.knowledge.PhoenixImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep import phoenix DIR}: the PETRARCH2/Phoenix dictionaries → the actor knowledge base and the agent list. */
@Command(name = "phoenix", mixinStandardHelpOptions = true, header = "Build the actor knowledge base from the PETRARCH2/Phoenix dictionaries.",
        description = {"Reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt and "
                + "Phoenix.agents.txt (TABARI syntax, MIT licence) from <dir> and writes the actor rows (docs/knowledge.md, \"Actors\") "
                + "and the agent phrases (\"Agents\") as gzip-compressed TSV.",
                "Malformed lines and entries are reported with file and line and skipped; the rest is written. Exit code 1 when "
                        + "anything was skipped, 0 otherwise."})
final class ImportPhoenixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dir>", description = "The folder holding the four Phoenix dictionary files.")
    Path dir;

    @Option(names = "--output", paramLabel = "<file>", defaultValue = "actors-phoenix.tsv.gz", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Where to write the actor rows.")
    Path output;

    @Option(names = "--agents-output", paramLabel = "<file>", defaultValue = "agents.tsv.gz", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Where to write the agent phrases.")
    Path agentsOutput;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String name : PhoenixImport.ACTOR_FILES) {
            requireFile(dir.resolve(name));
        }
        requireFile(dir.resolve(PhoenixImport.AGENTS));
        PhoenixImport.Result r = PhoenixImport.read(dir);
        for (ImportProblem p : r.problems()) {
            err.println(p);
        }
        OutputFiles.writeAtomically(output, o -> PhoenixImport.writeActors(r.actors(), o));
        OutputFiles.writeAtomically(agentsOutput, o -> PhoenixImport.writeAgents(r.agents(), o));
        r.counts().forEach(c -> out.println(PhoenixImport.describe(c)));
        out.printf(Locale.ROOT, "wrote %d actors to %s (%d bytes)%n", r.actors().size(), output, Files.size(output));
        out.printf(Locale.ROOT, "wrote %d agent phrases to %s (%d bytes)%n", r.agents().size(), agentsOutput, Files.size(agentsOutput));
        out.flush();
        err.flush();
        return r.skippedAny() ? 1 : 0;
    }

    private void requireFile(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new ParameterException(spec.commandLine(), "sitrep import phoenix: no dictionary file at '" + p.toAbsolutePath().normalize() + "'");
        }
    }
}
