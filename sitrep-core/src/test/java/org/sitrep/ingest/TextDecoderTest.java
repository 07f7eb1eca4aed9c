package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8_is_read_as_is_without_its_bom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Qaani’s visit".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Decoded d = decoder.decode(all, "a.txt");
        assertEquals("Qaani’s visit", d.text());
        assertEquals("UTF-8", d.charset());
        assertNull(d.warning());
    }

    @Test
    void windows_1252_smart_quotes_are_not_mojibake() throws Exception {
        byte[] bytes = "The envoy said “no” – twice.".getBytes(Charset.forName("windows-1252"));
        Decoded d = decoder.decode(bytes, "w.txt");
        assertEquals("The envoy said “no” – twice.", d.text());
        assertEquals("windows-1252", d.charset());
        assertTrue(d.warning().startsWith("w.txt: not UTF-8"));
    }

    @Test
    void arabic_in_windows_1256_is_detected() throws Exception {
        String arabic = "قال مصدر سياسي إن الهدنة صامدة";
        Decoded d = decoder.decode(arabic.getBytes(Charset.forName("windows-1256")), "ar.txt");
        assertEquals(arabic, d.text());
        assertEquals("windows-1256", d.charset());
    }

    @Test
    void latin1_accents_are_read() throws Exception {
        Decoded d = decoder.decode("Café in Zürich".getBytes(StandardCharsets.ISO_8859_1), "l.txt");
        assertEquals("Café in Zürich", d.text());
    }

    @Test
    void empty_file_is_refused_by_name() {
        IngestException e = assertThrows(IngestException.class, () -> decoder.decode(new byte[0], "empty.txt"));
        assertEquals("empty.txt: empty file: no text to read", e.getMessage());
    }

    @Test
    void binary_file_is_refused_by_name() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        IngestException e = assertThrows(IngestException.class, () -> decoder.decode(png, "photo.txt"));
        assertEquals("photo.txt: binary file: not text (NUL or control bytes found)", e.getMessage());
    }

    @Test
    void utf8_broken_part_way_is_refused_with_the_byte_offset() {
        byte[] good = "Beirut – Tyre ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE2; // a three-byte sequence cut short
        bytes[good.length + 1] = 'x';
        IngestException e = assertThrows(IngestException.class, () -> decoder.decode(bytes, "cut.txt"));
        assertEquals("cut.txt: invalid UTF-8 at byte " + good.length + ": the file mixes UTF-8 with other bytes (truncated or corrupted)", e.getMessage());
    }
}
