package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testkit.ScrapedDump;

class DumpSplitterTest {
    static final String DUMP = ScrapedDump.create()
            .article("Convoy Reaches Tyre", "Trucks at a crossing, Tyre, March 1, 2025. (Wire Photo)",
                    "A convoy reached Tyre on Wednesday, officials said.", "", "The mayor said the road was open.")
            .article("Talks Resume in Doha", "Delegates arrive in Doha, 2 March 2025. (Wire Photo)",
                    "Negotiators met in Doha on Thursday, two diplomats told the wire.")
            .text();

    @Test
    void a_dump_splits_at_each_repeated_title() {
        List<DumpSplitter.Piece> pieces = new DumpSplitter().split(DUMP);
        assertEquals(2, pieces.size());
        assertTrue(DUMP.substring(pieces.get(0).start(), pieces.get(0).end()).startsWith("Convoy Reaches Tyre"));
        assertTrue(DUMP.substring(pieces.get(0).start(), pieces.get(0).end()).endsWith("The mayor said the road was open."));
        assertTrue(DUMP.substring(pieces.get(1).start(), pieces.get(1).end()).startsWith("Talks Resume in Doha"));
    }

    @Test
    void without_headers_blank_runs_split_articles() {
        String text = "First title\n\nBody one.\n\n\nSecond title\n\nBody two.\n";
        List<DumpSplitter.Piece> pieces = new DumpSplitter().split(text);
        assertEquals(2, pieces.size());
        assertEquals("Second title\n\nBody two.", text.substring(pieces.get(1).start(), pieces.get(1).end()));
    }

    @Test
    void a_line_repeated_in_plain_prose_is_no_header() {
        String fixtures = "Cup Draw Made\n\nThe draw was made on Monday.\n\nLesotho v Malawi\n\nWinners meet in final match\n\n"
                + "Zambia v Angola\n\nKenya v Uganda\n\nWinners meet in final match\n";
        assertEquals(true, new DumpSplitter().splitAtHeaders(fixtures).isEmpty());
        assertEquals(1, new DumpSplitter().split(fixtures).size());
    }

    @Test
    void a_single_plain_article_has_no_header() {
        assertEquals(true, new DumpSplitter().splitAtHeaders("Title\n\nOne paragraph.\n\nAnother paragraph.\n").isEmpty());
    }

    /** Found by the robustness suite (issue 5): short articles with the same one-line body were cut at the body. */
    @Test
    void a_body_line_that_recurs_in_the_next_article_is_no_title() {
        String dump = ScrapedDump.create()
                .article("Brief One", "Trucks at a crossing, 2 March 2025. (Wire Photo)", "Officials said aid reached Goma.")
                .article("Brief Two", "Trucks at a crossing, 2 March 2025. (Wire Photo)", "Officials said aid reached Goma.")
                .text();
        List<DumpSplitter.Piece> pieces = new DumpSplitter().split(dump);
        assertEquals(2, pieces.size());
        assertTrue(dump.substring(pieces.get(1).start(), pieces.get(1).end()).startsWith("Brief Two"));
    }
}
