package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Layout;

class SourceReaderTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader(InputFormat.AUTO, 1024 * 1024);

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void gzip_files_are_read() throws Exception {
        Path f = dir.resolve("a.txt.gz");
        Files.write(f, gzip("Title\n\nThe envoy met the speaker.\n"));
        ReadResult r = reader.read(f);
        assertEquals(1, r.documents().size());
        assertEquals(Layout.TEXT, r.documents().get(0).layout());
    }

    @Test
    void truncated_gzip_is_an_error_naming_the_file() throws Exception {
        byte[] full = gzip("Title\n\n" + "The envoy met the speaker. ".repeat(200));
        Path f = dir.resolve("cut.txt.gz");
        Files.write(f, Arrays.copyOf(full, full.length / 2));
        IngestException e = assertThrows(IngestException.class, () -> reader.read(f));
        assertThat(e.getMessage()).startsWith(f + ": truncated gzip");
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read() throws Exception {
        Path f = dir.resolve("big.txt");
        Files.write(f, new byte[2 * 1024 * 1024]);
        IngestException e = assertThrows(IngestException.class, () -> reader.read(f));
        assertEquals(f + ": file too large (2.0 MB over the 1.0 MB limit; raise --max-file-mb to read it)", e.getMessage());
    }

    @Test
    void a_missing_file_is_named() {
        Path f = dir.resolve("nope.txt");
        IngestException e = assertThrows(IngestException.class, () -> reader.read(f));
        assertEquals(f + ": no such file", e.getMessage());
    }

    @Test
    void jsonl_reads_good_lines_and_names_bad_ones() throws Exception {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"The envoy met the speaker.\",\"title\":\"Met\",\"published\":\"2024-11-22\"}\n"
                + "{not json\n"
                + "{\"id\":\"c\",\"title\":\"no text\"}\n"
                + "{\"id\":\"d\",\"text\":\"Talks resumed.\"}\n");
        ReadResult r = reader.read(f);
        assertEquals(2, r.documents().size());
        assertEquals(2, r.errors().size());
        assertThat(r.errors().get(0)).startsWith(f + ":2: malformed JSON");
        assertEquals(f + ":3: no 'text' field", r.errors().get(1));
        assertEquals(java.time.LocalDate.of(2024, 11, 22), r.documents().get(0).metadata().published());
    }

    @Test
    void auto_reads_a_scraped_dump_as_several_articles() throws Exception {
        Path f = dir.resolve("dump.txt");
        Files.writeString(f, DumpSplitterTest.DUMP);
        ReadResult r = reader.read(f);
        assertEquals(2, r.documents().size());
        assertEquals(Layout.DUMP, r.documents().get(1).layout());
        assertEquals(f + "#2", r.documents().get(1).source());
    }
}
