package org.sitrep.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** Options every {@code eval} command shares: how much of the gold set, and whether to run the peer beside Sitrep. */
final class EvalOptions {
    @picocli.CommandLine.Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "0", description = "Score only the first n documents (0: all).")
    int limit;

    @Option(names = "--peer", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also score the peer system in the same run (see the command's description).")
    boolean peer;


    /** The standard pipeline with the knowledge files given, loaded now; load messages go to {@code err}. */
    org.sitrep.pipeline.Pipeline pipeline(java.io.PrintWriter err) {
        return Sitrep.loaded(err, org.sitrep.annotate.InputCaps.DEFAULT, knowledge);
    }

    <T> List<T> limited(List<T> items) {
        return limit > 0 && items.size() > limit ? items.subList(0, limit) : items;
    }
}
