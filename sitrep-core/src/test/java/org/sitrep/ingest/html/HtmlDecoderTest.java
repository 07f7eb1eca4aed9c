package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Decoded;
import org.sitrep.ingest.IngestException;

class HtmlDecoderTest {
    private static final String ARABIC = "قال المسؤولون إن القافلة وصلت إلى المعبر الحدودي صباح الاثنين بعد تأخير طويل";

    private static byte[] bytes(String s, String charset) {
        return s.getBytes(Charset.forName(charset));
    }

    @Test
    void windows_1256_without_a_charset_reads_as_arabic() throws IngestException {
        String html = "<html><body><p>" + ARABIC + "</p></body></html>";
        Decoded d = HtmlDecoder.decode(bytes(html, "windows-1256"), null, "page.html");
        assertEquals("windows-1256", d.charset());
        assertEquals(html, d.text());
        assertEquals(ARABIC, new HtmlExtractor().extract(bytes(html, "windows-1256"), null).text());
    }

    @Test
    void a_meta_charset_is_followed() throws IngestException {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Конвой достиг границы</p></body></html>";
        Decoded d = HtmlDecoder.decode(bytes(html, "windows-1251"), null, "page.html");
        assertEquals("windows-1251", d.charset());
        assertEquals(html, d.text());
    }

    @Test
    void an_http_equiv_iso_8859_1_reads_as_windows_1252() throws IngestException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
                + "<body><p>\u201cCaf\u00e9\u201d</p></body></html>";
        Decoded d = HtmlDecoder.decode(bytes(html, "windows-1252"), null, "page.html");
        assertEquals("windows-1252", d.charset());
        assertTrue(d.text().contains("\u201cCaf\u00e9\u201d"), d.text());
    }

    @Test
    void the_http_header_wins_over_the_page() throws IngestException {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9</p></body></html>";
        Decoded d = HtmlDecoder.decode(bytes(html, "ISO-8859-15"), "ISO-8859-15", "page.html");
        assertEquals("ISO-8859-15", d.charset());
        assertTrue(d.text().contains("Caf\u00e9"));
    }

    @Test
    void a_byte_order_mark_wins_over_everything() throws IngestException {
        byte[] body = bytes("<html><head><meta charset=\"windows-1252\"></head><body>\u00e9t\u00e9</body></html>", "UTF-8");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Decoded d = HtmlDecoder.decode(withBom, null, "page.html");
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().startsWith("<html>") && d.text().contains("\u00e9t\u00e9"), d.text());
        byte[] utf16 = ("\uFEFF<p>\u00e9t\u00e9</p>").getBytes(StandardCharsets.UTF_16LE);
        assertEquals("<p>\u00e9t\u00e9</p>", HtmlDecoder.decode(utf16, null, "page.html").text());
    }

    @Test
    void utf_8_without_a_declaration_is_recognised() throws IngestException {
        Decoded d = HtmlDecoder.decode(bytes("<p>Caf\u00e9 \u4e2d\u6587</p>", "UTF-8"), null, "page.html");
        assertEquals("UTF-8", d.charset());
        assertNull(d.warning());
    }

    @Test
    void a_page_declaring_utf_8_in_windows_1252_bytes_is_sniffed_with_a_warning() throws IngestException {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>";
        Decoded d = HtmlDecoder.decode(bytes(html, "windows-1252"), null, "page.html");
        assertTrue(d.text().contains("Caf\u00e9 cr\u00e8me"), d.text());
        assertTrue(d.warning().startsWith("page.html: the page declares UTF-8 but the bytes are not UTF-8; sniffed instead"), d.warning());
    }

    @Test
    void an_empty_page_is_refused_naming_it() {
        IngestException e = assertThrows(IngestException.class, () -> HtmlDecoder.decode(new byte[0], null, "empty.html"));
        assertTrue(e.getMessage().contains("empty.html") && e.getMessage().contains("empty file"), e.getMessage());
    }
}
