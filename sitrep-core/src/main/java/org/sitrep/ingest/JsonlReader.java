package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;

/**
 * Reads one article per line: {@code id}, {@code text}, and optional {@code title}, {@code published}, {@code url},
 * {@code source}. A {@code published} value that is not a date ({@link DateParser}: no known form, no such day, a year
 * out of range) is a warning naming the record and why; the record is still read, undated (so {@code --doc-date} or an
 * inferred date may date it, never a day moved from the one written). The input is read line by line, so a file of any length is read in bounded memory;
 * the size limit applies to each line. The charset is chosen from the file's start (UTF-16 after a byte-order mark,
 * else UTF-8 when the start is UTF-8, else the legacy charset it fits best, with a warning); a line that is not valid
 * in it is an error naming the line.
 */
public final class JsonlReader implements DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final long maxBytes;

    /** A reader with the default size limit per line. */
    public JsonlReader() {
        this(ReaderSettings.DEFAULT);
    }

    public JsonlReader(ReaderSettings settings) {
        this.maxBytes = settings.maxBytes();
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public RecordStream read(Input input) throws IngestException {
        String source = input.name();
        try {
            BufferedInputStream in = new BufferedInputStream(input.stream(), 65536);
            byte[] head = Bytes.peek(in, FormatSniffer.HEAD_BYTES);
            if (head.length == 0 && in.read() < 0) {
                throw new IngestException(source, "empty file: no text to read");
            }
            if (TextDecoder.looksBinary(head) && !isUtf16(head)) {
                throw new IngestException(source, "binary file: not text (NUL or control bytes found)");
            }
            return new Lines(source, in, head);
        } catch (IOException e) {
            throw Bytes.problem(source, e);
        }
    }

    private static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    /** The records of a text already decoded: for callers that hold the whole text. */
    public ReadResult read(String source, String content, String charset) {
        List<RawDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int lineNo = 0;
        for (Line line : Line.split(content)) {
            lineNo++;
            ReadItem item = record(source + ":" + lineNo, line.text(), charset);
            if (item instanceof ReadItem.Read r) {
                docs.add(r.document());
                warnings.addAll(r.warnings());
            } else if (item instanceof ReadItem.Failed f) {
                errors.add(f.line());
            }
        }
        return new ReadResult(docs, errors, warnings);
    }

    /** One line as a record: a document, an error, or null for a blank line. */
    static ReadItem record(String record, String line, String charset) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                return ReadItem.Failed.record(record, "not a JSON object");
            }
            String text = str(node, "text");
            if (text == null || text.isBlank()) {
                return ReadItem.Failed.record(record, "no 'text' field");
            }
            String url = str(node, "url");
            String published = str(node, "published");
            LocalDate date = null;
            List<String> warnings = List.of();
            if (published != null && !published.isBlank()) {
                DateParser.Reading reading = DateParser.read(published);
                date = reading.date();
                if (date == null) {
                    warnings = List.of(record + ": published '" + published + "' is not a date: " + reading.problem()
                            + "; the article is treated as undated");
                }
            }
            RawMetadata meta = new RawMetadata(str(node, "id"), str(node, "title"), date, url, str(node, "source"));
            // JSON strings are unescaped, so the article text is the field itself: no raw offset applies.
            String source = url != null ? url : record;
            return new ReadItem.Read(source, new RawDocument(source, 0, text, charset, Layout.FIELDS, meta), warnings);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ReadItem.Failed.record(record, "malformed JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The lines of one input, decoded one at a time. */
    private final class Lines extends RecordStream.Lazy {
        private final String source;
        private final ByteLines lines;
        private final Charset charset;
        private final boolean strict;
        private String warning;
        private int lineNo;
        private boolean failed;

        Lines(String source, InputStream in, byte[] head) throws IOException {
            this.source = source;
            int b0 = head[0] & 0xFF;
            int b1 = head.length > 1 ? head[1] & 0xFF : -1;
            if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
                in.skipNBytes(2);
                this.charset = b0 == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                this.lines = new ByteLines(in, 2, b0 == 0xFE, maxBytes);
                this.strict = true;
            } else {
                if (head.length >= 3 && b0 == 0xEF && b1 == 0xBB && (head[2] & 0xFF) == 0xBF) {
                    in.skipNBytes(3);
                    head = Arrays.copyOfRange(head, 3, head.length);
                }
                this.lines = new ByteLines(in, 1, false, maxBytes);
                int bad = firstBadUtf8(head);
                if (bad < 0 || multibyteUtf8(head)) {
                    // UTF-8, or UTF-8 with damage (valid sequences beside bad bytes): each bad line is an error of its own
                    this.charset = StandardCharsets.UTF_8;
                    this.strict = true;
                } else {
                    this.charset = TextDecoder.guessLegacy(head);
                    this.strict = false;
                    this.warning = source + ": not UTF-8 (first bad byte at " + bad + "); decoded as " + charset.name();
                }
            }
        }

        @Override
        protected ReadItem computeNext() {
            while (!failed) {
                ByteLines.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    failed = true; // the stream is broken from here on: nothing after this point can be read
                    return lineNo == 0 ? ReadItem.Failed.input(Bytes.problem(source, e))
                            : ReadItem.Failed.record(source, Bytes.problem(source, e).problem() + " after line " + lineNo);
                }
                if (line == null) {
                    return null;
                }
                lineNo++;
                String record = source + ":" + lineNo;
                if (line.tooLong()) {
                    return ReadItem.Failed.record(record, String.format(Locale.ROOT,
                            "record too large (more than the %.1f MB limit; raise --max-file-mb to read it)", maxBytes / 1048576.0));
                }
                String text;
                try {
                    text = strict ? charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.bytes())).toString()
                            : new String(line.bytes(), charset);
                } catch (CharacterCodingException e) {
                    return ReadItem.Failed.record(record, "invalid " + charset.name() + " (the line is truncated or corrupted)");
                }
                ReadItem item = record(record, text, charset.name());
                if (item == null) {
                    continue;
                }
                if (warning != null && item instanceof ReadItem.Read r) {
                    List<String> all = new ArrayList<>();
                    all.add(warning);
                    all.addAll(r.warnings());
                    warning = null;
                    return new ReadItem.Read(r.record(), r.document(), all);
                }
                return item;
            }
            return null;
        }
    }

    /** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence: the text is UTF-8. */
    private static boolean multibyteUtf8(byte[] b) {
        for (int i = 0; i < b.length; i++) {
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
                return true;
            }
        }
        return false;
    }

    /** The offset of the first byte that breaks UTF-8 in the head, ignoring a sequence cut by the head's end; -1 if none. */
    private static int firstBadUtf8(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xFF;
            if (v < 0x80) {
                continue;
            }
            int len = v >= 0xF0 && v <= 0xF4 ? 4 : v >= 0xE0 && v < 0xF0 ? 3 : v >= 0xC2 && v < 0xE0 ? 2 : 0;
            if (len == 0) {
                return i;
            }
            if (i + len > b.length) {
                return -1; // cut by the end of the head
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += len - 1;
        }
        return -1;
    }
}
