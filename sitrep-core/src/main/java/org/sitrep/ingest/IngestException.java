package org.sitrep.ingest;

/** An input could not be read; the message starts with the file or record it concerns. */
public final class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    public IngestException(String source, String problem) {
        super(source + ": " + problem);
    }

    public IngestException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
