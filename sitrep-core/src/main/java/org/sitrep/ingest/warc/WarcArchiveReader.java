package org.sitrep.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.sitrep.ingest.Bytes;
import org.sitrep.ingest.ContentTypes;
import org.sitrep.ingest.Decoded;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.FormatSniffer;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.html.HtmlDecoder;
import org.sitrep.ingest.ReadItem;
import org.sitrep.ingest.ReaderSettings;
import org.sitrep.ingest.RecordStream;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;

/**
 * Reads a WARC archive ({@code .warc} or {@code .warc.gz}, jwarc) record by record, never whole: memory is bounded by
 * the largest page read, itself under the size limit. A {@code response} (or {@code resource}) record holding an HTML
 * page with status 2xx becomes a raw document of layout {@link Layout#HTML}, named by its {@code WARC-Target-URI} and
 * decoded with the charset of its HTTP header, else of its {@code <meta>}, else sniffed. Redirects (3xx), other
 * statuses, pages that are not HTML (PDF, images), and {@code request}, {@code revisit}, {@code metadata} and
 * {@code warcinfo} records are passed over and counted by reason. A record whose HTTP header is broken or whose body is
 * shorter than its {@code Content-Length} is an error line; the rest goes on. In a {@code .warc.gz} each record is its
 * own gzip member, read on its own, so a damaged record is dropped and the next one read; a truncated archive ends
 * with an error line after the records before the cut. Records are named {@code file#n} (the n-th record) with their
 * URL. The record's {@code WARC-Record-ID} is the document's id, its {@code WARC-Date} only a weak hint
 * ({@link RawMetadata#fetched()}), never the publication date.
 */
public final class WarcArchiveReader implements DocumentReader {
    private final long maxBytes;

    public WarcArchiveReader(ReaderSettings settings) {
        this.maxBytes = settings.maxBytes();
    }

    /** AUTO: a {@code .warc} name, or a first line {@code WARC/1.x}. */
    public static boolean detect(FormatSniffer.Head head) {
        return FormatSniffer.isWarc(head);
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public boolean readsBinary() {
        return true;
    }

    @Override
    public RecordStream read(Input input) {
        return new Records(input);
    }

    /** The records of one archive, read as the batch asks for them. */
    private final class Records extends RecordStream.Lazy {
        private final Input input;
        private final GzipMembers members;
        private WarcReader reader;
        private boolean started;
        private boolean finished;
        private int n;

        Records(Input input) {
            this.input = input;
            this.members = input.gzip() ? new GzipMembers(input.raw()) : null;
        }

        @Override
        public boolean archive() {
            return true;
        }

        @Override
        protected ReadItem computeNext() {
            while (!finished) {
                String label = input.name() + "#" + (n + 1);
                boolean counted = false;
                try {
                    if (reader == null) {
                        InputStream next = nextStream();
                        if (next == null) {
                            finished = true;
                            return null;
                        }
                        reader = new WarcReader(next);
                    }
                    Optional<WarcRecord> record = reader.next();
                    if (record.isEmpty()) {
                        reader = null; // the member (or the plain archive) is done
                        finished = members == null;
                        continue;
                    }
                    n++;
                    counted = true;
                    label = input.name() + "#" + n;
                    if (record.get() instanceof WarcTargetRecord t) {
                        label += " (" + t.target() + ")";
                    }
                    return item(record.get(), label);
                } catch (IOException | RuntimeException e) {
                    reader = null;
                    if (members == null || e instanceof EOFException) {
                        finished = true; // a plain archive has no way to find the next record; a cut one has none
                    }
                    if (!counted) {
                        n++; // the failure was in framing the next record: count it
                    }
                    return broken(label, e);
                }
            }
            return null;
        }

        private InputStream nextStream() throws IOException {
            if (members != null) {
                return members.next();
            }
            if (started) {
                return null;
            }
            started = true;
            return input.raw();
        }

        /** The error line for a record the archive could not read to its end. */
        private ReadItem broken(String record, Exception e) {
            if (e instanceof EOFException) {
                return ReadItem.Failed.record(record, "truncated archive: it ends inside this record");
            }
            if (e instanceof ZipException) {
                return ReadItem.Failed.record(record, "corrupt gzip: " + e.getMessage());
            }
            if (e instanceof ParsingException) {
                return ReadItem.Failed.record(record, "broken WARC record (" + firstLine(e.getMessage()) + ")");
            }
            return ReadItem.Failed.record(record, "cannot read: " + firstLine(String.valueOf(e.getMessage())));
        }

        @Override
        public void close() {
            if (members != null) {
                members.close();
            }
        }
    }

    /**
     * One record, {@code label} naming it: a page, a record passed over, or an error. Failures of the archive itself
     * (it ends, its compression is corrupt) are thrown: the records after it are affected too.
     */
    private ReadItem item(WarcRecord r, String label) throws EOFException, ZipException {
        String type = r.type() == null ? "unknown" : r.type().toLowerCase(Locale.ROOT);
        try {
            if (r instanceof WarcResponse resp) {
                return response(resp, label);
            }
            if (r instanceof WarcResource res) {
                String ct = r.headers().first("Content-Type").orElse(null);
                if (ct != null && !ContentTypes.isHtml(ct)) {
                    return new ReadItem.Passed(label, "not HTML (" + ContentTypes.base(ct) + ")");
                }
                return page(r, label, res.target(), readBody(r.body().stream(), label), ContentTypes.charset(ct), ct != null, List.of());
            }
        } catch (IngestException e) {
            return ReadItem.Failed.record(e.source(), e.problem());
        } catch (EOFException | ZipException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return ReadItem.Failed.record(label, "cannot read the record (" + firstLine(String.valueOf(e.getMessage())) + ")");
        }
        return new ReadItem.Passed(label, type);
    }

    private ReadItem response(WarcResponse resp, String label) throws IOException, IngestException {
        HttpResponse http;
        try {
            http = resp.http();
        } catch (IOException | RuntimeException e) {
            return ReadItem.Failed.record(label, "broken HTTP header (" + firstLine(String.valueOf(e.getMessage())) + ")");
        }
        int status = http.status();
        if (status >= 300 && status < 400) {
            return new ReadItem.Passed(label, "redirect");
        }
        if (status < 200 || status >= 300) {
            return new ReadItem.Passed(label, "HTTP " + status / 100 + "xx");
        }
        String ct = http.headers().first("Content-Type").orElse(null);
        if (ct != null && !ContentTypes.isHtml(ct)) {
            return new ReadItem.Passed(label, "not HTML (" + ContentTypes.base(ct) + ")");
        }
        byte[] body = readBody(http.bodyDecoded().stream(), label);
        List<String> warnings = new ArrayList<>();
        Optional<String> declared = http.headers().first("Content-Length");
        boolean encoded = http.headers().first("Content-Encoding").isPresent() || http.headers().first("Transfer-Encoding").isPresent();
        if (declared.isPresent() && !encoded) {
            long length;
            try {
                length = Long.parseLong(declared.get().strip());
            } catch (NumberFormatException e) {
                return ReadItem.Failed.record(label, "broken HTTP header (Content-Length '" + declared.get() + "' is not a number)");
            }
            if (body.length < length) {
                return ReadItem.Failed.record(label, String.format(Locale.ROOT,
                        "HTTP body shorter than its Content-Length (%,d of %,d bytes)", body.length, length));
            }
        }
        if (resp.headers().first("WARC-Truncated").isPresent()) {
            warnings.add(label + ": the crawler truncated this record (" + resp.headers().first("WARC-Truncated").get() + "); read as far as it goes");
        }
        return page(resp, label, resp.target(), body, ContentTypes.charset(ct), ct != null, warnings);
    }

    private ReadItem page(WarcRecord r, String label, String url, byte[] body, String charset, boolean typed, List<String> warnings)
            throws IngestException {
        if (body.length == 0 || body.length < 64 && new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            return new ReadItem.Passed(label, "empty");
        }
        if (!typed && FormatSniffer.markupKind(FormatSniffer.Head.of("", java.util.Arrays.copyOf(body, Math.min(body.length, 4096))).text())
                != FormatSniffer.Markup.HTML) {
            return new ReadItem.Passed(label, "not HTML (no type)");
        }
        Decoded d = HtmlDecoder.decode(body, charset, label);
        List<String> all = new ArrayList<>(warnings);
        if (d.warning() != null) {
            all.add(d.warning());
        }
        LocalDate fetched = r.date() == null ? null : r.date().atOffset(ZoneOffset.UTC).toLocalDate();
        RawMetadata meta = new RawMetadata(r.id() == null ? null : r.id().toString(), null, null, url, null, fetched);
        return new ReadItem.Read(label, new RawDocument(url, 0, d.text(), d.charset(), Layout.HTML, meta), all);
    }

    private byte[] readBody(InputStream in, String label) throws IOException, IngestException {
        try {
            return Bytes.readLimited(in, label, maxBytes);
        } catch (IngestException e) {
            throw new IngestException(label, String.format(Locale.ROOT,
                    "page too large (more than the %.1f MB limit; raise --max-file-mb to read it)", maxBytes / 1048576.0));
        }
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
