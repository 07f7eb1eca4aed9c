package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.html.HtmlCues.Kind;

class HtmlCuesTest {
    private static HtmlCues read(String tsv) throws IOException {
        return HtmlCues.read("my-cues.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void class_names_split_into_words_at_separators_and_camel_case() {
        HtmlCues.Attributes a = HtmlCues.attributes("shareBar article__body", "main-col", null, null);
        assertTrue(a.words().containsAll(List.of("sharebar", "share", "bar", "article__body", "article", "body", "articlebody", "main", "col", "main-col")),
                a.words().toString());
    }

    @Test
    void word_patterns_match_whole_words_prefixes_and_parts() throws IOException {
        HtmlCues cues = read("boilerplate\tnav\nboilerplate\tshare*\nboilerplate\t*-ad-*\n");
        assertTrue(cues.matches(Kind.BOILERPLATE, HtmlCues.attributes("top-nav", null, null, null)));
        assertFalse(cues.matches(Kind.BOILERPLATE, HtmlCues.attributes("navigator", null, null, null)));
        assertTrue(cues.matches(Kind.BOILERPLATE, HtmlCues.attributes("shareTools", null, null, null)));
        assertTrue(cues.matches(Kind.BOILERPLATE, HtmlCues.attributes("x-ad-slot", null, null, null)));
        assertFalse(cues.matches(Kind.BOILERPLATE, HtmlCues.attributes("headline", null, null, null)));
    }

    @Test
    void furniture_phrases_match_whole_blocks_or_short_starts() throws IOException {
        HtmlCues cues = read("phrase\tadvertisement\nphrase\tread more:*\n");
        assertTrue(cues.isFurniturePhrase("  ADVERTISEMENT "));
        assertTrue(cues.isFurniturePhrase("Advertisement:"));
        assertTrue(cues.isFurniturePhrase("Read more: Floods hit the coast"));
        assertFalse(cues.isFurniturePhrase("The advertisement ran on Monday."));
    }

    @Test
    void malformed_rows_are_reported_with_file_and_line_and_skipped() throws IOException {
        HtmlCues cues = read("# header\nboilerplate\tnav\nfurniture\tx\nphrase\t\n");
        assertEquals(List.of("my-cues.tsv:3: unknown cue kind 'furniture'", "my-cues.tsv:4: no pattern for cue kind 'phrase'"), cues.problems());
        assertTrue(cues.matches(Kind.BOILERPLATE, HtmlCues.attributes("nav", null, null, null)));
    }

    @Test
    void the_bundled_lists_load_without_problems() {
        assertEquals(List.of(), HtmlCues.bundled().problems());
        assertTrue(HtmlCues.bundled().tagIs(Kind.SKIP_TAG, "script"));
    }
}
