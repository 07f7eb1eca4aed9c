package org.sitrep.ingest;

/** An input could not be read; the message starts with the file or record it concerns. */
public final class IngestException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String problem;

    public IngestException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    public IngestException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    /** The file, URL or record the problem concerns. */
    public String source() {
        return source;
    }

    /** What went wrong, without the source. */
    public String problem() {
        return problem;
    }
}
