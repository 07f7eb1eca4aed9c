package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Issue 5: UTF-16 with a byte-order mark is text, not a binary file. */
class TextDecoderUtf16Test {
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] withBom(byte b0, byte b1, byte[] body) {
        byte[] all = new byte[body.length + 2];
        all[0] = b0;
        all[1] = b1;
        System.arraycopy(body, 0, all, 2, body.length);
        return all;
    }

    @Test
    void utf16_little_endian_with_its_mark_is_decoded() throws Exception {
        byte[] bytes = withBom((byte) 0xFF, (byte) 0xFE, "Qaani’s visit to Baghdad\n".getBytes(StandardCharsets.UTF_16LE));
        Decoded d = decoder.decode(bytes, "le.txt");
        assertEquals("Qaani’s visit to Baghdad\n", d.text());
        assertEquals("UTF-16LE", d.charset());
        assertNull(d.warning());
    }

    @Test
    void utf16_big_endian_with_its_mark_is_decoded() throws Exception {
        byte[] bytes = withBom((byte) 0xFE, (byte) 0xFF, "قال مصدر سياسي\n".getBytes(StandardCharsets.UTF_16BE));
        Decoded d = decoder.decode(bytes, "be.txt");
        assertEquals("قال مصدر سياسي\n", d.text());
        assertEquals("UTF-16BE", d.charset());
    }

    @Test
    void utf16_cut_in_the_middle_of_a_character_is_refused_by_name() {
        byte[] whole = withBom((byte) 0xFF, (byte) 0xFE, "Talks".getBytes(StandardCharsets.UTF_16LE));
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        IngestException e = assertThrows(IngestException.class, () -> decoder.decode(cut, "cut.txt"));
        assertEquals("cut.txt: invalid UTF-16LE: the file is truncated or corrupted", e.getMessage());
    }

    @Test
    void a_byte_order_mark_alone_is_an_empty_file() {
        IngestException e = assertThrows(IngestException.class, () -> decoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}, "bom.txt"));
        assertEquals("bom.txt: empty file: no text to read", e.getMessage());
    }
}
