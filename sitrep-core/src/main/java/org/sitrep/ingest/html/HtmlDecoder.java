package org.sitrep.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.Decoded;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.TextDecoder;

/**
 * Turns a saved web page's bytes into text, choosing the charset as browsers do: a byte-order mark first, then the
 * charset the HTTP header gave, then a {@code <meta charset>} or {@code http-equiv} declaration (or an XML declaration)
 * in the first 8 KiB, and with none of these the bytes themselves ({@link TextDecoder}: UTF-8 when they are UTF-8, else
 * the legacy charset they fit best, windows-1256 for Arabic). As in the WHATWG encoding standard, a page declaring
 * ISO-8859-1 or ASCII is read as windows-1252, and a meta tag claiming UTF-16 in ASCII bytes means UTF-8. A page that
 * declares UTF-8 but is not is sniffed, with a warning.
 */
public final class HtmlDecoder {
    private static final int PRESCAN = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:()-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {}

    /**
     * Decodes {@code bytes}. {@code declared} is the charset of an HTTP Content-Type header, or null; {@code source}
     * names the page in messages. Throws for empty or binary input.
     */
    public static Decoded decode(byte[] bytes, String declared, String source) throws IngestException {
        if (bytes == null) {
            throw new IllegalArgumentException("The parameter 'bytes' must not be null.");
        }
        if (bytes.length == 0) {
            throw new IngestException(source, "empty file: no text to read");
        }
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(decodeLenient(bytes, skip, bom), bom.name(), null);
        }
        String warning = null;
        Charset chosen = null;
        String from = null;
        if (declared != null) {
            chosen = charset(declared);
            from = "the HTTP header";
            if (chosen == null) {
                warning = source + ": unknown charset '" + declared + "' in the HTTP header";
            }
        }
        if (chosen == null) {
            String name = prescan(bytes);
            if (name != null) {
                chosen = charset(name);
                from = "the page";
                if (chosen == null) {
                    warning = source + ": unknown charset '" + name + "' declared in the page";
                }
            }
        }
        if (chosen != null) {
            if (chosen == StandardCharsets.UTF_16LE || chosen == StandardCharsets.UTF_16BE || chosen == StandardCharsets.UTF_16) {
                chosen = StandardCharsets.UTF_8;
            }
            if (chosen != StandardCharsets.UTF_8 || isUtf8(bytes)) {
                return new Decoded(decodeLenient(bytes, 0, chosen), chosen.name(), warning);
            }
            warning = source + ": " + from + " declares UTF-8 but the bytes are not UTF-8; sniffed instead";
        }
        Decoded sniffed;
        try {
            sniffed = new TextDecoder().decode(bytes, source);
        } catch (IngestException e) {
            if (e.getMessage().contains("invalid UTF-8")) {
                // Mostly UTF-8 with a few broken bytes: read as UTF-8, broken bytes replaced.
                return new Decoded(decodeLenient(bytes, 0, StandardCharsets.UTF_8), "UTF-8",
                        source + ": broken UTF-8 bytes replaced with U+FFFD");
            }
            throw e;
        }
        String w = warning == null ? sniffed.warning() : sniffed.warning() == null ? warning : warning + "; " + sniffed.warning();
        return new Decoded(sniffed.text(), sniffed.charset(), w);
    }

    /** The charset a BOM at the start names, else null. */
    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The charset name a meta tag or XML declaration in the first bytes gives, else null. */
    static String prescan(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The charset for a declared name, with the WHATWG substitutions; null when Java does not know it. */
    static Charset charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp819", "windows-1252" -> {
                return CP1252;
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "arabic", "cp1256" -> n = "windows-1256";
            case "gb2312", "x-gbk" -> n = "gbk";
            case "shift_jis", "sjis", "x-sjis" -> n = "shift_jis";
            default -> { }
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decodeLenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
