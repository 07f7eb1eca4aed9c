package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: totals, undated records, opening without creating, and one-line query errors. */
class StoreSearchTest {
    private static final LocalDate NOV_10 = LocalDate.of(2024, 11, 10);

    @TempDir
    Path dir;

    private void threeArticles() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            s.put(SitrepStoreTest.doc("early", "Hochstein said talks would resume.", LocalDate.of(2024, 11, 1)));
            s.put(SitrepStoreTest.doc("late", "Officials said a deal was close.", LocalDate.of(2024, 11, 20)));
            s.put(SitrepStoreTest.doc("undated", "Envoys said the truce held.", null));
            s.commit();
        }
    }

    private static SearchQuery articles(LocalDate since, boolean includeUndated, int limit) {
        return new SearchQuery("*", Kind.ARTICLE, null, since, null, includeUndated, limit);
    }

    private static List<String> articleIds(SearchResult r) {
        return r.hits().stream().map(Hit::article).sorted().toList();
    }

    @Test
    void the_total_counts_every_match_beyond_the_limit() {
        threeArticles();
        try (SitrepStore s = SitrepStore.openExisting(dir)) {
            SearchResult r = s.search(new SearchQuery("said", null, null, null, null, false, 2));
            assertEquals(2, r.hits().size());
            assertEquals(6, r.total());
        }
    }

    private static long articleFacet(SearchResult r) {
        return r.facets().get("kind").stream().filter(c -> c.value().equals("article")).mapToLong(FacetCount::count).sum();
    }

    @Test
    void facet_counts_are_those_of_the_last_commit_whatever_was_counted_before() {
        threeArticles();
        try (SitrepStore s = SitrepStore.open(dir)) {
            SearchQuery all = new SearchQuery("*", null, null, null, null, null, null, null, false, 0, 1, true);
            SearchQuery secondPage = new SearchQuery("*", null, null, null, null, null, null, null, false, 1, 1, true);
            assertEquals(3, articleFacet(s.search(all)));
            assertEquals(3, articleFacet(s.search(secondPage)));
            assertEquals(1, articleFacet(s.search(new SearchQuery("deal", null, null, null, null, null, null, null, false, 0, 1, true))));
            s.put(SitrepStoreTest.doc("fourth", "A fourth report said the deal was signed.", LocalDate.of(2024, 11, 21)));
            assertEquals(3, articleFacet(s.search(all)), "uncommitted writes stay invisible");
            s.commit();
            SearchResult after = s.search(all);
            assertEquals(4, articleFacet(after));
            assertEquals(after.total(), s.search(secondPage).total());
            assertEquals(2, articleFacet(s.search(new SearchQuery("deal", null, null, null, null, null, null, null, false, 0, 1, true))));
        }
    }

    @Test
    void a_date_range_leaves_out_undated_records() {
        threeArticles();
        try (SitrepStore s = SitrepStore.openExisting(dir)) {
            assertEquals(List.of("late"), articleIds(s.search(articles(NOV_10, false, 10))));
        }
    }

    @Test
    void include_undated_keeps_undated_records_beside_the_dated_ones_in_range() {
        threeArticles();
        try (SitrepStore s = SitrepStore.openExisting(dir)) {
            SearchResult articles = s.search(articles(NOV_10, true, 10));
            assertEquals(List.of("late", "undated"), articleIds(articles));
            assertEquals(2, articles.total());
            SearchQuery claims = new SearchQuery("*", Kind.CLAIM, null, null, LocalDate.of(2024, 11, 5), true, 10);
            assertEquals(List.of("early", "undated"), articleIds(s.search(claims)));
        }
    }

    @Test
    void without_a_date_range_undated_records_are_found() {
        threeArticles();
        try (SitrepStore s = SitrepStore.openExisting(dir)) {
            assertEquals(3, s.search(articles(null, false, 10)).total());
        }
    }

    @Test
    void open_existing_on_a_missing_directory_names_it_and_creates_nothing() {
        Path missing = dir.resolve("no-such-index");
        StoreException e = assertThrows(StoreException.class, () -> SitrepStore.openExisting(missing));
        assertEquals("No store at '" + missing + "': no such directory", e.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void open_existing_on_a_directory_without_an_index_says_so() {
        StoreException e = assertThrows(StoreException.class, () -> SitrepStore.openExisting(dir));
        assertEquals("No store at '" + dir + "': the directory holds no index", e.getMessage());
    }

    @Test
    void open_existing_on_a_file_says_it_is_not_a_directory() throws Exception {
        Path file = Files.writeString(dir.resolve("index.txt"), "x");
        StoreException e = assertThrows(StoreException.class, () -> SitrepStore.openExisting(file));
        assertEquals("No store at '" + file + "': not a directory", e.getMessage());
    }

    @Test
    void a_store_opened_for_writing_can_be_read_even_when_nothing_was_written() {
        Path fresh = dir.resolve("fresh");
        SitrepStore.open(fresh).close();
        try (SitrepStore s = SitrepStore.openExisting(fresh)) {
            assertEquals(0, s.search(articles(null, false, 10)).total());
        }
    }

    private String problem(String query) {
        try (SitrepStore s = SitrepStore.open(dir)) {
            SearchQuery q = new SearchQuery(query, null, null, null, null, false, 5);
            return assertThrows(IllegalArgumentException.class, () -> s.search(q)).getMessage();
        }
    }

    @Test
    void a_syntax_error_is_one_line_naming_the_token_and_its_column() {
        assertEquals("Could not parse query 'AND OR (': unexpected 'AND' at column 1", problem("AND OR ("));
        assertEquals("Could not parse query 'a:b:c': unexpected ':' at column 4", problem("a:b:c"));
        assertEquals("Could not parse query 'ceasefire AND': unexpected end of query", problem("ceasefire AND"));
    }

    @Test
    void a_lexical_error_is_one_line_too() {
        assertEquals("Could not parse query '\"unilateral ceasefire': unexpected end of query after '\"unilateral ceasefire'",
                problem("\"unilateral ceasefire"));
        assertEquals("Could not parse query 'truce\\': unexpected end of query", problem("truce\\"));
    }

    @Test
    void other_parser_complaints_keep_their_own_words() {
        assertEquals("Could not parse query '*fire': '*' or '?' not allowed as first character in WildcardQuery", problem("*fire"));
    }
}
