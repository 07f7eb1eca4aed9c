package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells formats apart from the start of an input, for AUTO: WARC archives, HTML pages, RSS and Atom feeds and JSON
 * Lines, which Sitrep reads, and the formats it cannot read, which are refused by name instead of being read as text:
 * binary documents (PDF, ZIP-based and OLE2 Office files) from their first bytes, other XML and JSON that is not JSON
 * Lines from the start of the decoded text. Looks only at the start of the input ({@link Head}), except for a JSON
 * object, whose first line it scans to see whether the object ends there.
 */
public final class FormatSniffer {
    /** How much of an input's start (decompressed) AUTO looks at. */
    public static final int HEAD_BYTES = 1 << 20;
    private static final String AS_TEXT = " (use --input-format text to read it as plain text)";
    private static final String OFFICE = "Sitrep cannot read Office files (save it as plain text first)";
    /** How far into a ZIP archive to look for the folder names that tell Office files apart. */
    private static final int ZIP_LOOK = 65536;
    private static final Foreign JSON_DOCUMENT = new Foreign("a JSON document, not JSON Lines (one object per line)",
            "Sitrep cannot read it (write one article object per line, or use --input-format text to read it as plain text)");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormatSniffer() {}

    /**
     * The start of an input: its file name without {@code .gz} (may be ""), up to {@link #HEAD_BYTES} decompressed
     * bytes, and those bytes as text (UTF-16 after a byte-order mark, else UTF-8 with bad bytes replaced).
     */
    public record Head(String fileName, byte[] bytes, String text) {
        public static Head of(String fileName, byte[] bytes) {
            Charset cs = StandardCharsets.UTF_8;
            int skip = 0;
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
                cs = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
                cs = StandardCharsets.UTF_16BE;
                skip = 2;
            }
            return new Head(fileName == null ? "" : fileName, bytes, new String(bytes, skip, bytes.length - skip, cs));
        }

        /** The lower-case file name. */
        public String name() {
            return fileName.toLowerCase(Locale.ROOT);
        }
    }

    /** What markup the start of a text is. */
    public enum Markup { HTML, RSS, ATOM, XML, JSON, NONE }

    /** A WARC archive: a {@code .warc} name, or a first line {@code WARC/1.0} (or 1.1). */
    public static boolean isWarc(Head head) {
        return head.name().endsWith(".warc") || head.text().startsWith("WARC/1.");
    }

    /** An RSS or Atom feed: an {@code .rss} or {@code .atom} name, or an {@code <rss>}, {@code <rdf:RDF>} or {@code <feed>} root. */
    public static boolean isFeed(Head head) {
        Markup m = markupKind(head.text());
        return m == Markup.RSS || m == Markup.ATOM || head.name().endsWith(".rss") || head.name().endsWith(".atom");
    }

    /** An HTML page: an {@code .html}, {@code .htm} or {@code .xhtml} name, or an HTML doctype or root. */
    public static boolean isHtml(Head head) {
        String n = head.name();
        return markupKind(head.text()) == Markup.HTML || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    /** JSON Lines: a {@code .jsonl} or {@code .ndjson} name, or a first line that is one whole JSON object. */
    public static boolean isJsonLines(Head head) {
        return head.name().endsWith(".jsonl") || head.name().endsWith(".ndjson") || jsonLines(head.text());
    }

    /** A format Sitrep recognises but cannot read: what the input is, and what Sitrep can do about it. */
    public record Foreign(String what, String advice) {
        /** The problem as an {@link IngestException} states it after the file name. */
        public String problem() {
            return what + "; " + advice;
        }
    }

    /** PDF, Office (ZIP or OLE2) and other ZIP archives, from their magic bytes; empty for anything else. */
    public static Optional<Foreign> binary(byte[] bytes) {
        int i = hasUtf8Bom(bytes) ? 3 : 0;
        while (i < bytes.length && i < 1024 && isSpace(bytes[i])) {
            i++;
        }
        if (startsWith(bytes, i, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Foreign("a PDF document", "Sitrep cannot read PDF (extract its text first)"));
        }
        if (startsWith(bytes, 0, new byte[] {'P', 'K', 3, 4})) {
            return Optional.of(zip(bytes));
        }
        if (startsWith(bytes, 0, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return Optional.of(new Foreign("an Office document (OLE2: .doc, .xls or .ppt)", OFFICE));
        }
        return Optional.empty();
    }

    /** Office Open XML and OpenDocument files are ZIP archives; the folders inside say which kind. */
    private static Foreign zip(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, ZIP_LOOK), StandardCharsets.ISO_8859_1);
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument")) {
            return new Foreign("an Office document (ZIP: OpenDocument)", OFFICE);
        }
        if (head.contains("word/")) {
            return new Foreign("an Office document (ZIP: Word)", OFFICE);
        }
        if (head.contains("xl/")) {
            return new Foreign("an Office document (ZIP: Excel)", OFFICE);
        }
        if (head.contains("ppt/")) {
            return new Foreign("an Office document (ZIP: PowerPoint)", OFFICE);
        }
        return new Foreign("a ZIP archive", "Sitrep cannot read archives (unpack it and give the files inside)");
    }

    /**
     * XML that is neither a page nor a feed, and JSON documents that are not JSON Lines, from the start of decoded text
     * (after a byte-order mark, white space, XML declarations and comments): what Sitrep refuses by name. Empty for
     * anything else: HTML pages, feeds and JSON Lines are read by their readers, the rest as text.
     */
    public static Optional<Foreign> markup(String text) {
        return switch (markupKind(text)) {
            case XML -> Optional.of(new Foreign("an XML document", "Sitrep cannot read XML yet" + AS_TEXT));
            case JSON -> Optional.of(JSON_DOCUMENT);
            default -> Optional.empty();
        };
    }

    /**
     * The kind of markup a decoded text starts with (after a byte-order mark, white space, XML declarations and
     * comments): an HTML page, an RSS or Atom feed, other XML, a JSON document that is not JSON Lines, or NONE (plain
     * text and JSON Lines).
     */
    public static Markup markupKind(String text) {
        int i = skipSpace(text, 0);
        char first = i < text.length() ? text.charAt(i) : ' ';
        if (first == '[' || first == '{') {
            return json(text, i) ? Markup.JSON : Markup.NONE;
        }
        boolean xml = false;
        while (i < text.length() && text.charAt(i) == '<') {
            if (text.startsWith("<!--", i)) {
                i = after(text, i, "-->");
            } else if (text.startsWith("<?", i)) {
                xml |= startsWithIgnoreCase(text, i, "<?xml");
                i = after(text, i, "?>");
            } else if (startsWithIgnoreCase(text, i, "<!doctype")) {
                int end = after(text, i, ">");
                if (text.substring(i, end).toLowerCase(Locale.ROOT).matches("<!doctype\\s+html\\b[\\s\\S]*")) {
                    return Markup.HTML;
                }
                xml = true;
                i = end;
            } else {
                break;
            }
            i = skipSpace(text, i);
        }
        String root = tagName(text, i);
        return switch (root) {
            case "html", "head", "body" -> Markup.HTML;
            case "rss", "rdf:rdf" -> Markup.RSS;
            case "feed" -> Markup.ATOM;
            default -> xml ? Markup.XML : Markup.NONE;
        };
    }

    /** True when the first non-blank line is one whole JSON object: the shape of JSON Lines. */
    public static boolean jsonLines(String text) {
        int i = skipSpace(text, 0);
        if (i >= text.length() || text.charAt(i) != '{') {
            return false;
        }
        int end = objectEnd(text, i);
        if (end <= 0 || !restOfLineIsBlank(text, end)) {
            return false;
        }
        try {
            JsonNode first = MAPPER.readTree(text.substring(i, end));
            return first != null && first.isObject();
        } catch (JsonProcessingException e) {
            return false; // "{Photo} …" or a template line: braces, not JSON
        }
    }

    /** A JSON array of values, or an object spread over several lines; one object per line is JSON Lines and passes. */
    private static boolean json(String text, int i) {
        char last = lastNonSpace(text);
        if (text.charAt(i) == '[') {
            int next = skipSpace(text, i + 1);
            char c = next < text.length() ? text.charAt(next) : ' ';
            boolean jsonValue = c == '{' || c == '[' || c == ']' || c == '"';
            return jsonValue && last == ']';
        }
        return !jsonLines(text) && last == '}';
    }

    /** Where the object opening at {@code from} closes (the index after its brace), or -1 when a line ends first. */
    private static int objectEnd(String text, int from) {
        int depth = 0;
        boolean inString = false;
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (inString) {
                if (c == '\\') {
                    k++;
                } else if (c == '"') {
                    inString = false;
                } else if (c == '\n' || c == '\r') {
                    return -1;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return k + 1;
                }
            } else if (c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean restOfLineIsBlank(String text, int from) {
        for (int k = from; k < text.length() && text.charAt(k) != '\n' && text.charAt(k) != '\r'; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case element name of a start tag at {@code i}, or "" when none starts there. */
    private static String tagName(String text, int i) {
        if (i + 1 >= text.length() || text.charAt(i) != '<' || !Character.isLetter(text.charAt(i + 1))) {
            return "";
        }
        int end = i + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || ":-_.".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    private static char lastNonSpace(String text) {
        int k = text.length() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 ? ' ' : text.charAt(k);
    }

    private static int after(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static boolean startsWithIgnoreCase(String text, int i, String prefix) {
        return text.regionMatches(true, i, prefix, 0, prefix.length());
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
