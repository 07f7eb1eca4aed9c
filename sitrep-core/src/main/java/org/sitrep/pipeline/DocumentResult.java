package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Document;

/**
 * What a batch made of one document, delivered to a {@link DocumentSink} in input order: the analysed document, or the
 * reason it was skipped. Both name the input (file, URL, {@code <stdin>}) and the record within it, and carry the
 * warning lines that concern it (a charset guessed, a date that was no date, what a stage trimmed).
 */
public sealed interface DocumentResult {
    /** The file, URL or {@code <stdin>} the document came from. */
    String input();

    /** The record's name in messages: the file, {@code file:line}, {@code file#n (url)}. */
    String record();

    /** Warning lines, each naming the record. */
    List<String> warnings();

    /** A document analysed. */
    record Ok(String input, String record, Document document, List<String> warnings) implements DocumentResult {
        public Ok {
            Objects.requireNonNull(input, "The parameter 'input' must not be null.");
            Objects.requireNonNull(record, "The parameter 'record' must not be null.");
            Objects.requireNonNull(document, "The parameter 'document' must not be null.");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A document left out, and why. {@code wholeInput} is set when the input could not be read at all (a missing file,
     * a feed that is not XML), so nothing of it was analysed; else one record of it was skipped.
     */
    record Skipped(String input, String record, String reason, boolean wholeInput, List<String> warnings) implements DocumentResult {
        public Skipped {
            Objects.requireNonNull(input, "The parameter 'input' must not be null.");
            Objects.requireNonNull(record, "The parameter 'record' must not be null.");
            Objects.requireNonNull(reason, "The parameter 'reason' must not be null.");
            warnings = List.copyOf(warnings);
        }

        /** The error line: {@code record: reason}. */
        public String line() {
            return record + ": " + reason;
        }
    }
}
