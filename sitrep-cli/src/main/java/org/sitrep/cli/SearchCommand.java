package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sitrep.store.Hit;
import org.sitrep.store.Kind;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResult;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true, header = "Search stored articles, claims and events.",
        description = {"QUERY uses Lucene syntax over the text (\"ceasefire AND Lebanon\", \"\\\"unilateral ceasefire\\\"\"); '*' matches everything.",
                "The last line says how many records match in all (with --json it goes to standard error). A query that is not "
                        + "valid syntax is a usage error naming the problem; a --store without an index is an error, never an empty result."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    String query;

    @Option(names = "--kind", paramLabel = "<kind>", description = "Only records of this kind: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Option(names = "--actor", paramLabel = "<actor>", description = "Only records involving this actor: an id (person:najib-mikati) or one word of a name (mikati).")
    String actor;

    @Option(names = "--since", paramLabel = "<yyyy-mm-dd>", description = "Only records whose article was published on or after this date. "
            + "Records of undated articles are left out unless --include-undated.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "<yyyy-mm-dd>", description = "Only records whose article was published on or before this date. "
            + "Records of undated articles are left out unless --include-undated.")
    LocalDate until;

    @Option(names = "--include-undated", description = "With --since or --until, also keep records whose article has no known date.")
    boolean includeUndated;

    int limit;

    @Option(names = "--json", description = "Print each result as one JSON line (the count goes to standard error).")
    boolean json;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "<query>", description = "The query in Lucene syntax; '*' matches everything.")
    void query(String value) {
        if (value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "Invalid value for <query>: '" + value + "' is blank; give '*' to match everything");
        }
        query = value;
    }

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Print at most this many results (at least 1).")
    void limit(int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--limit': '" + value + "' is not a positive number");
        }
        limit = value;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            SearchResult result = s.search(new SearchQuery(query, kind, actor, since, until, includeUndated, limit));
            for (Hit h : result.hits()) {
                if (json) {
                    // Built by Jackson, as analyze's JSON is: ids and titles may hold quote marks and backslashes.
                    com.fasterxml.jackson.databind.node.ObjectNode line = org.sitrep.json.DocumentJson.mapper().createObjectNode()
                            .put("kind", h.kind().name().toLowerCase(java.util.Locale.ROOT)).put("id", h.id()).put("article", h.article());
                    line.set("record", h.json() == null ? null : readTree(h.json()));
                    out.println(line);
                } else {
                    out.printf("%-7s %s  %s%n        %s%n", h.kind().name().toLowerCase(), h.id(), h.title(), h.summary());
                }
            }
            (json ? err : out).println(count(result));
            return 0;
        } catch (StoreException e) {
            err.println("sitrep search: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("sitrep search: " + e.getMessage());
            return 2;
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return org.sitrep.json.DocumentJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new StoreException("A stored record is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** {@code 153 results}, or {@code showing 20 of 153 results} when the limit cut the list. */
    static String count(SearchResult r) {
        String all = r.total() + (r.total() == 1 ? " result" : " results");
        return r.hits().size() < r.total() ? "showing " + r.hits().size() + " of " + all : all;
    }
}
