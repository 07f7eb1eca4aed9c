package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;

/** Issue 5: a record's own date is read where the record is known, and a date that is not one is said, not dropped. */
class JsonlDatesTest {
    private static final String FEED = "{\"id\":\"a\",\"text\":\"Negotiators met.\",\"published\":\"May 3, 2024\"}\n"
            + "{\"id\":\"b\",\"text\":\"Talks resumed.\"}\n"
            + "{\"id\":\"c\",\"text\":\"Trucks reached Tyre.\",\"published\":\"2024-02-30\"}\n"
            + "{\"id\":\"d\",\"text\":\"Ships left Haifa.\",\"published\":\"20245-01-01\"}\n";

    @Test
    void a_published_value_that_is_no_date_is_a_warning_naming_the_record() {
        ReadResult r = new JsonlReader().read("data.jsonl", FEED, "UTF-8");
        assertEquals(4, r.documents().size(), "the record is still read");
        assertEquals(List.of("data.jsonl:3: published '2024-02-30' is not a date: no such day: February 2024 has 29 days; the article is treated as undated",
                "data.jsonl:4: published '20245-01-01' is not a date: year 20245 is outside 1800..2200; the article is treated as undated"), r.warnings());
        assertEquals(LocalDate.of(2024, 5, 3), r.documents().get(0).metadata().published());
        assertNull(r.documents().get(2).metadata().published());
        assertNull(r.documents().get(3).metadata().published());
    }

    @Test
    void the_records_own_date_wins_over_the_given_date() {
        ReadResult r = new JsonlReader().read("data.jsonl", FEED, "UTF-8");
        ArticleCleaner cleaner = new ArticleCleaner(LocalDate.of(2025, 1, 1));
        Article dated = cleaner.clean(r.documents().get(0));
        assertEquals(LocalDate.of(2024, 5, 3), dated.published().date());
        assertEquals(DateSource.METADATA, dated.published().source());
        Article undated = cleaner.clean(r.documents().get(1));
        assertEquals(LocalDate.of(2025, 1, 1), undated.published().date());
        assertEquals(DateSource.GIVEN, undated.published().source());
    }

    @Test
    void warnings_of_the_decoder_and_of_the_records_are_both_kept() {
        SourceReader reader = new SourceReader(InputFormat.AUTO, 1024);
        ReadResult r = reader.parse("data.jsonl", FEED, "windows-1252", "data.jsonl: not UTF-8 (first bad byte at 9); decoded as windows-1252", "data.jsonl");
        assertEquals(List.of("data.jsonl: not UTF-8 (first bad byte at 9); decoded as windows-1252",
                "data.jsonl:3: published '2024-02-30' is not a date: no such day: February 2024 has 29 days; the article is treated as undated",
                "data.jsonl:4: published '20245-01-01' is not a date: year 20245 is outside 1800..2200; the article is treated as undated"), r.warnings());
    }
}
