package org.sitrep.web;

/**
 * How the web application runs.
 *
 * @param token           the bearer token write endpoints require ({@link ApiToken}); never blank
 * @param maxRequestBytes the largest request body accepted (413 beyond)
 * @param maxPageSize     the largest page a listing returns ({@code size} beyond it is a 400)
 */
public record WebSettings(String token, long maxRequestBytes, int maxPageSize) {
    /** 10 MiB: a page or a small archive; bigger batches go through {@code sitrep ingest}. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGE_SIZE = 100;

    public WebSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The parameter 'token' must not be blank.");
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("The parameter 'maxRequestBytes' must be positive, got " + maxRequestBytes);
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("The parameter 'maxPageSize' must be positive, got " + maxPageSize);
        }
    }

    /** The defaults with {@code token}. */
    public static WebSettings of(String token) {
        return new WebSettings(token, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_PAGE_SIZE);
    }
}
