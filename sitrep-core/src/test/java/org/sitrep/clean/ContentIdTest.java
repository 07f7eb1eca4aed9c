package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.RawDocument;
import org.sitrep.testkit.ScrapedDump;

/** Issue 5: one article, one id, whatever line endings, trailing spaces or normalisation form the copy has. */
class ContentIdTest {
    @TempDir
    Path dir;

    private List<String> ids(String name, String content, InputFormat format) throws Exception {
        Path f = Files.writeString(dir.resolve(name), content);
        ArticleCleaner cleaner = new ArticleCleaner(null);
        return new SourceReader(format, 1 << 20).read(f).documents().stream().map(cleaner::clean).map(a -> a.id()).toList();
    }

    @Test
    void crlf_and_lf_copies_of_an_article_get_one_id() throws Exception {
        String lf = "Talks Resume in Doha\n\nNegotiators met in Doha on Thursday.\nThe mayor said the road was open.\n";
        assertEquals(ids("lf.txt", lf, InputFormat.TEXT), ids("crlf.txt", lf.replace("\n", "\r\n"), InputFormat.TEXT));
        assertEquals(ids("lf.txt", lf, InputFormat.TEXT), ids("cr.txt", lf.replace("\n", "\r"), InputFormat.TEXT));
    }

    @Test
    void crlf_and_lf_copies_of_a_dump_get_the_same_ids() throws Exception {
        String lf = ScrapedDump.create()
                .article("Convoy Reaches Tyre", "Trucks at a crossing, Tyre, March 1, 2025. (Wire Photo)",
                        "A convoy reached Tyre on Wednesday, officials said.", "", "The mayor said the road was open.")
                .article("Talks Resume in Doha", "Delegates arrive in Doha, 2 March 2025. (Wire Photo)",
                        "Negotiators met in Doha on Thursday, two diplomats told the wire.")
                .text();
        List<String> expected = ids("dump-lf.txt", lf, InputFormat.AUTO);
        assertEquals(2, expected.size());
        assertEquals(expected, ids("dump-crlf.txt", lf.replace("\n", "\r\n"), InputFormat.AUTO));
    }

    @Test
    void trailing_spaces_on_lines_do_not_change_the_id() {
        assertEquals(ContentId.of("Talks", "Negotiators met.\nThe road was open."),
                ContentId.of("Talks ", "Negotiators met.  \t\nThe road was open. \n"));
    }

    @Test
    void nfd_and_nfc_copies_get_one_id() {
        String nfc = "Café talks in Zürich resume; Qaani’s envoy arrives.";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertNotEquals(nfc, nfd);
        assertEquals(ContentId.of("Zürich", nfc), ContentId.of(Normalizer.normalize("Zürich", Normalizer.Form.NFD), nfd));
    }

    @Test
    void a_different_text_gets_a_different_id() {
        assertNotEquals(ContentId.of("Talks", "Negotiators met."), ContentId.of("Talks", "Negotiators left."));
        assertNotEquals(ContentId.of("Talks", "a\nb"), ContentId.of("Talks", "a b"));
    }

    @Test
    void the_id_of_plain_lf_text_is_unchanged_by_the_canonical_form() {
        RawDocument raw = new RawDocument("t.txt", 0, "Talks\n\nNegotiators met.\n", "UTF-8", org.sitrep.model.Layout.TEXT, null);
        assertEquals(ContentId.of("Talks", "Talks\n\nNegotiators met."), new ArticleCleaner(null).clean(raw).id());
    }
}
