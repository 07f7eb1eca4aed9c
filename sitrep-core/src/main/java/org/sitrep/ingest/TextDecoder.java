package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: UTF-8 when the bytes are UTF-8, else the legacy charset the bytes fit best
 * (windows-1256 for Arabic, windows-1252 or ISO-8859-1 for Western text), never mojibake.
 * A UTF-16 byte-order mark (FF FE or FE FF) selects UTF-16. Refuses empty and binary input, and UTF-8 or UTF-16
 * that is broken part-way (a truncated or corrupted file).
 */
public final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset CP1256 = Charset.forName("windows-1256");

    public Decoded decode(byte[] bytes, String source) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(source, "empty file: no text to read");
        }
        Charset utf16 = utf16Bom(bytes);
        if (utf16 != null) {
            return decodeUtf16(bytes, utf16, source);
        }
        if (looksBinary(bytes)) {
            throw new IngestException(source, "binary file: not text (NUL or control bytes found)");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            if (text.isBlank()) {
                throw new IngestException(source, "empty file: no text to read");
            }
            return new Decoded(text, "UTF-8", null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            if (validUtf8Sequences(bytes, offset) > 0 || isCutSequence(bytes, bad)) {
                throw new IngestException(source, "invalid UTF-8 at byte " + bad
                        + ": the file mixes UTF-8 with other bytes (truncated or corrupted)");
            }
            Charset legacy = guessLegacy(bytes);
            return new Decoded(new String(bytes, legacy), legacy.name(),
                    source + ": not UTF-8 (first bad byte at " + bad + "); decoded as " + legacy.name());
        }
    }

    /** UTF-16LE for the mark FF FE, UTF-16BE for FE FF, else null. */
    private static Charset utf16Bom(byte[] b) {
        if (b.length < 2) {
            return null;
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        return b0 == 0xFF && b1 == 0xFE ? StandardCharsets.UTF_16LE : b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    private static Decoded decodeUtf16(byte[] bytes, Charset charset, String source) throws IngestException {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(source, "invalid " + charset.name() + ": the file is truncated or corrupted");
        }
        if (text.isBlank()) {
            throw new IngestException(source, "empty file: no text to read");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IngestException(source, "binary file: not text (NUL or control bytes found)");
        }
        return new Decoded(text, charset.name(), null);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** NUL anywhere, or more than 2% control bytes other than tab, CR, LF and form feed, in the first 64 KiB. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control > n / 50;
    }

    /** How many bytes a UTF-8 sequence starting with this byte has; 0 when it cannot start one. */
    private static int expectedLength(byte lead) {
        int v = lead & 0xFF;
        return v >= 0xF0 && v <= 0xF4 ? 4 : v >= 0xE0 && v < 0xF0 ? 3 : v >= 0xC2 && v < 0xE0 ? 2 : 0;
    }

    private static int sequenceLength(byte[] b, int i) {
        int len = expectedLength(b[i]);
        if (len == 0 || i + len > b.length) {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return len;
    }

    /** A UTF-8 lead byte followed only by continuation bytes up to the end of the file: the file was cut mid-character. */
    private static boolean isCutSequence(byte[] b, int at) {
        if (at < 0) {
            return false;
        }
        int len = expectedLength(b[at]);
        if (len == 0 || at + len <= b.length) {
            return false;
        }
        for (int k = at + 1; k < b.length; k++) {
            if ((b[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int validUtf8Sequences(byte[] b, int from) {
        int count = 0;
        for (int i = from; i < b.length; i++) {
            if ((b[i] & 0x80) != 0) {
                int len = sequenceLength(b, i);
                if (len > 0) {
                    count++;
                    i += len - 1;
                }
            }
        }
        return count;
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if ((b[i] & 0x80) != 0) {
                int len = sequenceLength(b, i);
                if (len == 0) {
                    return i;
                }
                i += len - 1;
            }
        }
        return -1;
    }

    /**
     * Arabic text in windows-1256 is runs of high bytes (whole words); Western text has a high byte here and there
     * between ASCII letters. Bytes 0x80-0x9F are printable in windows-1252 but control codes in ISO-8859-1.
     */
    static Charset guessLegacy(byte[] bytes) {
        int high = 0;
        int inRuns = 0;
        boolean c1 = false;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                high++;
                boolean prevHigh = i > 0 && (bytes[i - 1] & 0x80) != 0;
                boolean nextHigh = i + 1 < bytes.length && (bytes[i + 1] & 0x80) != 0;
                if (prevHigh || nextHigh) {
                    inRuns++;
                }
                if (b <= 0x9F) {
                    c1 = true;
                }
            }
        }
        if (high > 0 && inRuns * 2 > high) {
            return CP1256;
        }
        return c1 ? CP1252 : StandardCharsets.ISO_8859_1;
    }
}
