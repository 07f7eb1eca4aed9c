package org.sitrep.ingest;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.RawDocument;

/**
 * One thing a {@link DocumentReader} found in an input, in input order: a document, a record it could not read, or a
 * record that holds no article by design. Every item names its record the way messages show it: the file
 * ({@code notes.txt}), a line ({@code feed.jsonl:3}) or a record ({@code dump.txt#2}, {@code crawl.warc.gz#7 (https://…)}).
 */
public sealed interface ReadItem {
    /** The record's name in messages. */
    String record();

    /**
     * A document read. {@code warnings} say what was read with a fallback (a guessed charset, a date that is not one),
     * each line naming the record.
     */
    record Read(String record, RawDocument document, List<String> warnings) implements ReadItem {
        public Read {
            Objects.requireNonNull(record, "The parameter 'record' must not be null.");
            Objects.requireNonNull(document, "The parameter 'document' must not be null.");
            warnings = List.copyOf(warnings);
        }

        /** A document named by its own source, with no warning. */
        public Read(RawDocument document) {
            this(document.source(), document, List.of());
        }
    }

    /**
     * A record that could not be read: the error line {@code record: problem}. {@code wholeInput} says the input could
     * not be read at all (a missing file, a feed that is not XML); {@code retryable} that a later attempt may succeed
     * (a fetch that timed out or met a server error).
     */
    record Failed(String record, String problem, boolean wholeInput, boolean retryable) implements ReadItem {
        public Failed {
            Objects.requireNonNull(record, "The parameter 'record' must not be null.");
            Objects.requireNonNull(problem, "The parameter 'problem' must not be null.");
        }

        /** One record that could not be read; the rest of its input goes on. */
        public static Failed record(String record, String problem) {
            return new Failed(record, problem, false, false);
        }

        /** An input that could not be read at all, from the exception that says why. */
        public static Failed input(IngestException e) {
            return new Failed(e.source(), e.problem(), true, false);
        }

        /** The error line. */
        public String line() {
            return record + ": " + problem;
        }
    }

    /**
     * A record that holds no article by design and is counted, not reported: a WARC request, revisit or metadata
     * record, a redirect, a PDF or an image. {@code reason} is the count's label in the input's summary line.
     */
    record Passed(String record, String reason) implements ReadItem {
        public Passed {
            Objects.requireNonNull(record, "The parameter 'record' must not be null.");
            Objects.requireNonNull(reason, "The parameter 'reason' must not be null.");
        }
    }
}
