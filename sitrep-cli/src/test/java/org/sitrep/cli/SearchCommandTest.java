package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.store.SitrepStore;

/** Issue 5: search and stats over a store written directly (no CoreNLP), asserting exact output and exit codes. */
class SearchCommandTest {
    @TempDir
    Path dir;

    private String store;

    private static Document article(String id, String text, LocalDate date) {
        PublicationDate published = date == null ? PublicationDate.UNKNOWN : new PublicationDate(date, DateSource.GIVEN);
        return Document.of(new Article(id, id + ".txt", null, "Title " + id, published, List.of(), List.of(), text, "en",
                OffsetMap.shifted(0, text.length())));
    }

    @BeforeEach
    void threeArticles() {
        Path index = dir.resolve("index");
        try (SitrepStore s = SitrepStore.open(index)) {
            s.put(article("early", "Talks on the truce resumed.", LocalDate.of(2024, 11, 1)));
            s.put(article("late", "The truce held overnight.", LocalDate.of(2024, 11, 20)));
            s.put(article("undated", "A truce was announced.", null));
            s.commit();
        }
        store = index.toString();
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void search_says_how_many_match_when_the_limit_cuts_the_list() {
        Cli r = Cli.run("search", "--store", store, "--limit", "2", "truce");
        assertEquals(0, r.exit(), r.err());
        assertEquals("showing 2 of 3 results", lastLine(r.out()));
    }

    @Test
    void search_gives_the_plain_count_when_everything_is_shown() {
        assertEquals("3 results", lastLine(Cli.run("search", "--store", store, "truce").out()));
        assertEquals("1 result", lastLine(Cli.run("search", "--store", store, "overnight").out()));
        assertEquals("0 results", lastLine(Cli.run("search", "--store", store, "ceasefire").out()));
    }

    @Test
    void json_search_prints_only_hits_on_stdout_and_the_count_on_stderr() {
        Cli r = Cli.run("search", "--store", store, "--json", "--limit", "1", "truce");
        assertEquals(0, r.exit(), r.err());
        assertThat(r.out().lines()).hasSize(1).allMatch(l -> l.startsWith("{\"kind\":\"article\","));
        assertEquals("showing 1 of 3 results" + System.lineSeparator(), r.err());
    }

    @Test
    void json_search_writes_valid_json_for_an_id_holding_a_quote_mark_and_a_backslash() throws Exception {
        try (SitrepStore s = SitrepStore.open(Path.of(store))) {
            s.put(article("say \"truce\" \\ now", "A truce with a quoted id.", null));
            s.commit();
        }
        Cli r = Cli.run("search", "--store", store, "--json", "quoted");
        assertEquals(0, r.exit(), r.err());
        var line = org.sitrep.json.DocumentJson.mapper().readTree(r.out().strip());
        assertEquals("say \"truce\" \\ now", line.get("id").asText());
        assertEquals("A truce with a quoted id.", line.at("/record/text").asText());
    }

    @Test
    void a_date_range_drops_undated_articles_unless_include_undated() {
        assertEquals("1 result", lastLine(Cli.run("search", "--store", store, "--since", "2024-11-10", "*").out()));
        Cli r = Cli.run("search", "--store", store, "--since", "2024-11-10", "--include-undated", "*");
        assertEquals("2 results", lastLine(r.out()));
        assertThat(r.out()).contains("article undated  Title undated", "article late  Title late");
    }

    @Test
    void search_help_warns_that_dates_drop_undated_articles() {
        String help = Cli.run("search", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("--include-undated With --since or --until, also keep records whose article has no known date.");
        assertThat(help).contains("Only records whose article was published on or after this date. Records of undated articles are left out unless --include-undated.");
    }

    @Test
    void search_and_stats_on_a_mistyped_store_say_so_and_create_nothing() {
        Path typo = dir.resolve("indx");
        Cli search = Cli.run("search", "--store", typo.toString(), "*");
        assertEquals(1, search.exit());
        assertEquals("sitrep search: No store at '" + typo + "': no such directory" + System.lineSeparator(), search.err());
        assertEquals("", search.out());
        Cli stats = Cli.run("stats", "--store", typo.toString());
        assertEquals(1, stats.exit());
        assertEquals("sitrep stats: No store at '" + typo + "': no such directory" + System.lineSeparator(), stats.err());
        assertFalse(Files.exists(typo));
    }

    @Test
    void stats_on_a_directory_without_an_index_says_so() {
        Cli stats = Cli.run("stats", "--store", dir.toString());
        assertEquals(1, stats.exit());
        assertEquals("sitrep stats: No store at '" + dir + "': the directory holds no index" + System.lineSeparator(), stats.err());
    }

    @Test
    void stats_still_reads_an_existing_store() {
        Cli stats = Cli.run("stats", "--store", store);
        assertEquals(0, stats.exit(), stats.err());
        assertThat(stats.out()).contains("article  3");
    }

    @Test
    void a_syntax_error_is_one_line_and_a_usage_error() {
        Cli r = Cli.run("search", "--store", store, "AND OR (");
        assertEquals(2, r.exit());
        assertEquals("sitrep search: Could not parse query 'AND OR (': unexpected 'AND' at column 1" + System.lineSeparator(), r.err());
    }

    @Test
    void a_blank_query_is_a_usage_error_that_points_to_star() {
        for (String blank : new String[] {"", "  "}) {
            Cli r = Cli.run("search", "--store", store, blank);
            assertEquals(2, r.exit());
            assertEquals("Invalid value for <query>: '" + blank + "' is blank; give '*' to match everything", r.err().lines().findFirst().orElseThrow());
        }
    }

    @Test
    void a_limit_below_one_is_a_usage_error_naming_the_option() {
        for (String n : new String[] {"0", "-3"}) {
            Cli r = Cli.run("search", "--store", store, "--limit", n, "*");
            assertEquals(2, r.exit());
            assertEquals("Invalid value for option '--limit': '" + n + "' is not a positive number", r.err().lines().findFirst().orElseThrow());
        }
    }
}
