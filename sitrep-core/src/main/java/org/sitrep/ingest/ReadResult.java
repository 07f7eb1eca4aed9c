package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.RawDocument;

/** What one input file gave: its documents, an error line per record that could not be read, and an optional warning. */
public record ReadResult(List<RawDocument> documents, List<String> errors, String warning) {
    public ReadResult {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
    }
}
