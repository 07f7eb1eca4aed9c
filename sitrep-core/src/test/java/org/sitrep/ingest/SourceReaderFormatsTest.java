package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Layout;

/** Issue 5: say what you cannot read, instead of reading it wrong. */
class SourceReaderFormatsTest {
    @TempDir
    Path dir;

    private final SourceReader auto = new SourceReader(InputFormat.AUTO, 1024 * 1024);
    private final SourceReader text = new SourceReader(InputFormat.TEXT, 1024 * 1024);

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private String refusal(SourceReader reader, Path file) {
        return assertThrows(IngestException.class, () -> reader.read(file)).getMessage();
    }

    @Test
    void auto_reads_an_html_page_as_a_page() throws Exception {
        // Issue 8: HTML is read now (it was refused by name before).
        Path f = write("page.html", "<!DOCTYPE html>\n<html><head><title>Talks</title></head><body><p>Negotiators met.</p></body></html>\n");
        ReadResult r = auto.read(f);
        assertEquals(1, r.documents().size());
        assertEquals(Layout.HTML, r.documents().get(0).layout());
    }

    @Test
    void auto_reads_feeds_and_refuses_other_xml_by_name() throws Exception {
        Path rss = write("feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire</title></channel></rss>\n");
        assertEquals(0, auto.read(rss).documents().size(), "a feed without items");
        Path atom = write("atom.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>W</title></feed>\n");
        assertEquals(0, auto.read(atom).documents().size());
        Path xml = write("doc.tml", "<?xml version=\"1.0\"?>\n<TimeML>Negotiators met.</TimeML>\n");
        assertEquals(xml + ": an XML document; Sitrep cannot read XML yet (use --input-format text to read it as plain text)", refusal(auto, xml));
    }

    @Test
    void auto_refuses_a_json_document_that_is_not_json_lines() throws Exception {
        Path f = write("data.json", "[\n  {\"id\": \"a\", \"text\": \"Negotiators met.\"}\n]\n");
        assertEquals(f + ": a JSON document, not JSON Lines (one object per line); Sitrep cannot read it"
                + " (write one article object per line, or use --input-format text to read it as plain text)", refusal(auto, f));
    }

    @Test
    void pdf_and_office_files_are_refused_by_kind_in_every_format() throws Exception {
        Path pdf = Files.write(dir.resolve("report.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(pdf + ": a PDF document; Sitrep cannot read PDF (extract its text first)", refusal(auto, pdf));
        assertEquals(pdf + ": a PDF document; Sitrep cannot read PDF (extract its text first)", refusal(text, pdf));
        Path docx = Files.write(dir.resolve("memo.docx"), "PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml word/document.xml".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(docx + ": an Office document (ZIP: Word); Sitrep cannot read Office files (save it as plain text first)", refusal(auto, docx));
        Path doc = Files.write(dir.resolve("memo.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertEquals(doc + ": an Office document (OLE2: .doc, .xls or .ppt); Sitrep cannot read Office files (save it as plain text first)", refusal(text, doc));
    }

    @Test
    void text_format_still_reads_html_as_plain_text() throws Exception {
        Path f = write("page.html", "<html><body>Negotiators met.</body></html>\n");
        ReadResult r = text.read(f);
        assertEquals(1, r.documents().size());
        assertEquals(Layout.TEXT, r.documents().get(0).layout());
    }

    @Test
    void auto_reads_json_lines_by_content_whatever_the_name() throws Exception {
        Path f = write("export.txt", "{\"id\":\"a\",\"text\":\"Negotiators met.\"}\n{\"id\":\"b\",\"text\":\"Talks resumed.\"}\n");
        ReadResult r = auto.read(f);
        assertEquals(2, r.documents().size());
        assertEquals(Layout.FIELDS, r.documents().get(1).layout());
        assertEquals("Talks resumed.", r.documents().get(1).content());
    }

    @Test
    void a_jsonl_file_still_reads() throws Exception {
        Path f = write("feed.jsonl", "{\"id\":\"a\",\"text\":\"Negotiators met.\"}\n");
        assertEquals(1, auto.read(f).documents().size());
    }

    @Test
    void utf16_files_with_a_byte_order_mark_are_read() throws Exception {
        byte[] body = "Talks resume\n\nNegotiators met in Doha.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] le = new byte[body.length + 2];
        le[0] = (byte) 0xFF;
        le[1] = (byte) 0xFE;
        System.arraycopy(body, 0, le, 2, body.length);
        Path f = Files.write(dir.resolve("le.txt"), le);
        ReadResult r = auto.read(f);
        assertEquals("Talks resume\n\nNegotiators met in Doha.\n", r.documents().get(0).content());
        assertEquals("UTF-16LE", r.documents().get(0).charset());

        byte[] beBody = "Talks resume\n\nNegotiators met in Doha.\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] be = new byte[beBody.length + 2];
        be[0] = (byte) 0xFE;
        be[1] = (byte) 0xFF;
        System.arraycopy(beBody, 0, be, 2, beBody.length);
        Path g = Files.write(dir.resolve("be.txt"), be);
        assertEquals("Talks resume\n\nNegotiators met in Doha.\n", auto.read(g).documents().get(0).content());
    }

    @Test
    void an_html_page_in_utf16_is_still_known() throws Exception {
        byte[] body = "<!DOCTYPE html>\n<html></html>\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] le = new byte[body.length + 2];
        le[0] = (byte) 0xFF;
        le[1] = (byte) 0xFE;
        System.arraycopy(body, 0, le, 2, body.length);
        Path f = Files.write(dir.resolve("page.txt"), le);
        ReadResult r = auto.read(f);
        assertEquals(Layout.HTML, r.documents().get(0).layout());
        assertEquals("UTF-16LE", r.documents().get(0).charset());
    }

    @Test
    void an_empty_gzip_file_is_an_empty_file_not_a_truncated_one() throws Exception {
        Path f = Files.write(dir.resolve("empty.txt.gz"), new byte[0]);
        assertEquals(f + ": empty file: no text to read", refusal(auto, f));
    }
}
