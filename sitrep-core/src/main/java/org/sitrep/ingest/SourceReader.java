package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;

/** Reads one file (plain or .gz) into raw documents in the chosen format. Owns and closes the streams it opens. */
public final class SourceReader {
    /** Files larger than this (after decompression) are refused rather than read into memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final InputFormat format;
    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final DumpSplitter splitter = new DumpSplitter();
    private final JsonlReader jsonl = new JsonlReader();

    public SourceReader(InputFormat format, long maxBytes) {
        if (format == null) {
            throw new IllegalArgumentException("The parameter 'format' must not be null.");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The parameter 'maxBytes' must be positive, got " + maxBytes);
        }
        this.format = format;
        this.maxBytes = maxBytes;
    }

    public ReadResult read(Path file) throws IngestException {
        String source = file.toString();
        byte[] bytes = readBytes(file, source);
        Decoded decoded = decoder.decode(bytes, source);
        return parse(source, decoded.text(), decoded.charset(), decoded.warning(), fileName(file));
    }

    /** Parses already-decoded text; {@code name} (a file name) helps AUTO choose a format. */
    public ReadResult parse(String source, String text, String charset, String warning, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean jsonlName = n.endsWith(".jsonl") || n.endsWith(".ndjson");
        if (format == InputFormat.JSONL || format == InputFormat.AUTO && jsonlName) {
            ReadResult r = jsonl.read(source, text, charset);
            return new ReadResult(r.documents(), r.errors(), warning);
        }
        if (format == InputFormat.DUMP) {
            return dump(source, text, charset, warning, splitter.split(text));
        }
        if (format == InputFormat.AUTO) {
            // One pass over the lines decides the format and, for a dump, cuts it.
            java.util.Optional<List<DumpSplitter.Piece>> pieces = splitter.splitAtHeaders(text);
            if (pieces.isPresent()) {
                return dump(source, text, charset, warning, pieces.get());
            }
        }
        return new ReadResult(List.of(new RawDocument(source, 0, text, charset, Layout.TEXT, null)), List.of(), warning);
    }

    private static ReadResult dump(String source, String text, String charset, String warning, List<DumpSplitter.Piece> pieces) {
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            DumpSplitter.Piece p = pieces.get(i);
            String id = pieces.size() == 1 ? source : source + "#" + (i + 1);
            docs.add(new RawDocument(id, p.start(), text.substring(p.start(), p.end()), charset, Layout.DUMP, null));
        }
        List<String> errors = docs.isEmpty() ? List.of(source + ": no article found") : List.of();
        return new ReadResult(docs, errors, warning);
    }

    private static String fileName(Path file) {
        String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    private byte[] readBytes(Path file, String source) throws IngestException {
        if (!Files.exists(file)) {
            throw new IngestException(source, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IngestException(source, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new IngestException(source, "permission denied");
        }
        boolean gz = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try {
            if (!gz && Files.size(file) > maxBytes) {
                throw tooLarge(source, Files.size(file));
            }
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = gz ? new GZIPInputStream(raw, 65536) : raw) {
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
                throw tooLarge(source, total);
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
