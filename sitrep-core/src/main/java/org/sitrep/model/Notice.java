package org.sitrep.model;

import java.util.Objects;

/**
 * Something a stage left out or changed to keep a document within its limits (an absurd token skipped, an over-long
 * sentence split), so the output says what it could not read instead of silently reading less.
 *
 * @param stage   the stage that wrote it ("annotate")
 * @param message what happened, with counts and offsets, naming the option that sets the limit
 */
public record Notice(String stage, String message) {
    public Notice {
        Objects.requireNonNull(stage, "The parameter 'stage' must not be null.");
        Objects.requireNonNull(message, "The parameter 'message' must not be null.");
    }
}
