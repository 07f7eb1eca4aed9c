package org.sitrep.ingest.fetch;

import java.time.Duration;

/**
 * How {@link HttpFetcher} behaves towards the sites it visits.
 *
 * @param userAgent      sent with every request and matched against robots.txt groups by its product name
 * @param delay          the least time between two requests to one host (a longer robots.txt {@code Crawl-delay} wins,
 *                       up to a minute)
 * @param connectTimeout how long to wait for a connection
 * @param timeout        how long one request may take, from sending it to the last byte of the body
 * @param maxBytes       the largest body accepted
 * @param retries        how many times a request is tried again after a timeout, a connection failure or a 5xx status
 *                       (never after a 4xx)
 * @param backoff        the wait before the first retry, doubled before each next one
 * @param maxRedirects   how many redirects are followed
 */
public record FetchSettings(String userAgent, Duration delay, Duration connectTimeout, Duration timeout, long maxBytes, int retries,
                            Duration backoff, int maxRedirects) {
    /** Sitrep's version as the user agent gives it; kept in step with the POM's. */
    public static final String VERSION = "0.1.0";
    /**
     * Where a site owner can read about the crawler. A placeholder (the reserved {@code .invalid} domain) until the
     * project has a public page; replace it then.
     */
    public static final String PROJECT_URL = "https://project-page-placeholder.invalid/sitrep";
    /** {@code Sitrep/<version> (+<project URL>)}. */
    public static final String USER_AGENT = "Sitrep/" + VERSION + " (+" + PROJECT_URL + ")";
    /** The robots.txt product token Sitrep obeys. */
    public static final String ROBOT_NAME = "sitrep";

    /** One second between requests to a host, 10 s to connect, 30 s per request, 20 MB, 3 retries from 1 s, 5 redirects. */
    public static final FetchSettings DEFAULT = new FetchSettings(USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(10),
            Duration.ofSeconds(30), 20L * 1024 * 1024, 3, Duration.ofSeconds(1), 5);

    public FetchSettings {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("The parameter 'userAgent' must not be blank.");
        }
        requireNonNegative("delay", delay);
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("timeout", timeout);
        requireNonNegative("backoff", backoff);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The parameter 'maxBytes' must be positive, got " + maxBytes);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("The parameter 'retries' must not be negative, got " + retries);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("The parameter 'maxRedirects' must not be negative, got " + maxRedirects);
        }
    }

    public FetchSettings withDelay(Duration d) {
        return new FetchSettings(userAgent, d, connectTimeout, timeout, maxBytes, retries, backoff, maxRedirects);
    }

    public FetchSettings withTimeout(Duration t) {
        return new FetchSettings(userAgent, delay, connectTimeout, t, maxBytes, retries, backoff, maxRedirects);
    }

    public FetchSettings withMaxBytes(long m) {
        return new FetchSettings(userAgent, delay, connectTimeout, timeout, m, retries, backoff, maxRedirects);
    }

    public FetchSettings withRetries(int r, Duration firstBackoff) {
        return new FetchSettings(userAgent, delay, connectTimeout, timeout, maxBytes, r, firstBackoff, maxRedirects);
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be positive, got " + d);
        }
    }

    private static void requireNonNegative(String name, Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException("The parameter '" + name + "' must not be negative, got " + d);
        }
    }
}
