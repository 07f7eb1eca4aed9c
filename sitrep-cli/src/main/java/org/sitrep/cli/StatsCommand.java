package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.Stats;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, header = "Show what the store holds.",
        description = "Counts of articles, claims and events, and the actors found in the most claims and events. A --store "
                + "without an index is an error (exit 1); stats never creates one.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            Stats stats = s.stats();
            out.printf("store %s%n", store.dir);
            stats.records().forEach((k, v) -> out.printf("%-8s %d%n", k.name().toLowerCase(), v));
            if (!stats.topActors().isEmpty()) {
                out.println("top actors (claims and events):");
                stats.topActors().forEach((a, n) -> out.printf("  %-40s %d%n", a, n));
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep stats: " + e.getMessage());
            return 1;
        }
    }
}
