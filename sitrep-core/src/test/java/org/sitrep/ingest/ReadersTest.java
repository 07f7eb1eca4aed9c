package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.feed.FeedReader;
import org.sitrep.ingest.html.HtmlReader;
import org.sitrep.ingest.warc.WarcArchiveReader;

/** Issue 8: formats are registered in one place, named by --input-format, and found by AUTO from the input's start. */
class ReadersTest {
    private static DocumentReader detect(String name, String start) throws IngestException {
        return Readers.detect(name, FormatSniffer.Head.of(name, start.getBytes(StandardCharsets.UTF_8)), ReaderSettings.DEFAULT);
    }

    @Test
    void the_registry_names_every_format_after_auto() {
        assertEquals(List.of("auto", "warc", "rss", "html", "jsonl", "dump", "text"), Readers.names());
    }

    @Test
    void an_unknown_format_is_refused_naming_the_known_ones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFormat.of("pdf"));
        assertEquals("Unknown input format 'pdf' (known: auto, warc, rss, html, jsonl, dump, text)", e.getMessage());
        assertEquals(InputFormat.WARC, InputFormat.of("WARC"));
    }

    @Test
    void auto_finds_each_format_from_the_start_of_the_input() throws Exception {
        assertInstanceOf(WarcArchiveReader.class, detect("x", "WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
        assertInstanceOf(WarcArchiveReader.class, detect("crawl.warc", ""));
        assertInstanceOf(FeedReader.class, detect("x", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"));
        assertInstanceOf(FeedReader.class, detect("x", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertInstanceOf(HtmlReader.class, detect("x", "<!DOCTYPE html>\n<html>"));
        assertInstanceOf(HtmlReader.class, detect("saved.htm", "<div>a fragment</div>"));
        assertInstanceOf(JsonlReader.class, detect("x", "{\"text\": \"Negotiators met.\"}\n"));
        assertInstanceOf(PlainReader.class, detect("x", "Talks resume\n\nNegotiators met.\n"));
    }

    @Test
    void auto_still_refuses_what_no_reader_reads() {
        IngestException xml = assertThrows(IngestException.class, () -> detect("doc.tml", "<?xml version=\"1.0\"?>\n<TimeML>"));
        assertEquals("doc.tml: an XML document; Sitrep cannot read XML yet (use --input-format text to read it as plain text)", xml.getMessage());
        IngestException pdf = assertThrows(IngestException.class, () -> detect("a.pdf", "%PDF-1.7\n"));
        assertThat(pdf.getMessage()).isEqualTo("a.pdf: a PDF document; Sitrep cannot read PDF (extract its text first)");
    }
}
