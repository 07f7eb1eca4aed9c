package org.sitrep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.ReadItem;
import org.sitrep.ingest.RecordStream;
import org.sitrep.ingest.SourceReader;
import org.sitrep.ingest.html.ExtractedPage;
import org.sitrep.ingest.html.HtmlArticleExtractor;

/**
 * WARC throughput, extraction only, on one thread: pages per second from a {@code .warc.gz} through the WARC reader
 * (gzip member by member, jwarc records, HTTP parsing, charset decoding) and the HTML extractor the clean stage uses,
 * with no analysis after it. The archive is made at run time, in a temporary file deleted afterwards, from the article
 * extraction benchmark's pages ({@code html/*.html.gz}): each page as a crawler writes it, a request record then a
 * 200 response, the set repeated {@code copies} times under distinct URLs. After {@value #WARM_UP} untimed passes,
 * {@value #ROUNDS} timed passes; the median is reported, with the reading alone and the peak heap.
 * Usage: WarcBench &lt;dir holding html/*.html.gz&gt; [copies=5]
 */
public final class WarcBench {
    static final int WARM_UP = 2;
    static final int ROUNDS = 5;

    private WarcBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: WarcBench <article-extraction dir> [copies=5]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).resolve("html");
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(in.readAllBytes());
                }
            }
        }
        Path warc = Files.createTempFile("sitrep-bench-", ".warc.gz");
        try {
            long htmlBytes = write(warc, pages, copies);
            int expected = pages.size() * copies;
            System.out.printf(Locale.ROOT, "warc: %d pages (%d from %s, %d copies) as request+response records, %.1f MB of HTML, %.1f MB .warc.gz; "
                    + "one thread, %d warm-up passes, median of %d rounds%n", expected, pages.size(), dir, copies, htmlBytes / 1e6,
                    Files.size(warc) / 1e6, WARM_UP, ROUNDS);
            HtmlArticleExtractor extractor = HtmlArticleExtractor.standard();
            for (int i = 0; i < WARM_UP; i++) {
                pass(warc, extractor);
                pass(warc, null);
            }
            double[] extract = new double[ROUNDS];
            double[] read = new double[ROUNDS];
            long chars = 0;
            for (int i = 0; i < ROUNDS; i++) {
                Pass e = pass(warc, extractor);
                Pass r = pass(warc, null);
                extract[i] = e.pages / (e.nanos / 1e9);
                read[i] = r.pages / (r.nanos / 1e9);
                chars = e.chars;
                if (e.pages != expected) {
                    throw new IllegalStateException("read " + e.pages + " pages, expected " + expected);
                }
            }
            System.out.printf(Locale.ROOT, "read + extract : %.1f pages/s (%.1f MB of HTML/s), %,d characters of article text%n",
                    median(extract), median(extract) * htmlBytes / expected / 1e6, chars);
            System.out.printf(Locale.ROOT, "read only      : %.1f pages/s (gunzip, WARC and HTTP parsing, charset decoding)%n", median(read));
            System.out.printf(Locale.ROOT, "peak heap      : %.0f MB%n", peakHeap() / 1e6);
        } finally {
            Files.deleteIfExists(warc);
        }
    }

    /** What one pass over the archive did. */
    private record Pass(int pages, long chars, long nanos) {}

    private static Pass pass(Path warc, HtmlArticleExtractor extractor) throws Exception {
        long t0 = System.nanoTime();
        int pages = 0;
        long chars = 0;
        try (RecordStream records = new SourceReader(InputFormat.WARC, SourceReader.DEFAULT_MAX_BYTES).open(warc)) {
            while (records.hasNext()) {
                if (records.next() instanceof ReadItem.Read r) {
                    pages++;
                    if (extractor != null) {
                        ExtractedPage a = extractor.extract(r.document().content(), r.document().source());
                        chars += a.text().length();
                    }
                }
            }
        }
        return new Pass(pages, chars, System.nanoTime() - t0);
    }

    /** Writes the archive; returns the bytes of HTML it holds. */
    private static long write(Path warc, List<byte[]> pages, int copies) throws IOException {
        long bytes = 0;
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int c = 0; c < copies; c++) {
                for (int i = 0; i < pages.size(); i++) {
                    URI uri = URI.create("http://bench.test/" + c + "/" + i + ".html");
                    String get = "GET " + uri.getPath() + " HTTP/1.1\r\nHost: bench.test\r\n\r\n";
                    w.write(new WarcRequest.Builder(uri).body(MediaType.HTTP_REQUEST, get.getBytes(StandardCharsets.ISO_8859_1)).build());
                    byte[] page = pages.get(i);
                    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + page.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1);
                    byte[] http = Arrays.copyOf(head, head.length + page.length);
                    System.arraycopy(page, 0, http, head.length, page.length);
                    w.write(new WarcResponse.Builder(uri).body(MediaType.HTTP_RESPONSE, http).build());
                    bytes += page.length;
                }
            }
        }
        return bytes;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
