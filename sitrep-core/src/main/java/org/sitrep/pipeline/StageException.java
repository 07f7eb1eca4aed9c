package org.sitrep.pipeline;

/** A stage failed on one document; the message names both. */
public final class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StageException(String stage, String source, Throwable cause) {
        super("stage '" + stage + "' failed on " + source + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.toString()), cause);
    }
}
