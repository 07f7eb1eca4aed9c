package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Document;

class BatchTest {
    @TempDir
    Path dir;

    @Test
    void bad_files_are_named_and_skipped_while_the_rest_is_processed() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "Talks\n\nNegotiators met in Doha.\n");
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.txt"), new byte[] {0, 1, 2, 3, 'x'});
        byte[] broken = "Beirut – ".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("d-broken.txt"), java.util.Arrays.copyOf(broken, broken.length - 2)); // cut inside the dash
        Files.writeString(dir.resolve("e-good.txt"), "Convoy\n\nTrucks reached Tyre.\n");
        List<Document> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Batch batch = new Batch(new SourceReader(InputFormat.AUTO, 1 << 20), new ArticleCleaner(null), Pipeline.builder().build());
        Batch.Outcome o = batch.run(List.of(dir, dir.resolve("missing.txt")), new Batch.Sinks(docs::add, errors::add, w -> { }, null));
        assertEquals(List.of("Talks", "Convoy"), docs.stream().map(d -> d.article().title()).toList());
        assertEquals(4, errors.size());
        assertThat(errors.get(0)).contains("b-empty.txt: empty file");
        assertThat(errors.get(1)).contains("c-binary.txt: binary file");
        assertThat(errors.get(2)).contains("d-broken.txt: invalid UTF-8");
        assertThat(errors.get(3)).endsWith("missing.txt: no such file");
        assertTrue(o.skipped());
        assertEquals(4, o.skippedFiles());
    }

    @Test
    void several_threads_report_in_input_order() throws Exception {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve(String.format("%02d.txt", i)), "Title " + i + "\n\nBody " + i + ".\n");
        }
        Stage slowOnEven = new Stage() {
            public String name() { return "slow"; }
            public java.util.Set<Layer> requires() { return java.util.Set.of(); }
            public java.util.Set<Layer> provides() { return java.util.Set.of(); }
            public Document apply(Document d) {
                if (d.article().title().hashCode() % 2 == 0) {
                    try { Thread.sleep(5); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                }
                return d;
            }
        };
        List<Document> docs = new java.util.concurrent.CopyOnWriteArrayList<>();
        Batch batch = new Batch(new SourceReader(InputFormat.TEXT, 1 << 20), new ArticleCleaner(null), Pipeline.builder().add(slowOnEven).build(), 4);
        Batch.Outcome o = batch.run(List.of(dir), new Batch.Sinks(docs::add, e -> { }, w -> { }, null));
        assertEquals(40, o.documents());
        for (int i = 0; i < 40; i++) {
            assertEquals("Title " + i, docs.get(i).article().title());
        }
    }

    @Test
    void an_article_with_only_a_title_and_captions_is_a_skipped_record() throws Exception {
        String dump = org.sitrep.testkit.ScrapedDump.create()
                .article("Talks Resume", "Delegates in Doha, 2 March 2025. (Wire Photo)", "Negotiators met in Doha.")
                .article("Photo Gallery", "Crowds in Tyre, 3 March 2025. (Wire Photo)")
                .text();
        Files.writeString(dir.resolve("dump.txt"), dump);
        List<Document> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Batch batch = new Batch(new SourceReader(InputFormat.AUTO, 1 << 20), new ArticleCleaner(null), Pipeline.builder().build());
        Batch.Outcome o = batch.run(List.of(dir), new Batch.Sinks(docs::add, errors::add, w -> { }, null));
        assertEquals(List.of("Talks Resume"), docs.stream().map(d -> d.article().title()).toList());
        assertEquals(List.of(dir.resolve("dump.txt") + "#2: no article text (only a title or captions)"), errors);
        assertTrue(o.skipped());
    }

    @Test
    void an_article_over_the_length_limit_is_a_skipped_record() throws Exception {
        Files.writeString(dir.resolve("long.txt"), "Endless\n\n" + "The envoy spoke again. ".repeat(100) + "\n");
        Files.writeString(dir.resolve("short.txt"), "Brief\n\nThe envoy spoke.\n");
        List<Document> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Batch batch = new Batch(new SourceReader(InputFormat.TEXT, 1 << 20), new ArticleCleaner(null), Pipeline.builder().build(), 1, 1000);
        batch.run(List.of(dir), new Batch.Sinks(docs::add, errors::add, w -> { }, null));
        assertEquals(List.of("Brief"), docs.stream().map(d -> d.article().title()).toList());
        assertEquals(List.of(dir.resolve("long.txt") + ": article too long (2,310 characters over the 1,000 limit; raise --max-article-chars)"), errors);
    }
}
