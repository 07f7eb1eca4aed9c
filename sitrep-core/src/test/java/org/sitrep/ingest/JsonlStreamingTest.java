package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8: JSON Lines is read line by line; the size limit applies to each line, and a bad line costs only itself. */
class JsonlStreamingTest {
    @TempDir
    Path dir;

    private List<ReadItem> read(Path f, long maxBytes) throws Exception {
        List<ReadItem> items = new ArrayList<>();
        try (RecordStream r = new SourceReader(InputFormat.AUTO, maxBytes).open(f)) {
            r.forEachRemaining(items::add);
        }
        return items;
    }

    private static String line(String id, String text) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n";
    }

    @Test
    void a_file_larger_than_the_limit_is_read_when_each_line_fits() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append(line("a" + i, "The envoy spoke for the " + i + "th time about the crossing."));
        }
        Path f = Files.writeString(dir.resolve("big.jsonl"), sb);
        List<ReadItem> items = read(f, 64 * 1024);
        assertEquals(3000, items.size());
        assertEquals(f + ":3000", items.get(2999).record());
    }

    @Test
    void a_line_over_the_limit_is_an_error_naming_it_and_the_next_lines_are_read() throws Exception {
        Path f = Files.writeString(dir.resolve("feed.jsonl"), line("a", "Short.") + line("b", "x".repeat(5000)) + line("c", "Also short."));
        List<ReadItem> items = read(f, 1024);
        assertEquals(f + ":2: record too large (more than the 0.0 MB limit; raise --max-file-mb to read it)", ((ReadItem.Failed) items.get(1)).line());
        assertEquals("c", ((ReadItem.Read) items.get(2)).document().metadata().id());
    }

    @Test
    void a_line_of_broken_utf8_costs_only_that_line() throws Exception {
        byte[] good = line("a", "Caf\u00e9 talks.").getBytes(StandardCharsets.UTF_8);
        // a three-byte sequence (E2 80 93, an en dash) cut short before the closing quote
        byte[] cut = "{\"id\":\"b\",\"text\":\"Beirut \u00e2\u0080\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("mixed.jsonl"), concat(good, cut, line("c", "Fine.").getBytes(StandardCharsets.UTF_8)));
        List<ReadItem> items = read(f, 1 << 20);
        assertInstanceOf(ReadItem.Read.class, items.get(0));
        assertEquals(f + ":2: invalid UTF-8 (the line is truncated or corrupted)", ((ReadItem.Failed) items.get(1)).line());
        assertInstanceOf(ReadItem.Read.class, items.get(2));
    }

    @Test
    void a_legacy_charset_is_chosen_from_the_start_with_one_warning() throws Exception {
        byte[] bytes = (line("a", "The envoy said \u201cno\u201d.") + line("b", "Twice.")).getBytes(Charset.forName("windows-1252"));
        Path f = Files.write(dir.resolve("w.jsonl"), bytes);
        List<ReadItem> items = read(f, 1 << 20);
        ReadItem.Read a = (ReadItem.Read) items.get(0);
        assertEquals("The envoy said \u201cno\u201d.", a.document().content());
        assertEquals(List.of(f + ": not UTF-8 (first bad byte at 33); decoded as windows-1252"), a.warnings());
        assertEquals(List.of(), ((ReadItem.Read) items.get(1)).warnings());
    }

    @Test
    void a_truncated_gzip_keeps_the_lines_before_the_cut() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append(line("a" + i, "Line " + i + " of a long export, with some words to make it compress less: " + Integer.toHexString(i * 7919)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] full = bytes.toByteArray();
        Path f = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(full, full.length / 2));
        List<ReadItem> items = read(f, 1 << 20);
        ReadItem.Failed last = (ReadItem.Failed) items.get(items.size() - 1);
        assertEquals(f.toString(), last.record());
        assertEquals(true, last.problem().startsWith("truncated gzip: the compressed stream ends early after line "));
        assertEquals(true, items.size() > 100, "the lines before the cut are read");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
