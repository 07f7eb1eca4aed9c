package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark (scrapinghub's layout): {@code ground-truth.json} maps each page id to its
 * {@code articleBody} and {@code url}, and {@code html/<id>.html.gz} holds the saved page. Pages keep the order of the
 * ground-truth file, which fixes the dev/test split ({@link Split}). A page whose HTML file is missing is listed in
 * {@link #problems()} and left out.
 *
 * @param dir      the benchmark folder
 * @param pages    the pages, in ground-truth order
 * @param problems one line per page left out, naming the file
 */
public record ExtractionBenchmark(Path dir, List<Page> pages, List<String> problems) {
    /** One page: its id, URL (or null), gold body and the gzipped HTML file. */
    public record Page(String id, String url, String goldBody, Path html) {
        /** The saved page's bytes, ungzipped. */
        public byte[] bytes() throws IOException {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                return in.readAllBytes();
            }
        }
    }

    public ExtractionBenchmark {
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
    }

    /** Reads {@code dir/ground-truth.json} and finds each page's HTML file. */
    public static ExtractionBenchmark read(Path dir) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) {
            throw new IOException(dir + ": no ground-truth.json in the benchmark folder");
        }
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        if (!root.isObject()) {
            throw new IOException(truth + ": expected a JSON object mapping page ids to {articleBody, url}");
        }
        List<Page> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) {
                problems.add(truth + ": page '" + e.getKey() + "': no HTML file " + html);
                continue;
            }
            JsonNode url = e.getValue().get("url");
            pages.add(new Page(e.getKey(), url == null || url.isNull() ? null : url.asText(), e.getValue().path("articleBody").asText(""), html));
        }
        return new ExtractionBenchmark(dir, pages, problems);
    }
}
