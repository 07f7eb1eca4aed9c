package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Hit;
import org.sitrep.store.Kind;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true, header = "Search stored articles, claims and events.",
        description = "QUERY uses Lucene syntax over the text (\"ceasefire AND Lebanon\", \"\\\"unilateral ceasefire\\\"\"); '*' matches everything.")
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<query>", description = "The query.")
    String query;

    @Option(names = "--kind", paramLabel = "<kind>", description = "Only records of this kind: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Option(names = "--actor", paramLabel = "<actor>", description = "Only records involving this actor: an id (person:najib-mikati) or one word of a name (mikati).")
    String actor;

    @Option(names = "--since", paramLabel = "<yyyy-mm-dd>", description = "Only articles published on or after this date.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "<yyyy-mm-dd>", description = "Only articles published on or before this date.")
    LocalDate until;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS, description = "At most this many results.")
    int limit;

    @Option(names = "--json", description = "Print each result as one JSON line.")
    boolean json;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (SitrepStore s = SitrepStore.open(store.dir)) {
            List<Hit> hits = s.search(new SearchQuery(query, kind, actor, since, until, limit));
            for (Hit h : hits) {
                if (json) {
                    out.printf("{\"kind\":\"%s\",\"id\":\"%s\",\"article\":\"%s\",\"record\":%s}%n", h.kind().name().toLowerCase(), h.id(), h.article(), h.json());
                } else {
                    out.printf("%-7s %s  %s%n        %s%n", h.kind().name().toLowerCase(), h.id(), h.title(), h.summary());
                }
            }
            if (!json) {
                out.printf("%d results%n", hits.size());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("sitrep search: " + e.getMessage());
            return 2;
        }
    }
}
