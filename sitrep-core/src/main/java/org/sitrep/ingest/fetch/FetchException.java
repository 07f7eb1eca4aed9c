package org.sitrep.ingest.fetch;

/**
 * A resource could not be fetched; the message starts with its URL. {@link #retryable()} is true when a later attempt
 * may succeed (a timeout, a connection failure, a server error), false when it will not (robots.txt, a 4xx, too large).
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final String problem;
    private final boolean retryable;

    public FetchException(String url, String problem, boolean retryable) {
        super(url + ": " + problem);
        this.url = url;
        this.problem = problem;
        this.retryable = retryable;
    }

    public String url() {
        return url;
    }

    /** What went wrong, without the URL. */
    public String problem() {
        return problem;
    }

    public boolean retryable() {
        return retryable;
    }
}
