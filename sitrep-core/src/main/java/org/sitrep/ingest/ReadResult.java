package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.RawDocument;

/**
 * What one input file gave: its documents, an error line per record that could not be read, and warning lines about
 * what was read with a fallback (a legacy charset, a record date that is not a date). Each line names its file or record.
 */
public record ReadResult(List<RawDocument> documents, List<String> errors, List<String> warnings) {
    public ReadResult {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
