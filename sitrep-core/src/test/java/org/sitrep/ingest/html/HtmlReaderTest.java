package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.ReadResult;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.testkit.HtmlPage;

/** Issue 8: saved pages, read as pages and extracted in the clean stage, offsets back into the HTML. */
class HtmlReaderTest {
    @TempDir
    Path dir;

    private final SourceReader auto = new SourceReader(InputFormat.AUTO, SourceReader.DEFAULT_MAX_BYTES);
    private final ArticleCleaner cleaner = new ArticleCleaner(LocalDate.of(2025, 1, 1));

    private static final HtmlPage PAGE = HtmlPage.titled("Talks resume in Doha").published("2024-09-27T08:15:00Z")
            .caption("Delegates arrive in Doha. (Wire Photo)")
            .paragraph("Negotiators met in Doha on Friday, officials said.")
            .paragraph("The talks will go on &amp; resume next week.");

    private RawDocument one(Path f) throws Exception {
        ReadResult r = auto.read(f);
        assertEquals(List.of(), r.errors());
        assertEquals(1, r.documents().size());
        return r.documents().get(0);
    }

    @Test
    void a_saved_page_is_one_html_document_whose_article_the_cleaner_extracts() throws Exception {
        Path f = Files.writeString(dir.resolve("talks.html"), PAGE.html());
        RawDocument raw = one(f);
        assertEquals(Layout.HTML, raw.layout());
        Article a = cleaner.clean(raw);
        assertEquals("Talks resume in Doha", a.title());
        assertEquals("Negotiators met in Doha on Friday, officials said.\n\nThe talks will go on & resume next week.", a.text());
        assertEquals(List.of("Delegates arrive in Doha. (Wire Photo)"), a.captions().stream().map(c -> c.text()).toList());
        assertEquals("Example Wire", a.outlet());
    }

    @Test
    void a_date_in_the_page_metadata_is_published_with_source_metadata_over_the_given_date() throws Exception {
        Article a = cleaner.clean(one(Files.writeString(dir.resolve("p.htm"), PAGE.html())));
        assertEquals(LocalDate.of(2024, 9, 27), a.published().date());
        assertEquals(DateSource.METADATA, a.published().source());
    }

    @Test
    void offsets_map_the_body_back_into_the_html() throws Exception {
        String html = PAGE.html();
        Article a = cleaner.clean(one(Files.writeString(dir.resolve("p.html"), html)));
        int at = a.text().indexOf("officials");
        int raw = a.rawOffsets().toRaw(at);
        assertEquals("officials", html.substring(raw, raw + "officials".length()));
        int next = a.text().indexOf("resume next");
        assertEquals("resume next", html.substring(a.rawOffsets().toRaw(next), a.rawOffsets().toRaw(next) + 11));
    }

    @Test
    void gzip_pages_and_folders_of_pages_are_read() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(PAGE.html().getBytes(StandardCharsets.UTF_8));
        }
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.write(pages.resolve("a.html.gz"), bytes.toByteArray());
        Files.writeString(pages.resolve("b.htm"), PAGE.html());
        SourceReader html = new SourceReader(InputFormat.HTML, SourceReader.DEFAULT_MAX_BYTES);
        assertEquals(2, html.sources(List.of(pages.toString())).size());
        assertEquals(Layout.HTML, html.read(pages.resolve("a.html.gz")).documents().get(0).layout());
    }

    @Test
    void a_page_in_windows_1256_without_a_charset_is_decoded_from_its_bytes() throws Exception {
        String arabic = HtmlPage.titled("محادثات").charset(null)
                .paragraph("قال مسؤولون إن المحادثات ستستأنف في الدوحة يوم الاثنين المقبل بعد توقف طويل.").html();
        Path f = Files.write(dir.resolve("ar.html"), arabic.getBytes(Charset.forName("windows-1256")));
        ReadResult r = auto.read(f);
        assertEquals("windows-1256", r.documents().get(0).charset());
        assertEquals(List.of(f + ": not UTF-8 (first bad byte at 47); decoded as windows-1256"), r.warnings());
        Article a = cleaner.clean(r.documents().get(0));
        assertThat(a.text()).contains("المحادثات ستستأنف في الدوحة");
        assertEquals("ar", a.language());
    }

    @Test
    void malformed_and_ten_thousand_levels_deep_html_is_read_without_overflowing_the_stack() throws Exception {
        String deep = "<html><body>" + "<div>".repeat(10_000) + "<p>Deep in the page, the envoy spoke.</p>" + "</div>".repeat(10_000) + "</body></html>";
        Article a = cleaner.clean(one(Files.writeString(dir.resolve("deep.html"), deep)));
        assertEquals("Deep in the page, the envoy spoke.", a.text());
        String broken = "<html><body><p>Unclosed <b>bold <p>Second <table><tr><td>cell</p></div></span><p>Third</body>";
        Article b = cleaner.clean(one(Files.writeString(dir.resolve("broken.html"), broken)));
        assertThat(b.text()).contains("Unclosed bold", "Second", "Third");
    }

    @Test
    void a_page_just_under_the_limit_is_read_and_one_over_it_is_refused() throws Exception {
        StringBuilder sb = new StringBuilder("<html><head><title>Long</title></head><body>\n");
        String p = "<p>" + "The envoy spoke again about the crossing and the convoy. ".repeat(20) + "</p>\n";
        while (sb.length() < 19 * 1024 * 1024) {
            sb.append(p);
        }
        sb.append("</body></html>\n");
        Path big = Files.writeString(dir.resolve("big.html"), sb);
        Article a = cleaner.clean(one(big));
        assertThat(a.text().length()).isGreaterThan(15_000_000);
        Path over = Files.writeString(dir.resolve("over.html"), sb.toString() + p.repeat(20_000));
        IngestException e = assertThrows(IngestException.class, () -> auto.read(over));
        assertThat(e.getMessage()).startsWith(over + ": file too large (");
    }
}
