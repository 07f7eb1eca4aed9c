package org.sitrep.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.ReadItem;
import org.sitrep.ingest.RecordStream;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.testkit.HtmlPage;
import org.sitrep.testkit.WarcFixture;

/** Issue 8: WARC archives, record by record; what is not a page is counted, what is broken is one error line. */
class WarcArchiveReaderTest {
    @TempDir
    Path dir;

    private static final String PAGE = HtmlPage.titled("Talks resume in Doha").published("2024-09-27T08:15:00Z")
            .paragraph("Negotiators met in Doha on Friday, officials said.").html();

    private List<ReadItem> read(String name, byte[] bytes) throws Exception {
        Path f = Files.write(dir.resolve(name), bytes);
        List<ReadItem> items = new ArrayList<>();
        try (RecordStream r = new SourceReader(InputFormat.AUTO, 1 << 20).open(f)) {
            assertThat(r.archive()).isTrue();
            r.forEachRemaining(items::add);
        }
        return items;
    }

    private static WarcFixture mixed() {
        return WarcFixture.create().warcinfo()
                .request("http://news.test/a").page("http://news.test/a", PAGE)
                .redirect("http://news.test/old", "http://news.test/a")
                .body("http://news.test/report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1), "application/pdf")
                .revisit("http://news.test/a")
                .metadata("http://news.test/a");
    }

    @Test
    void html_responses_become_pages_and_the_rest_is_passed_over_by_reason() throws Exception {
        List<ReadItem> items = read("crawl.warc.gz", mixed().gzip());
        assertEquals(List.of("warcinfo", "request", "read", "redirect", "not HTML (application/pdf)", "revisit", "metadata"),
                items.stream().map(WarcArchiveReaderTest::kind).toList());
        ReadItem.Read page = (ReadItem.Read) items.get(2);
        RawDocument doc = page.document();
        assertEquals(dir.resolve("crawl.warc.gz") + "#3 (http://news.test/a)", page.record());
        assertEquals("http://news.test/a", doc.source());
        assertEquals(Layout.HTML, doc.layout());
        assertEquals("UTF-8", doc.charset());
        assertThat(doc.content()).contains("<p>Negotiators met in Doha on Friday, officials said.</p>");
        assertThat(doc.metadata().id()).startsWith("urn:uuid:");
        assertEquals(LocalDate.of(2024, 9, 28), doc.metadata().fetched(), "WARC-Date is a hint only");
        assertEquals(null, doc.metadata().published(), "never the publication date");
    }

    @Test
    void an_uncompressed_archive_reads_the_same() throws Exception {
        List<ReadItem> items = read("crawl.warc", mixed().plain());
        assertEquals(7, items.size());
        assertInstanceOf(ReadItem.Read.class, items.get(2));
    }

    @Test
    void a_broken_http_header_and_a_length_that_lies_are_error_lines_and_the_rest_goes_on() throws Exception {
        byte[] broken = "HTTP/1.1 2x0 O\u0000K\r\nContent-Type text/html\r\n\r\n<p>x</p>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] lies = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<p>Cut short.</p>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] warc = WarcFixture.create().raw("http://news.test/broken", broken).raw("http://news.test/lies", lies)
                .page("http://news.test/a", PAGE).gzip();
        List<ReadItem> items = read("bad.warc.gz", warc);
        Path f = dir.resolve("bad.warc.gz");
        assertThat(((ReadItem.Failed) items.get(0)).line()).startsWith(f + "#1 (http://news.test/broken): broken HTTP header (invalid HTTP message");
        assertEquals(f + "#2 (http://news.test/lies): HTTP body shorter than its Content-Length (17 of 5,000 bytes)",
                ((ReadItem.Failed) items.get(1)).line());
        assertInstanceOf(ReadItem.Read.class, items.get(2));
    }

    @Test
    void a_truncated_warc_gz_keeps_the_records_before_the_cut_and_says_where_it_ends() throws Exception {
        WarcFixture three = WarcFixture.create().page("http://news.test/1", PAGE).page("http://news.test/2", PAGE)
                .page("http://news.test/3", PAGE.replace("Doha", "Tyre"));
        byte[] full = three.gzip();
        List<ReadItem> items = read("cut.warc.gz", Arrays.copyOf(full, full.length - 200));
        assertEquals(List.of("read", "read", "failed"), items.stream().map(WarcArchiveReaderTest::kind).toList());
        assertEquals(dir.resolve("cut.warc.gz") + "#3 (http://news.test/3): truncated archive: it ends inside this record",
                ((ReadItem.Failed) items.get(2)).line());
    }

    @Test
    void a_damaged_gzip_member_costs_only_its_record() throws Exception {
        byte[] one = WarcFixture.create().page("http://news.test/1", PAGE).gzip();
        byte[] all = WarcFixture.create().page("http://news.test/1", PAGE).page("http://news.test/2", PAGE).page("http://news.test/3", PAGE).gzip();
        // Three identical-length members: spoil the middle one's deflate data.
        for (int i = one.length + 30; i < one.length + 60; i++) {
            all[i] = (byte) 0xFF;
        }
        List<ReadItem> items = read("damaged.warc.gz", all);
        assertEquals("read", kind(items.get(0)));
        assertEquals("failed", kind(items.get(1)));
        assertThat(((ReadItem.Failed) items.get(1)).problem()).startsWith("corrupt gzip");
        assertEquals("http://news.test/3", ((ReadItem.Read) items.get(items.size() - 1)).document().source());
    }

    @Test
    void a_page_in_windows_1256_without_a_charset_is_decoded_from_its_bytes() throws Exception {
        String arabic = HtmlPage.titled("محادثات").charset(null).paragraph("قال مسؤولون إن المحادثات ستستأنف في الدوحة يوم الاثنين.").html();
        byte[] warc = WarcFixture.create().body("http://news.test/ar", arabic.getBytes(Charset.forName("windows-1256")), "text/html").gzip();
        ReadItem.Read r = (ReadItem.Read) read("ar.warc.gz", warc).get(0);
        assertEquals("windows-1256", r.document().charset());
        assertThat(r.document().content()).contains("المحادثات ستستأنف في الدوحة");
        assertThat(r.warnings()).singleElement().asString().contains(": not UTF-8 (first bad byte at ").endsWith("); decoded as windows-1256");
    }

    @Test
    void a_page_over_the_limit_is_an_error_line_and_the_next_record_is_read() throws Exception {
        String huge = "<html><body><p>" + "Talks went on. ".repeat(100_000) + "</p></body></html>";
        byte[] warc = WarcFixture.create().page("http://news.test/huge", huge).page("http://news.test/a", PAGE).gzip();
        List<ReadItem> items = read("huge.warc.gz", warc);
        assertEquals(dir.resolve("huge.warc.gz") + "#1 (http://news.test/huge): page too large (more than the 1.0 MB limit; raise --max-file-mb to read it)",
                ((ReadItem.Failed) items.get(0)).line());
        assertInstanceOf(ReadItem.Read.class, items.get(1));
    }

    @Test
    void records_are_read_lazily_one_at_a_time() throws Exception {
        WarcFixture many = WarcFixture.create();
        for (int i = 0; i < 500; i++) {
            many.page("http://news.test/" + i, PAGE);
        }
        Path f = Files.write(dir.resolve("many.warc.gz"), many.gzip());
        try (RecordStream r = new SourceReader(InputFormat.WARC, 1 << 20).open(f)) {
            assertEquals("http://news.test/0", ((ReadItem.Read) r.next()).document().source());
            assertEquals("http://news.test/1", ((ReadItem.Read) r.next()).document().source());
        }
    }

    static String kind(ReadItem item) {
        if (item instanceof ReadItem.Read) {
            return "read";
        }
        if (item instanceof ReadItem.Failed) {
            return "failed";
        }
        return ((ReadItem.Passed) item).reason();
    }
}
