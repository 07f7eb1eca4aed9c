package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoryCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stories", mixinStandardHelpOptions = true, header = "Show the stories in the store: copies of one article across outlets.",
        description = "Lists the largest stories (syndicated copies and light rewrites of one article, grouped when ingested): the number "
                + "of distinct outlets that ran each (GDELT's NumSources), its articles, and the claims and events found in them, most "
                + "outlets first, then the outlets' names. A story's id is its first article's id; list its articles with "
                + "'sitrep search --kind article story:<id>'. A --store without an index is an error (exit 1).")
final class StoriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--top", paramLabel = "<n>", defaultValue = "20", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "How many stories to list.")
    int top;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (top < 1) {
            spec.commandLine().getErr().println("sitrep stories: --top must be at least 1, got " + top);
            return 2;
        }
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            List<StoryCount> stories = s.stories(top);
            out.printf("store %s%n", store.dir);
            out.printf("%-20s %7s %8s %6s %6s  %s%n", "story", "outlets", "articles", "claims", "events", "title");
            for (StoryCount st : stories) {
                out.printf("%-20s %7d %8d %6d %6d  %s%n", st.id(), st.sources(), st.articles(), st.claims(), st.events(), st.title());
                if (!st.outlets().isEmpty()) {
                    out.printf("  %s%n", String.join(", ", st.outlets()));
                }
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep stories: " + e.getMessage());
            return 1;
        }
    }
}
