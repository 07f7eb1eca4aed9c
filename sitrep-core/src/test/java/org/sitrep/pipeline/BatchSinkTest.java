package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.testkit.HtmlPage;
import org.sitrep.testkit.WarcFixture;

/** Issue 8: one typed result per document, in order, and the moments a sink may make its results durable. */
class BatchSinkTest {
    @TempDir
    Path dir;

    /** Records everything a batch tells it, as lines. */
    private static final class Recorder implements DocumentSink {
        final List<String> events = new ArrayList<>();
        final List<InputSummary> summaries = new ArrayList<>();

        @Override
        public void accept(DocumentResult r) {
            events.add(r instanceof DocumentResult.Ok ok ? "ok " + ok.record() + " [" + ok.document().article().title() + "]"
                    : "skipped " + ((DocumentResult.Skipped) r).line() + (((DocumentResult.Skipped) r).wholeInput() ? " (whole input)" : ""));
        }

        @Override
        public void checkpoint() {
            events.add("checkpoint");
        }

        @Override
        public void inputDone(InputSummary s) {
            events.add("done " + s.input());
            summaries.add(s);
        }
    }

    private static String page(String title) {
        return HtmlPage.titled(title).paragraph("Negotiators met in Doha on Friday, officials said.").html();
    }

    private Batch batch() {
        return new Batch(new SourceReader(InputFormat.AUTO, 1 << 20), new ArticleCleaner(null), Pipeline.builder().build(), 2);
    }

    @Test
    void every_document_gets_a_typed_result_naming_input_and_record_and_each_input_ends_with_a_summary() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "Talks\n\nNegotiators met in Doha.\n");
        Path empty = Files.write(dir.resolve("b.txt"), new byte[0]);
        byte[] broken = "HTTP/1.1 2x0 O\u0000K\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Path warc = Files.write(dir.resolve("c.warc.gz"), WarcFixture.create().request("http://news.test/a").page("http://news.test/a", page("Talks"))
                .redirect("http://news.test/b", "http://news.test/a").body("http://news.test/r.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .raw("http://news.test/x", broken).page("http://news.test/c", page("Convoy")).gzip());
        Recorder sink = new Recorder();
        Batch.Outcome o = batch().runInputs(List.of(dir.toString()), sink, null);
        assertEquals(List.of(
                "ok " + text + " [Talks]", "done " + text,
                "skipped " + empty + ": empty file: no text to read (whole input)", "done " + empty,
                "ok " + warc + "#2 (http://news.test/a) [Talks]",
                "skipped " + warc + "#5 (http://news.test/x): broken HTTP header (invalid HTTP message at byte position 10: HTTP/1.1 2<-- HERE -->x0 O\\x00K\\r\\n\\r\\n (offset 0))",
                "ok " + warc + "#6 (http://news.test/c) [Convoy]", "done " + warc), sink.events);
        InputSummary s = sink.summaries.get(2);
        assertTrue(s.archive());
        assertEquals(Map.of("request", 1, "redirect", 1, "not HTML (application/pdf)", 1), s.passed());
        assertEquals(warc + ": 6 records: 2 articles, 1 skipped; passed over: 1 request, 1 redirect, 1 not HTML (application/pdf)", s.line());
        assertEquals(1, o.skippedFiles());
        assertEquals(1, o.skippedRecords());
        assertEquals(3, o.documents());
    }

    @Test
    void a_long_archive_is_checkpointed_every_thousand_documents() throws Exception {
        WarcFixture big = WarcFixture.create();
        for (int i = 0; i < 2500; i++) {
            big.page("http://news.test/" + i, page("Item " + i));
        }
        Path warc = Files.write(dir.resolve("big.warc.gz"), big.gzip());
        Recorder sink = new Recorder();
        batch().runInputs(List.of(warc.toString()), sink, null);
        assertEquals(List.of(1000, 2001, 2502), java.util.stream.IntStream.range(0, sink.events.size())
                .filter(i -> !sink.events.get(i).startsWith("ok ")).boxed().toList(), "two checkpoints, then the end of the input");
        assertThat(sink.events.get(999)).startsWith("ok " + warc + "#1000 ");
    }

    @Test
    void a_stopped_batch_delivers_what_it_started_and_leaves_the_partial_input_open() throws Exception {
        WarcFixture w = WarcFixture.create();
        for (int i = 0; i < 50; i++) {
            w.page("http://news.test/" + i, page("Item " + i));
        }
        Path warc = Files.write(dir.resolve("w.warc.gz"), w.gzip());
        Recorder sink = new Recorder();
        AtomicInteger asked = new AtomicInteger();
        batch().run(new SourceReader(InputFormat.AUTO, 1 << 20).sources(List.of(warc.toString())), sink, null, () -> asked.incrementAndGet() > 5);
        assertEquals(4, sink.events.size(), sink.events.toString());
        assertThat(sink.events).allMatch(e -> e.startsWith("ok "));
    }
}
