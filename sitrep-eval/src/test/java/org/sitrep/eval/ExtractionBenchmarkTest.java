package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchmarkTest {
    static void gz(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void pages_keep_the_ground_truth_order_and_a_missing_file_is_a_problem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), "{\"zz\": {\"articleBody\": \"Last first.\", \"url\": \"https://a.example/1\"},"
                + " \"aa\": {\"articleBody\": \"Second.\"}, \"mm\": {\"articleBody\": \"No file.\"}}");
        gz(dir.resolve("html/zz.html.gz"), "<p>Last first.</p>");
        gz(dir.resolve("html/aa.html.gz"), "<p>Second.</p>");
        ExtractionBenchmark b = ExtractionBenchmark.read(dir);
        assertEquals(List.of("zz", "aa"), b.pages().stream().map(ExtractionBenchmark.Page::id).toList());
        assertEquals("https://a.example/1", b.pages().get(0).url());
        assertEquals(null, b.pages().get(1).url());
        assertEquals("<p>Second.</p>", new String(b.pages().get(1).bytes(), StandardCharsets.UTF_8));
        assertEquals(1, b.problems().size());
        assertTrue(b.problems().get(0).contains("page 'mm': no HTML file"), b.problems().get(0));
    }

    @Test
    void a_folder_without_ground_truth_is_refused_naming_it(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> ExtractionBenchmark.read(dir));
        assertEquals(dir + ": no ground-truth.json in the benchmark folder", e.getMessage());
    }
}
