package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a web page as a browser would, in this order: a byte-order mark; the charset the HTTP header declared; a
 * {@code <meta charset>} or {@code http-equiv} declaration in the first 4 KiB; else the bytes themselves (UTF-8 when
 * they are UTF-8, else the legacy charset they fit best, as {@link TextDecoder} guesses: windows-1256, windows-1252,
 * ISO-8859-1). A declaration the bytes contradict (UTF-8 declared, other bytes found) gives way to the bytes with a
 * warning; mostly-UTF-8 bytes with a few bad ones are decoded as UTF-8 with the bad bytes replaced, and a warning. As
 * browsers do, ISO-8859-1 and US-ASCII declarations are read as windows-1252.
 */
public final class PageDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_LOOK = 4096;

    private PageDecoder() {}

    /**
     * The page's text and the charset used; {@code declared} is the HTTP header's charset or null; {@code source} names
     * the page in messages. Throws for empty input and for binary bytes (NUL or control bytes).
     */
    public static Decoded decode(byte[] bytes, String declared, String source) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(source, "empty file: no text to read");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return new TextDecoder().decode(bytes, source); // UTF-16 with a byte-order mark
        }
        if (TextDecoder.looksBinary(bytes)) {
            throw new IngestException(source, "binary file: not text (NUL or control bytes found)");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (offset == 3) {
            return utf8(bytes, offset, source, null);
        }
        String said = declared != null ? declared : metaCharset(bytes);
        Charset cs = said == null ? null : charset(said);
        if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, cs), cs.name(), null); // single-byte charsets decode any byte
        }
        if (cs == null && said != null) {
            Decoded d = sniff(bytes, source);
            return new Decoded(d.text(), d.charset(), source + ": unknown charset '" + said + "'; decoded as " + d.charset()
                    + (d.warning() == null ? "" : " (" + d.warning().substring(source.length() + 2) + ")"));
        }
        if (cs != null) {
            return utf8(bytes, 0, source, "declared UTF-8");
        }
        return sniff(bytes, source);
    }

    /** UTF-8, strictly when the bytes are valid; else with bad bytes replaced when mostly UTF-8, else a legacy charset. */
    private static Decoded utf8(byte[] bytes, int offset, String source, String declaredWhy) {
        try {
            return new Decoded(strictUtf8(bytes, offset), "UTF-8", null);
        } catch (CharacterCodingException e) {
            if (multibyteSequences(bytes, offset) > 0) {
                String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
                return new Decoded(text, "UTF-8", source + ": invalid UTF-8 bytes replaced");
            }
            Charset legacy = TextDecoder.guessLegacy(bytes);
            return new Decoded(new String(bytes, legacy), legacy.name(), source + ": "
                    + (declaredWhy == null ? "not UTF-8" : declaredWhy + " but not UTF-8") + "; decoded as " + legacy.name());
        }
    }

    private static Decoded sniff(byte[] bytes, String source) {
        return utf8(bytes, 0, source, null);
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return out.toString();
    }

    /** How many well-formed multi-byte UTF-8 sequences the bytes hold: text that has them is UTF-8 with damage. */
    private static int multibyteSequences(byte[] b, int from) {
        int count = 0;
        for (int i = from; i < b.length; i++) {
            int v = b[i] & 0xFF;
            int len = v >= 0xF0 && v <= 0xF4 ? 4 : v >= 0xE0 && v < 0xF0 ? 3 : v >= 0xC2 && v < 0xE0 ? 2 : 0;
            if (len == 0 || i + len > b.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                ok &= (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                count++;
                i += len - 1;
            }
        }
        return count;
    }

    /** The charset a {@code <meta>} tag declares in the first 4 KiB, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_LOOK), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The charset a declaration names, as browsers map it; null when Java does not know it. */
    static Charset charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
