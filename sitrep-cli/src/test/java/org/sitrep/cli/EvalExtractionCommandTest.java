package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionCommandTest {
    private static final String BODY = "Officials said the convoy reached the border crossing on Monday, after a delay of three days, and aid "
            + "workers began unloading food, water and medicine for the residents of the villages nearby.";

    private static void page(Path dir, String id) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String html = "<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav><article><h1>Convoy</h1><p>" + BODY + "</p><p>" + BODY
                + "</p></article><footer>Copyright Example News</footer></body></html>";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scores_sitrep_and_both_peers_on_every_split(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p0\": {\"articleBody\": \"" + BODY + "\\n\\n" + BODY + "\"},"
                + " \"p1\": {\"articleBody\": \"" + BODY + "\\n\\n" + BODY + "\"}}");
        page(dir, "p0");
        page(dir, "p1");
        Path saved = dir.resolve("sitrep.json");
        Cli r = Cli.run("eval", "extraction", "--benchmark", dir.toString(), "--show", "1", "--save", saved.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 pages; dev = index % 4 == 0 (1 pages)"), r.out());
        assertTrue(r.out().matches("(?s).*\\nsitrep +all +2 +1\\.000 +1\\.000 +1\\.000 +1\\.000 .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\nreadability4j +test +1 .*"), r.out());
        // The peers ran (Readability4J on this jsoup version, boilerpipe with nekohtml) and found the article.
        assertTrue(!r.out().contains("pages failed") && r.err().isEmpty(), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*\\nreadability4j +all +2 +0\\.[5-9]\\d\\d .*|(?s).*\\nreadability4j +all +2 +1\\.000 .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\nboilerpipe +all +2 +0\\.[5-9]\\d\\d .*|(?s).*\\nboilerpipe +all +2 +1\\.000 .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\nboilerpipe +dev +1 .*"), r.out());
        assertTrue(r.out().contains("sitrep's 1 worst pages (split test):\n#1 p1"), r.out());
        JsonNode json = new ObjectMapper().readTree(saved.toFile());
        assertEquals(BODY + "\n\n" + BODY, json.path("p1").path("articleBody").asText());
    }

    @Test
    void a_missing_benchmark_folder_is_a_usage_error_naming_it(@TempDir Path dir) {
        Cli r = Cli.run("eval", "extraction", "--benchmark", dir.resolve("nowhere").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("sitrep eval extraction: no benchmark folder at '" + dir.resolve("nowhere") + "'; give --benchmark"), r.err());
    }

    @Test
    void help_names_the_peers_and_the_split() {
        Cli r = Cli.run("eval", "extraction", "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Readability4J") && r.out().contains("boilerpipe") && r.out().contains("dev, test, all"), r.out());
    }
}
