package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;

/**
 * Reads one file (plain or gzip) or standard input into raw documents in the chosen format. Gzip is recognised by a
 * {@code .gz} name or by its magic bytes. Formats Sitrep cannot read (PDF, Office files, and in AUTO also HTML, feeds,
 * XML and JSON documents) are refused by name. Owns and closes the files it opens; never closes standard input.
 */
public final class SourceReader {
    /** Files larger than this (after decompression) are refused rather than read into memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The source name of documents read from standard input. */
    public static final String STDIN_SOURCE = "<stdin>";

    private final InputFormat format;
    private final long maxBytes;
    private final InputStream stdin;
    private final TextDecoder decoder = new TextDecoder();
    private final DumpSplitter splitter = new DumpSplitter();
    private final JsonlReader jsonl = new JsonlReader();

    /** A reader whose path {@code -} is the process's standard input. */
    public SourceReader(InputFormat format, long maxBytes) {
        this(format, maxBytes, System.in);
    }

    /** A reader whose path {@code -} reads {@code stdin} (which the caller owns). */
    public SourceReader(InputFormat format, long maxBytes, InputStream stdin) {
        if (format == null) {
            throw new IllegalArgumentException("The parameter 'format' must not be null.");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The parameter 'maxBytes' must be positive, got " + maxBytes);
        }
        if (stdin == null) {
            throw new IllegalArgumentException("The parameter 'stdin' must not be null.");
        }
        this.format = format;
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    /** Reads a file, or standard input when the path is {@code -} ({@link Inputs#STDIN}). */
    public ReadResult read(Path file) throws IngestException {
        if (Inputs.isStdin(file)) {
            return read(STDIN_SOURCE, stdin, "");
        }
        String source = file.toString();
        boolean gzName = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        checkFile(file, source, gzName);
        try (InputStream raw = Files.newInputStream(file)) {
            return decode(source, readBytes(raw, source, gzName), fileName(file));
        } catch (IOException e) {
            throw new IngestException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a stream to its end (gzip when it starts with the gzip magic bytes), within the size limit. The caller owns
     * the stream and closes it. {@code name} (a file name, or "") helps AUTO choose a format.
     */
    public ReadResult read(String source, InputStream in, String name) throws IngestException {
        InputStream kept = new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
        return decode(source, readBytes(kept, source, false), name);
    }

    private ReadResult decode(String source, byte[] bytes, String name) throws IngestException {
        Optional<FormatSniffer.Foreign> binary = FormatSniffer.binary(bytes);
        if (binary.isPresent()) {
            throw new IngestException(source, binary.get().problem());
        }
        Decoded decoded = decoder.decode(bytes, source);
        if (format == InputFormat.AUTO) {
            Optional<FormatSniffer.Foreign> markup = FormatSniffer.markup(decoded.text());
            if (markup.isPresent()) {
                throw new IngestException(source, markup.get().problem());
            }
        }
        return parse(source, decoded.text(), decoded.charset(), decoded.warning(), name);
    }

    /**
     * Parses already-decoded text; {@code name} (a file name) helps AUTO choose a format, and so does the text: AUTO
     * reads a text whose first line is one whole JSON object as JSON Lines. {@code warning} (may be null) is passed on.
     */
    public ReadResult parse(String source, String text, String charset, String warning, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean jsonlName = n.endsWith(".jsonl") || n.endsWith(".ndjson");
        List<String> warnings = warning == null ? List.of() : List.of(warning);
        if (format == InputFormat.JSONL || format == InputFormat.AUTO && (jsonlName || FormatSniffer.jsonLines(text))) {
            ReadResult r = jsonl.read(source, text, charset);
            List<String> all = new ArrayList<>(warnings);
            all.addAll(r.warnings());
            return new ReadResult(r.documents(), r.errors(), all);
        }
        if (format == InputFormat.DUMP) {
            return dump(source, text, charset, warnings, splitter.split(text));
        }
        if (format == InputFormat.AUTO) {
            // One pass over the lines decides the format and, for a dump, cuts it.
            Optional<List<DumpSplitter.Piece>> pieces = splitter.splitAtHeaders(text);
            if (pieces.isPresent()) {
                return dump(source, text, charset, warnings, pieces.get());
            }
        }
        return new ReadResult(List.of(new RawDocument(source, 0, text, charset, Layout.TEXT, null)), List.of(), warnings);
    }

    private static ReadResult dump(String source, String text, String charset, List<String> warnings, List<DumpSplitter.Piece> pieces) {
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            DumpSplitter.Piece p = pieces.get(i);
            String id = pieces.size() == 1 ? source : source + "#" + (i + 1);
            docs.add(new RawDocument(id, p.start(), text.substring(p.start(), p.end()), charset, Layout.DUMP, null));
        }
        List<String> errors = docs.isEmpty() ? List.of(source + ": no article found") : List.of();
        return new ReadResult(docs, errors, warnings);
    }

    private static String fileName(Path file) {
        String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    private void checkFile(Path file, String source, boolean gzName) throws IngestException {
        if (!Files.exists(file)) {
            throw new IngestException(source, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IngestException(source, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new IngestException(source, "permission denied");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IngestException(source, "cannot read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new IngestException(source, "empty file: no text to read"); // a 0-byte .gz is empty, not truncated
        }
        if (!gzName && size > maxBytes) {
            throw tooLarge(source, size);
        }
    }

    /** The bytes of {@code raw}, decompressed when {@code gzip} is set or the stream starts with the gzip magic bytes. */
    private byte[] readBytes(InputStream raw, String source, boolean gzip) throws IngestException {
        try (InputStream buffered = new BufferedInputStream(raw, 65536)) {
            buffered.mark(2);
            boolean magic = buffered.read() == 0x1F && buffered.read() == 0x8B;
            buffered.reset();
            if (!gzip && !magic) {
                return readLimited(buffered, source);
            }
            try (InputStream in = new GZIPInputStream(buffered, 65536)) {
                return readLimited(in, source);
            }
        } catch (EOFException e) {
            throw new IngestException(source, "truncated gzip: the compressed stream ends early", e);
        } catch (ZipException e) {
            throw new IngestException(source, "corrupt gzip: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] readLimited(InputStream in, String source) throws IOException, IngestException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxBytes) {
                // A stream's size is known only once read: say that it passed the limit, not by how much.
                throw new IngestException(source, String.format(Locale.ROOT,
                        "file too large (more than the %.1f MB limit; raise --max-file-mb to read it)", maxBytes / 1048576.0));
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private IngestException tooLarge(String source, long size) {
        return new IngestException(source, String.format(Locale.ROOT,
                "file too large (%.1f MB over the %.1f MB limit; raise --max-file-mb to read it)", size / 1048576.0, maxBytes / 1048576.0));
    }
}
