package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** Issue 5: English news is never turned away. Reads ../shared by path: the seed dump and every BBC article. */
class EnglishSamplesIT {
    private static Path shared() {
        return Path.of(System.getProperty("sitrep.shared", "../../shared"));
    }

    private static List<String> notEnglish(List<Path> files, InputFormat format) throws Exception {
        SourceReader reader = new SourceReader(format, SourceReader.DEFAULT_MAX_BYTES);
        ArticleCleaner cleaner = new ArticleCleaner(null);
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            for (RawDocument raw : reader.read(f).documents()) {
                Article a = cleaner.clean(raw);
                if (!a.language().equals("en")) {
                    wrong.add(raw.source() + " → " + a.language());
                }
            }
        }
        return wrong;
    }

    private static List<Path> txt(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void every_sample_article_is_english() throws Exception {
        Path samples = shared().resolve("samples");
        assumeTrue(Files.isDirectory(samples), "needs ../shared/samples");
        List<Path> files = txt(samples);
        assumeTrue(!files.isEmpty());
        assertEquals(List.of(), notEnglish(files, InputFormat.AUTO));
    }

    @Test
    void every_bbc_article_is_english() throws Exception {
        Path bbc = shared().resolve("eval/bbc-news");
        assumeTrue(Files.isDirectory(bbc), "needs ../shared/eval/bbc-news");
        List<Path> files = txt(bbc).stream().filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.TXT")).toList();
        assertEquals(List.of(), notEnglish(files, InputFormat.TEXT));
    }
}
