package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 5: say what you cannot read. Tiny fixtures: the first bytes or lines of each format. */
class FormatSnifferTest {
    private static Optional<String> binary(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return binary(bytes);
    }

    private static Optional<String> binary(byte[] bytes) {
        return FormatSniffer.binary(bytes).map(FormatSniffer.Foreign::what);
    }

    private static Optional<String> markup(String text) {
        return FormatSniffer.markup(text).map(FormatSniffer.Foreign::what);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void a_pdf_is_known_by_its_header() {
        assertEquals(Optional.of("a PDF document"), binary(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj")));
        assertEquals("a PDF document; Sitrep cannot read PDF (extract its text first)",
                FormatSniffer.binary(ascii("%PDF-1.4")).orElseThrow().problem());
    }

    @Test
    void zip_based_office_files_are_told_apart_by_their_folders() {
        assertEquals(Optional.of("an Office document (ZIP: Word)"), binary(ascii("PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml....word/document.xml")));
        assertEquals(Optional.of("an Office document (ZIP: Excel)"), binary(ascii("PK\u0003\u0004\u0014\u0000xl/workbook.xml")));
        assertEquals(Optional.of("an Office document (ZIP: PowerPoint)"), binary(ascii("PK\u0003\u0004\u0014\u0000ppt/slides/slide1.xml")));
        assertEquals(Optional.of("an Office document (ZIP: OpenDocument)"), binary(ascii("PK\u0003\u0004\u0014\u0000mimetypeapplication/vnd.oasis.opendocument.text")));
        assertEquals(Optional.of("a ZIP archive"), binary(ascii("PK\u0003\u0004\u0014\u0000news/a.txt")));
    }

    @Test
    void an_ole2_file_is_a_legacy_office_document() {
        assertEquals(Optional.of("an Office document (OLE2: .doc, .xls or .ppt)"),
                binary(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0));
    }

    @Test
    void text_and_other_binaries_are_left_to_the_decoder() {
        assertEquals(Optional.empty(), binary(ascii("Talks resume in Doha\n\nNegotiators met.")));
        assertEquals(Optional.empty(), binary(0x89, 'P', 'N', 'G', 0, 0));
        assertEquals(Optional.empty(), binary(ascii("PK")));
    }

    @Test
    void html_pages_are_known_after_a_bom_space_and_comments() {
        assertEquals(FormatSniffer.Markup.HTML, FormatSniffer.markupKind("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertEquals(FormatSniffer.Markup.HTML, FormatSniffer.markupKind("\uFEFF  \n<!-- saved from url=(0041) -->\n<html>"));
        assertEquals(FormatSniffer.Markup.HTML, FormatSniffer.markupKind("<HEAD><title>Talks</title>"));
        assertEquals(FormatSniffer.Markup.HTML, FormatSniffer.markupKind("<body>\n<p>Negotiators met.</p>"));
        assertEquals(FormatSniffer.Markup.HTML, FormatSniffer.markupKind("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
        // Issue 8: pages are read now, so they are no longer refused.
        assertEquals(Optional.empty(), markup("<html>"));
    }

    @Test
    void feeds_and_other_xml_are_named() {
        assertEquals(FormatSniffer.Markup.RSS, FormatSniffer.markupKind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"));
        assertEquals(FormatSniffer.Markup.RSS, FormatSniffer.markupKind("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"));
        assertEquals(FormatSniffer.Markup.ATOM, FormatSniffer.markupKind("<?xml version=\"1.0\"?>\n<!-- generator -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(Optional.empty(), markup("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), "feeds are read, not refused");
        assertEquals(Optional.of("an XML document"), markup("<?xml version=\"1.0\"?>\n<TimeML><DOCID>wsj_0001</DOCID>"));
        assertEquals(Optional.of("an XML document"), markup("<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>"));
    }

    @Test
    void json_that_is_not_json_lines_is_named() {
        assertEquals(Optional.of("a JSON document, not JSON Lines (one object per line)"), markup("[\n  {\"text\": \"Negotiators met.\"}\n]\n"));
        assertEquals(Optional.of("a JSON document, not JSON Lines (one object per line)"), markup("{\n  \"articles\": []\n}\n"));
        assertEquals(Optional.of("a JSON document, not JSON Lines (one object per line)"), markup("[]"));
    }

    @Test
    void json_lines_and_plain_text_pass() {
        assertEquals(Optional.empty(), markup("{\"text\": \"Negotiators met {in Doha}.\"}\n{\"text\": \"Talks resumed.\"}\n"));
        assertEquals(Optional.empty(), markup("[PHOTOS] Convoy reaches Tyre\n\nTrucks arrived on Wednesday.\n"));
        assertEquals(Optional.empty(), markup("<b>Convoy</b> reaches Tyre\n"));
        assertEquals(Optional.empty(), markup("Talks resume\n\n<html> tags appear in the body.\n"));
    }

    @Test
    void json_lines_are_known_by_a_whole_object_on_the_first_line() {
        assertTrue(FormatSniffer.jsonLines("\n{\"id\": \"a\", \"text\": \"A \\\"quoted\\\" } brace.\"}\n{not json\n"));
        assertFalse(FormatSniffer.jsonLines("{\n\"id\": \"a\"}\n"));
        assertFalse(FormatSniffer.jsonLines("{\"id\": \"a\"} trailing words\n"));
        assertFalse(FormatSniffer.jsonLines("Talks {resume}\n"));
        // Braces around a word are no JSON: a text starting "{Photo}" stays text.
        assertFalse(FormatSniffer.jsonLines("{Photo}\nTroops entered the town on Monday.\n"));
        assertEquals(java.util.Optional.empty(), FormatSniffer.markup("{Photo}\nTroops entered the town on Monday.\n"));
    }
}
