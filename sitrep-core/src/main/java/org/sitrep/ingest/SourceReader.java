package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.sitrep.ingest.fetch.FetchException;
import org.sitrep.ingest.fetch.Fetched;
import org.sitrep.ingest.fetch.PageFetcher;

/**
 * Opens inputs — files, directories (recursively), standard input ({@code -}) and http(s) URLs — and hands each to the
 * {@link DocumentReader} of its format: the one {@code --input-format} names, or for AUTO the one {@link Readers#detect}
 * picks from the input's name and start. Gzip is recognised by a {@code .gz} name or by its magic bytes. A
 * single-document input larger than the size limit is refused; archives and JSON Lines are read record by record,
 * the limit applying to each record. Owns and closes the files it opens; never closes standard input.
 */
public final class SourceReader {
    /** Files larger than this (after decompression) are refused rather than read into memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The source name of documents read from standard input. */
    public static final String STDIN_SOURCE = "<stdin>";

    private final InputFormat format;
    private final ReaderSettings settings;
    private final InputStream stdin;
    private final PageFetcher fetcher;
    private final boolean fetchLinks;
    private final DocumentReader chosen;

    /** A reader whose path {@code -} is the process's standard input. */
    public SourceReader(InputFormat format, long maxBytes) {
        this(format, maxBytes, System.in);
    }

    /** A reader whose path {@code -} reads {@code stdin} (which the caller owns); no URLs, no fetching. */
    public SourceReader(InputFormat format, long maxBytes, InputStream stdin) {
        this(format, new ReaderSettings(checkMax(maxBytes)), stdin, null, false);
    }

    /**
     * A reader that can fetch: URLs given as inputs are fetched with {@code fetcher} (may be null: URLs are then
     * refused), and so are the pages that feed items only link to, for feeds given as URLs always and for feed files
     * when {@code fetchLinks} is set.
     */
    public SourceReader(InputFormat format, ReaderSettings settings, InputStream stdin, PageFetcher fetcher, boolean fetchLinks) {
        if (format == null) {
            throw new IllegalArgumentException("The parameter 'format' must not be null.");
        }
        if (settings == null) {
            throw new IllegalArgumentException("The parameter 'settings' must not be null.");
        }
        if (stdin == null) {
            throw new IllegalArgumentException("The parameter 'stdin' must not be null.");
        }
        this.format = format;
        this.settings = settings;
        this.stdin = stdin;
        this.fetcher = fetcher;
        this.fetchLinks = fetchLinks;
        this.chosen = format.isAuto() ? null : Readers.get(format.name()).factory().apply(settings);
    }

    private static long checkMax(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The parameter 'maxBytes' must be positive, got " + maxBytes);
        }
        return maxBytes;
    }

    public ReaderSettings settings() {
        return settings;
    }

    /** True for an http or https URL, which is fetched rather than opened as a file. */
    public static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /**
     * The sources the user's arguments name, in order: a URL as itself, {@code -} as standard input (once), a directory
     * as the files under it (sorted, hidden ones left out), a file as itself. A directory that cannot be listed, or
     * {@code -} given again, becomes a source that fails with that message in its place.
     */
    public List<Source> sources(List<String> inputs) {
        List<Source> out = new ArrayList<>();
        boolean stdinSeen = false;
        for (String in : inputs) {
            if (isUrl(in)) {
                out.add(urlSource(in));
                continue;
            }
            if (in.equals("-")) {
                if (stdinSeen) {
                    out.add(Source.failed("-", "standard input is given more than once; it is read once"));
                } else {
                    stdinSeen = true;
                    out.add(fileSource(Inputs.STDIN));
                }
                continue;
            }
            Inputs.Expanded e = Inputs.expand(List.of(Path.of(in)));
            for (String error : e.errors()) {
                int colon = error.indexOf(": ");
                out.add(Source.failed(error.substring(0, colon), error.substring(colon + 2)));
            }
            e.files().forEach(f -> out.add(fileSource(f)));
        }
        return out;
    }

    /** The sources of paths (files, directories, {@code -}). */
    public List<Source> sourcesOf(List<Path> paths) {
        return sources(paths.stream().map(Path::toString).toList());
    }

    private Source fileSource(Path file) {
        String name = Inputs.isStdin(file) ? STDIN_SOURCE : file.toString();
        return new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public RecordStream open() throws IngestException {
                return SourceReader.this.open(file);
            }
        };
    }

    private Source urlSource(String url) {
        return new Source() {
            @Override
            public String name() {
                return url;
            }

            @Override
            public RecordStream open() throws IngestException {
                return openUrl(url);
            }
        };
    }

    /** Opens a file, or standard input when the path is {@code -} ({@link Inputs#STDIN}). The caller closes the stream. */
    public RecordStream open(Path file) throws IngestException {
        if (Inputs.isStdin(file)) {
            return open(STDIN_SOURCE, kept(stdin), "", null, null, fetchLinks ? fetcher : null, -1);
        }
        String source = file.toString();
        long size = checkFile(file, source);
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new IngestException(source, "cannot read: " + e.getMessage(), e);
        }
        try {
            RecordStream records = open(source, in, fileName(file), null, null, fetchLinks ? fetcher : null, size);
            return closing(records, in);
        } catch (IngestException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** Fetches a URL and opens what came back; feed items it links to are fetched too. */
    public RecordStream openUrl(String url) throws IngestException {
        if (fetcher == null) {
            throw new IngestException(url, "URLs cannot be read here (no fetcher)");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IngestException(url, "not a valid URL: " + e.getReason());
        }
        Fetched page;
        try {
            page = fetcher.fetch(uri);
        } catch (FetchException e) {
            throw new IngestException(url, e.problem(), e);
        }
        String path = page.uri().getPath() == null ? "" : page.uri().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return open(url, new ByteArrayInputStream(page.body()), name, page.uri().toString(), page.contentType(), fetcher, -1);
    }

    /**
     * Opens a body received whole, such as a posted request: {@code name} (a file name, or "") and {@code contentType}
     * (or null) help AUTO choose a format, as a URL's name and media type do; the size limit applies as to a file. Pages
     * that feed items only link to are fetched when this reader fetches links. The caller closes the stream.
     */
    public RecordStream open(String source, byte[] body, String name, String contentType) throws IngestException {
        return open(source, new java.io.ByteArrayInputStream(body), name == null ? "" : name, null, contentType, fetchLinks ? fetcher : null,
                body.length);
    }

    /**
     * Reads a stream to its end (gzip when it starts with the gzip magic bytes), within the size limit, and returns all it
     * gave at once: for small inputs and tests. The caller owns the stream and closes it. {@code name} (a file name, or
     * "") helps AUTO choose a format. Throws when the input as a whole cannot be read.
     */
    public ReadResult read(String source, InputStream in, String name) throws IngestException {
        try (RecordStream records = open(source, kept(in), name, null, null, null, -1)) {
            return collect(records);
        }
    }

    /** Reads a file or standard input whole; see {@link #read(String, InputStream, String)}. */
    public ReadResult read(Path file) throws IngestException {
        try (RecordStream records = open(file)) {
            return collect(records);
        }
    }

    /**
     * Parses already-decoded text; {@code name} (a file name) helps AUTO choose a format, and so does the text: AUTO
     * reads a text whose first line is one whole JSON object as JSON Lines. {@code warning} (may be null) is passed on.
     */
    public ReadResult parse(String source, String text, String charset, String warning, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean jsonlName = n.endsWith(".jsonl") || n.endsWith(".ndjson");
        List<String> warnings = new ArrayList<>();
        if (warning != null) {
            warnings.add(warning);
        }
        if (format.equals(InputFormat.JSONL) || format.isAuto() && (jsonlName || FormatSniffer.jsonLines(text))) {
            ReadResult r = new JsonlReader(settings).read(source, text, charset);
            warnings.addAll(r.warnings());
            return new ReadResult(r.documents(), r.errors(), warnings);
        }
        PlainReader.Mode mode = format.equals(InputFormat.DUMP) ? PlainReader.Mode.DUMP
                : format.isAuto() ? PlainReader.Mode.AUTO : PlainReader.Mode.TEXT;
        try (RecordStream r = RecordStream.of(new PlainReader(mode, settings).items(source, text, charset, warning))) {
            return collect(r);
        } catch (IngestException e) {
            throw new IllegalStateException("text already decoded cannot fail as a whole", e);
        }
    }

    /** Everything a stream gives, at once; the first item failing the whole input is thrown. */
    private static ReadResult collect(RecordStream records) throws IngestException {
        List<org.sitrep.model.RawDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        while (records.hasNext()) {
            ReadItem item = records.next();
            if (item instanceof ReadItem.Read r) {
                docs.add(r.document());
                warnings.addAll(r.warnings());
            } else if (item instanceof ReadItem.Failed f) {
                if (f.wholeInput() && docs.isEmpty() && errors.isEmpty()) {
                    throw new IngestException(f.record(), f.problem());
                }
                errors.add(f.line());
            }
        }
        return new ReadResult(docs, errors, warnings);
    }

    /**
     * Opens one input: peeks at its (decompressed) start, chooses the reader, checks the size limit of single-document
     * inputs ({@code size} is the file's size, or -1 when unknown) and starts the reader.
     */
    private RecordStream open(String source, InputStream in, String fileName, String url, String contentType, PageFetcher linkFetcher,
                              long size) throws IngestException {
        BufferedInputStream raw = new BufferedInputStream(in, 65536);
        boolean gzip = fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
        String name = gzip ? fileName.substring(0, fileName.length() - 3) : fileName;
        FormatSniffer.Head head;
        try {
            raw.mark(2);
            gzip |= raw.read() == 0x1F && raw.read() == 0x8B;
            raw.reset();
            head = FormatSniffer.Head.of(name, gzip ? gunzipHead(raw) : Bytes.peek(raw, FormatSniffer.HEAD_BYTES));
        } catch (IOException e) {
            throw Bytes.problem(source, e);
        }
        if (head.bytes().length == 0 && !gzip && size <= 0) {
            try {
                if (raw.read() < 0) {
                    throw new IngestException(source, "empty file: no text to read");
                }
            } catch (IOException e) {
                throw Bytes.problem(source, e);
            }
        }
        DocumentReader reader = chosen != null ? chosen : Readers.detect(source, head, settings);
        if (chosen != null && !reader.readsBinary()) {
            java.util.Optional<FormatSniffer.Foreign> binary = FormatSniffer.binary(head.bytes());
            if (binary.isPresent()) {
                throw new IngestException(source, binary.get().problem());
            }
        }
        if (!reader.streams() && !gzip && size > settings.maxBytes()) {
            throw new IngestException(source, String.format(Locale.ROOT,
                    "file too large (%.1f MB over the %.1f MB limit; raise --max-file-mb to read it)", size / 1048576.0,
                    settings.maxBytes() / 1048576.0));
        }
        return reader.read(new Input(source, raw, gzip, name, url, contentType, linkFetcher));
    }

    /** The decompressed start of a gzip stream, which is reset to its start; a truncated stream gives what it holds. */
    private static byte[] gunzipHead(BufferedInputStream raw) throws IOException {
        raw.mark(2 * FormatSniffer.HEAD_BYTES + 65536);
        byte[] head;
        try {
            GZIPInputStream gz = new GZIPInputStream(kept(raw), 8192);
            head = Bytes.peekPlain(gz, FormatSniffer.HEAD_BYTES);
        } catch (IOException e) {
            head = new byte[0]; // not even a gzip header: the reader reports it
        }
        raw.reset();
        return head;
    }

    private static InputStream kept(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
    }

    private static RecordStream closing(RecordStream records, InputStream in) {
        return new RecordStream() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public ReadItem next() {
                return records.next();
            }

            @Override
            public boolean archive() {
                return records.archive();
            }

            @Override
            public void close() {
                try {
                    records.close();
                } finally {
                    closeQuietly(in);
                }
            }
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written: nothing is lost
        }
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Checks that the file can be read and is not empty; returns its size. */
    private static long checkFile(Path file, String source) throws IngestException {
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
        return size;
    }
}
