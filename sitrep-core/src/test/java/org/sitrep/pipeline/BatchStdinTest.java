package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Document;

/** Issue 5: a batch reads standard input given as {@code -}, and passes on every warning a file gave. */
class BatchStdinTest {
    @Test
    void a_batch_reads_standard_input_and_reports_each_record_warning() {
        String jsonl = "{\"id\":\"a\",\"text\":\"Negotiators met.\",\"published\":\"soon\"}\n"
                + "{\"id\":\"b\",\"text\":\"Talks resumed.\",\"published\":\"2024/05/03\"}\n";
        SourceReader reader = new SourceReader(InputFormat.AUTO, 1 << 20, new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
        List<Document> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        new Batch(reader, new ArticleCleaner(null), Pipeline.builder().build())
                .run(List.of(Path.of("-")), new Batch.Sinks(docs::add, errors::add, warnings::add, null));
        assertEquals(List.of("a", "b"), docs.stream().map(d -> d.article().id()).toList());
        assertEquals(List.of(), errors);
        assertEquals(List.of("<stdin>:1: published 'soon' is not a date: not in a known form (" + org.sitrep.ingest.DateParser.FORMS
                + "); the article is treated as undated"), warnings);
        assertEquals("2024-05-03", docs.get(1).article().published().date().toString());
    }
}
