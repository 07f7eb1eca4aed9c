package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DumpSplitter;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.model.Span;
import org.sitrep.testkit.ScrapedDump;

class ArticleCleanerTest {
    private static final String DUMP = ScrapedDump.create()
            .article("Convoy Reaches Tyre", "Trucks at a crossing, Tyre, March 1, 2025. (Wire Photo)",
                    "A convoy reached Tyre on Wednesday, officials said.", "ROAD WORKS", "TT", "The mayor said the road was open.")
            .text();

    private Article cleanFirst(String dump, LocalDate date) {
        DumpSplitter.Piece p = new DumpSplitter().split(dump).get(0);
        return new ArticleCleaner(date).clean(new RawDocument("d.txt", p.start(), dump.substring(p.start(), p.end()), "UTF-8", Layout.DUMP, null));
    }

    @Test
    void title_and_caption_appear_once_and_apart_from_the_body() {
        Article a = cleanFirst(DUMP, null);
        assertEquals("Convoy Reaches Tyre", a.title());
        assertEquals(1, a.captions().size());
        assertEquals("Wire Photo", a.captions().get(0).credit());
        assertThat(a.text()).doesNotContain("Convoy Reaches Tyre").doesNotContain("Trucks at a crossing").doesNotContain("TT");
        assertThat(a.text()).startsWith("A convoy reached Tyre").endsWith("the road was open.");
    }

    @Test
    void the_photo_date_is_the_captions_not_the_articles() {
        Article a = cleanFirst(DUMP, null);
        assertEquals("2025-03-01", a.captions().get(0).date());
        assertEquals(DateSource.UNKNOWN, a.published().source());
        assertEquals(LocalDate.of(2025, 3, 1), a.published().notBefore());
    }

    @Test
    void a_given_date_is_recorded_as_given() {
        Article a = cleanFirst(DUMP, LocalDate.of(2025, 3, 5));
        assertEquals(LocalDate.of(2025, 3, 5), a.published().date());
        assertEquals(DateSource.GIVEN, a.published().source());
    }

    @Test
    void subheadings_are_kept_and_marked() {
        Article a = cleanFirst(DUMP, null);
        assertEquals(List.of("ROAD WORKS"), a.subheadings().stream().map(Span::text).toList());
    }

    @Test
    void every_body_offset_maps_back_to_the_same_character_of_the_raw_dump() {
        Article a = cleanFirst(DUMP, null);
        for (int i = 0; i < a.text().length(); i++) {
            assertEquals(a.text().charAt(i), DUMP.charAt(a.rawOffsets().toRaw(i)), "offset " + i);
        }
    }

    @Test
    void the_id_is_the_same_whatever_the_source() {
        DumpSplitter.Piece p = new DumpSplitter().split(DUMP).get(0);
        String piece = DUMP.substring(p.start(), p.end());
        Article a = new ArticleCleaner(null).clean(new RawDocument("a.txt", 0, piece, "UTF-8", Layout.DUMP, null));
        Article b = new ArticleCleaner(null).clean(new RawDocument("https://example.org/x", 0, piece, "UTF-8", Layout.DUMP, null));
        assertEquals(a.id(), b.id());
    }

    @Test
    void a_text_article_is_kept_verbatim() {
        String text = "Talks Resume\n\nNegotiators met in Doha.\n";
        Article a = new ArticleCleaner(null).clean(new RawDocument("t.txt", 0, text, "UTF-8", Layout.TEXT, null));
        assertEquals(text, a.text());
        assertEquals("Talks Resume", a.title());
    }

    @Test
    void a_fields_article_takes_its_metadata_date() {
        RawMetadata meta = new RawMetadata("x1", "Talks", LocalDate.of(2024, 11, 22), "https://example.org/a", "Wire");
        Article a = new ArticleCleaner(null).clean(new RawDocument("https://example.org/a", 0, "Negotiators met.", "UTF-8", Layout.FIELDS, meta));
        assertEquals(LocalDate.of(2024, 11, 22), a.published().date());
        assertEquals(DateSource.METADATA, a.published().source());
        assertEquals("x1", a.id());
        assertEquals("Wire", a.outlet());
    }
}
