package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.resolve.ActorDictionary;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The knowledge files a user merges over the bundled ones (docs/knowledge.md), shared by every command that analyses. */
final class KnowledgeOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--actors", paramLabel = "<file>",
            description = "An actor file (docs/knowledge.md, \"Actors\"; plain or .gz) merged over the bundled actors by id. "
                    + "Repeatable; later files win. Malformed rows are reported as warnings and skipped.")
    List<Path> actorFiles = new ArrayList<>();

    /**
     * The bundled actors with the user's files merged over them. Each skipped row becomes a warning on {@code err}; an
     * unreadable file is a usage error naming it.
     */
    ActorDictionary actors(PrintWriter err) {
        long t0 = System.nanoTime();
        ActorDictionary d;
        try {
            d = ActorDictionary.withFiles(actorFiles);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--actors': " + e.getMessage());
        }
        d.problems().forEach(p -> err.println("warning: " + p));
        if (!actorFiles.isEmpty()) {
            err.printf(Locale.ROOT, "sitrep: %,d actors loaded in %.2f s%n", d.size(), (System.nanoTime() - t0) / 1e9);
        }
        err.flush();
        return d;
    }
}
