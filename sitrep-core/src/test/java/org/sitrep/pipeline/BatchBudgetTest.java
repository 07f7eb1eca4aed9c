package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Document;
import org.sitrep.model.Notice;

/** One document must never end or stall the batch (issue 5). */
class BatchBudgetTest {
    @TempDir
    Path dir;

    private final List<Document> docs = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private static Stage stage(String name, UnaryOperator<Document> f) {
        return new Stage() {
            public String name() { return name; }
            public Set<Layer> requires() { return Set.of(); }
            public Set<Layer> provides() { return Set.of(); }
            public Document apply(Document d) { return f.apply(d); }
        };
    }

    private Batch.Outcome run(Stage stage, int threads, Duration timeout) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "First\n\nThe envoy spoke.\n");
        Files.writeString(dir.resolve("b.txt"), "Poison\n\nThe envoy spoke at length.\n");
        Files.writeString(dir.resolve("c.txt"), "Third\n\nThe envoy left.\n");
        Batch batch = new Batch(new SourceReader(InputFormat.TEXT, 1 << 20), new ArticleCleaner(null), Pipeline.builder().add(stage).build(),
                threads, new Batch.Limits(1_000_000, timeout));
        return batch.run(List.of(dir), new Batch.Sinks(docs::add, errors::add, warnings::add, null));
    }

    private static boolean poison(Document d) {
        return d.article().title().equals("Poison");
    }

    @Test
    void a_document_over_its_time_budget_is_reported_and_the_rest_goes_on() throws Exception {
        Stage hangs = stage("slow", d -> {
            if (poison(d)) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
            return d;
        });
        Batch.Outcome o = run(hangs, 1, Duration.ofMillis(300));
        assertEquals(List.of("First", "Third"), docs.stream().map(d -> d.article().title()).toList());
        assertEquals(List.of(dir.resolve("b.txt") + ": gave up after 300 ms in stage 'slow' (over the per-document time budget; raise --doc-timeout)"), errors);
        assertTrue(o.skipped());
        assertEquals(1, o.skippedRecords());
    }

    @Test
    void a_stage_that_ignores_interrupts_does_not_hold_up_the_next_documents() throws Exception {
        long[] spin = {0};
        Stage spins = stage("spin", d -> {
            if (poison(d)) {
                long end = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < end) {
                    spin[0]++; // busy, deaf to interrupts
                }
            }
            return d;
        });
        long t0 = System.nanoTime();
        run(spins, 1, Duration.ofMillis(200));
        assertEquals(List.of("First", "Third"), docs.stream().map(d -> d.article().title()).toList());
        assertThat(errors).singleElement().asString().contains("b.txt: gave up after 200 ms in stage 'spin'");
        // Third ran on a stand-in worker while the deaf one spun: the batch did not wait the full 3 s for it.
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_500);
    }

    @Test
    void a_document_that_exhausts_the_heap_or_the_stack_is_a_skipped_record() throws Exception {
        Stage heavy = stage("heavy", d -> {
            if (poison(d)) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (d.article().title().equals("Third")) {
                throw new StackOverflowError();
            }
            return d;
        });
        Batch.Outcome o = run(heavy, 2, Duration.ofSeconds(30));
        assertEquals(List.of("First"), docs.stream().map(d -> d.article().title()).toList());
        assertEquals(List.of(
                dir.resolve("b.txt") + ": ran out of memory in stage 'heavy' (the document needs more than the heap holds; lower --max-article-chars or give Java more memory)",
                dir.resolve("c.txt") + ": nesting too deep for stage 'heavy' (stack overflow)"), errors);
        assertEquals(2, o.skippedRecords());
    }

    @Test
    void what_a_stage_trimmed_is_a_warning_naming_the_document_and_counts_as_skipped() throws Exception {
        Stage trims = stage("annotate", d -> poison(d) ? d.withNotice(new Notice("annotate", "skipped 1 token longer than 200 characters")) : d);
        Batch.Outcome o = run(trims, 2, Duration.ofSeconds(30));
        assertEquals(3, docs.size());
        assertEquals(List.of(dir.resolve("b.txt") + ": annotate: skipped 1 token longer than 200 characters"), warnings);
        assertEquals(1, o.trimmed());
        assertTrue(o.skipped());
    }

    @Test
    void an_article_in_a_language_sitrep_cannot_analyse_is_a_skipped_record() throws Exception {
        Files.writeString(dir.resolve("ar.txt"), "محادثات\n\nقال مسؤولون إن المحادثات ستستأنف في الدوحة يوم الاثنين المقبل بعد توقف طويل.\n");
        Files.writeString(dir.resolve("en.txt"), "Talks\n\nOfficials said the talks would resume in Doha on Monday.\n");
        Batch batch = new Batch(new SourceReader(InputFormat.TEXT, 1 << 20), new ArticleCleaner(null), Pipeline.builder().build());
        Batch.Outcome o = batch.run(List.of(dir), new Batch.Sinks(docs::add, errors::add, warnings::add, null));
        assertEquals(List.of("Talks"), docs.stream().map(d -> d.article().title()).toList());
        assertEquals(List.of(dir.resolve("ar.txt") + ": language ar not supported yet (article skipped)"), errors);
        assertTrue(o.skipped());
    }
}
