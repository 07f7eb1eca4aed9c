package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testkit.Pathological;

/**
 * The robustness suite at CI sizes (issue 5): every pathological kind at a small size and at four times that size
 * goes through the whole pipeline. Each must complete with valid output (spans agree with the text, links point at
 * claims, at most three links per claim), and nothing may grow faster than the input: output and link counts at 4n
 * stay within 6x those at n. Full sizes, time and memory are the robustness benchmark's job (docs/benchmarks.md).
 */
class RobustnessIT {
    private static final Map<Pathological, Integer> SMALL = new EnumMap<>(Map.of(
            Pathological.GIANT_TOKEN, 50_000, Pathological.LONG_SENTENCE, 400, Pathological.QUOTE_MARKS, 300,
            Pathological.DEEP_NESTING, 40, Pathological.MANY_CLAIMS, 40, Pathological.ALL_CAPTIONS, 100, Pathological.TINY_ARTICLES, 40));

    @TempDir
    static Path dir;
    private static Pipeline pipeline;
    private static final Map<String, Run> runs = new java.util.HashMap<>();

    /** What one document file gave. */
    record Run(List<Document> docs, List<String> errors, List<String> warnings) {
        long jsonChars() {
            return docs.stream().mapToLong(d -> DocumentJson.write(d, false).length()).sum();
        }

        long links() {
            return docs.stream().mapToLong(d -> d.links().size()).sum();
        }

        long claims() {
            return docs.stream().mapToLong(d -> d.claims().size()).sum();
        }
    }

    @BeforeAll
    static void runAll() throws Exception {
        pipeline = Sitrep.pipeline();
        for (Pathological kind : Pathological.values()) {
            for (int n : new int[] {SMALL.get(kind), 4 * SMALL.get(kind)}) {
                Path f = dir.resolve(kind.fileName(n));
                Files.writeString(f, kind.text(n));
                List<Document> docs = new ArrayList<>();
                List<String> errors = new ArrayList<>();
                List<String> warnings = new ArrayList<>();
                new Batch(new SourceReader(InputFormat.AUTO, SourceReader.DEFAULT_MAX_BYTES), new ArticleCleaner(null), pipeline, 2,
                        new Batch.Limits(Batch.DEFAULT_MAX_ARTICLE_CHARS, Duration.ofSeconds(60)))
                        .run(List.of(f), new Batch.Sinks(docs::add, errors::add, warnings::add, null));
                runs.put(f.getFileName().toString(), new Run(docs, errors, warnings));
            }
        }
    }

    private static Run run(Pathological kind, int factor) {
        return runs.get(kind.fileName(factor * SMALL.get(kind)));
    }

    @Test
    void every_kind_completes_at_both_sizes_with_nothing_given_up() {
        for (Pathological kind : Pathological.values()) {
            for (int factor : new int[] {1, 4}) {
                Run r = run(kind, factor);
                assertThat(r.errors()).as("%s x%d", kind, factor).noneMatch(e -> e.contains("gave up") || e.contains("memory") || e.contains("stack"));
                if (kind == Pathological.ALL_CAPTIONS) {
                    // Nothing but captions: no body to analyse, and the batch says so, naming the article.
                    assertThat(r.errors()).singleElement().asString().endsWith(kind.fileName(factor * SMALL.get(kind))
                            + ": no article text (only a title or captions)");
                } else {
                    assertThat(r.docs()).as("%s x%d documents", kind, factor).isNotEmpty();
                }
            }
        }
    }

    @Test
    void every_output_is_valid_json_whose_spans_agree_with_the_text() throws Exception {
        for (Run r : runs.values()) {
            for (Document d : r.docs()) {
                JsonNode json = DocumentJson.mapper().readTree(DocumentJson.write(d, false));
                String text = json.get("text").asText();
                checkSpans(json, text, d.article().source());
                java.util.Set<String> claims = new java.util.HashSet<>();
                json.get("claims").forEach(c -> claims.add(c.get("id").asText()));
                for (JsonNode l : json.get("links")) {
                    assertThat(claims).contains(l.get("from").asText(), l.get("to").asText());
                }
                Map<String, Integer> perClaim = new java.util.HashMap<>();
                json.get("links").forEach(l -> perClaim.merge(l.get("from").asText(), 1, Integer::sum));
                assertThat(perClaim.values()).as(d.article().source()).allMatch(k -> k <= 3);
            }
        }
    }

    @Test
    void output_and_links_grow_no_faster_than_the_input() {
        for (Pathological kind : Pathological.values()) {
            Run small = run(kind, 1);
            Run large = run(kind, 4);
            assertThat(large.jsonChars()).as("%s output", kind).isLessThanOrEqualTo(6 * small.jsonChars());
            // Links are capped per claim, so they grow as the claims do; where every claim resembles every other (random
            // words), the small input has too few claims to fill the cap, so compare claims, and links against the cap.
            assertThat(large.claims()).as("%s claims", kind).isLessThanOrEqualTo(6 * small.claims() + 10);
            assertThat(large.links()).as("%s links", kind).isLessThanOrEqualTo(3 * large.claims());
        }
    }

    @Test
    void absurd_tokens_and_sentences_are_reported_as_warnings_naming_the_file() {
        assertThat(run(Pathological.GIANT_TOKEN, 1).warnings()).singleElement().asString()
                .contains(Pathological.GIANT_TOKEN.fileName(SMALL.get(Pathological.GIANT_TOKEN)) + ": annotate: skipped 1 token longer than 200 characters");
        assertThat(run(Pathological.LONG_SENTENCE, 4).warnings()).singleElement().asString()
                .contains(": annotate: split 1 sentence longer than 200 words");
    }

    @Test
    void many_claims_in_one_document_keep_a_bounded_number_of_links() {
        Run r = run(Pathological.MANY_CLAIMS, 4);
        Document d = r.docs().get(0);
        assertThat(d.claims().size()).isGreaterThanOrEqualTo(150);
        assertThat(d.links().size()).isLessThanOrEqualTo(3 * d.claims().size());
    }

    @Test
    void a_dump_of_tiny_articles_gives_one_document_per_article_in_order() {
        Run r = run(Pathological.TINY_ARTICLES, 4);
        assertEquals(160, r.docs().size() + r.errors().size(), String.join("\n", r.errors()));
        assertEquals("Brief 1 From Mosul", r.docs().get(0).article().title());
    }

    private static void checkSpans(JsonNode node, String text, String source) {
        if (node.isObject()) {
            if (node.has("start") && node.has("end") && node.has("text") && node.size() == 3) {
                int s = node.get("start").asInt();
                int e = node.get("end").asInt();
                assertEquals(text.substring(s, e), node.get("text").asText(), source + " span " + s + ".." + e);
            }
            node.fields().forEachRemaining(f -> checkSpans(f.getValue(), text, source));
        } else if (node.isArray()) {
            node.forEach(c -> checkSpans(c, text, source));
        }
    }
}
