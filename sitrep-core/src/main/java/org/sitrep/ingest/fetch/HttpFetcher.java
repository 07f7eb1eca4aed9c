package org.sitrep.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches web resources politely ({@link java.net.http.HttpClient}): robots.txt is read once per host
 * (crawler-commons' {@link SimpleRobotRulesParser}, for the product token {@value FetchSettings#ROBOT_NAME}) and obeyed;
 * requests to one host are spaced by the settings' delay or the site's {@code Crawl-delay}, whichever is longer; every
 * request has a connect timeout and an overall timeout, a body size limit and Sitrep's user agent; timeouts, connection
 * failures and 5xx statuses are retried with exponential backoff, 4xx statuses never; redirects are followed up to a
 * bound, each hop checked against its host's robots.txt. A robots.txt that is missing (4xx) allows everything; one that
 * cannot be had (5xx, unreachable) allows nothing, as RFC 9309 says. Safe for use by several threads.
 */
public final class HttpFetcher implements PageFetcher {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final long MAX_CRAWL_DELAY_MS = 60_000;

    private final FetchSettings settings;
    private final HttpClient client;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    private final Map<String, Long> nextRequest = new HashMap<>();

    public HttpFetcher(FetchSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("The parameter 'settings' must not be null.");
        }
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public FetchSettings settings() {
        return settings;
    }

    @Override
    public Fetched fetch(URI uri) throws FetchException {
        check(uri);
        URI current = uri;
        for (int hop = 0; ; hop++) {
            if (!rules(current).isAllowed(current.toString())) {
                throw new FetchException(uri.toString(), "robots.txt of " + origin(current) + " disallows " + pathOf(current), false);
            }
            Response r = withRetries(current, true);
            if (isRedirect(r.status()) && r.location() != null) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(uri.toString(), "too many redirects (more than " + settings.maxRedirects() + ")", false);
                }
                current = resolve(current, r.location(), uri);
                check(current);
                continue;
            }
            if (r.status() >= 200 && r.status() < 300) {
                return new Fetched(uri, current, r.status(), r.contentType(), r.body());
            }
            boolean server = r.status() >= 500;
            throw new FetchException(uri.toString(), "HTTP " + r.status() + (server ? " after " + (settings.retries() + 1) + " attempts" : ""), server);
        }
    }

    /** One request's answer; {@code body} is empty unless the status is 2xx. */
    private record Response(int status, String contentType, String location, byte[] body) {}

    private Response withRetries(URI uri, boolean readBody) throws FetchException {
        FetchException last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                sleep(settings.backoff().toMillis() << (attempt - 1), uri);
            }
            try {
                Response r = once(uri, readBody);
                if (r.status() < 500) {
                    return r;
                }
                if (attempt == settings.retries()) {
                    return r;
                }
            } catch (FetchException e) {
                if (!e.retryable()) {
                    throw e;
                }
                last = e;
            }
        }
        throw new FetchException(last.url(), last.problem() + " (after " + (settings.retries() + 1) + " attempts)", true);
    }

    private Response once(URI uri, boolean readBody) throws FetchException {
        waitForTurn(uri);
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
                .header("User-Agent", settings.userAgent()).header("Accept", ACCEPT).build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            boolean ok = info.statusCode() >= 200 && info.statusCode() < 300;
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (ok && readBody && length > settings.maxBytes()) {
                return new Limited(0, true);
            }
            return ok && readBody ? new Limited(settings.maxBytes(), false) : HttpResponse.BodySubscribers.replacing(new byte[0]);
        });
        try {
            HttpResponse<byte[]> resp = future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Response(resp.statusCode(), resp.headers().firstValue("Content-Type").orElse(null),
                    resp.headers().firstValue("Location").orElse(null), resp.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(uri.toString(), "timed out after " + seconds(settings.timeout().toMillis()), true);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(uri.toString(), "interrupted", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new FetchException(uri.toString(), String.format(Locale.ROOT, "larger than the %.1f MB limit",
                        settings.maxBytes() / 1048576.0), false);
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new FetchException(uri.toString(), "timed out after " + seconds(settings.timeout().toMillis()), true);
            }
            String what = cause instanceof java.net.ConnectException ? "cannot connect" : "cannot fetch";
            throw new FetchException(uri.toString(), what + " (" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")", true);
        }
    }

    /** The robots.txt rules of {@code uri}'s host, fetched once and kept. */
    private BaseRobotRules rules(URI uri) throws FetchException {
        String origin = origin(uri);
        synchronized (robots) {
            BaseRobotRules cached = robots.get(origin);
            if (cached != null) {
                return cached;
            }
        }
        BaseRobotRules rules = fetchRules(origin);
        synchronized (robots) {
            robots.putIfAbsent(origin, rules);
            return robots.get(origin);
        }
    }

    private BaseRobotRules fetchRules(String origin) throws FetchException {
        URI current = URI.create(origin + "/robots.txt");
        try {
            for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
                Response r = withRetries(current, true);
                if (isRedirect(r.status()) && r.location() != null) {
                    current = resolve(current, r.location(), current);
                    continue;
                }
                if (r.status() >= 200 && r.status() < 300) {
                    return robotsParser.parseContent(current.toString(), r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                            List.of(FetchSettings.ROBOT_NAME));
                }
                return robotsParser.failedFetch(r.status());
            }
            return robotsParser.failedFetch(500); // a redirect loop: treat as unavailable
        } catch (FetchException e) {
            if (e.problem().startsWith("larger than")) {
                return robotsParser.failedFetch(404); // RFC 9309 reads at least 500 KiB; past our limit, nothing was said
            }
            return robotsParser.failedFetch(503); // unreachable: assume everything is disallowed, for now
        }
    }

    /** Waits until this host may be asked again, and books the next turn. */
    private void waitForTurn(URI uri) throws FetchException {
        String host = origin(uri);
        long delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis(host));
        long wait;
        synchronized (nextRequest) {
            long now = System.nanoTime();
            long allowed = nextRequest.getOrDefault(host, now);
            long at = Math.max(now, allowed);
            nextRequest.put(host, at + delayNanos);
            wait = at - now;
        }
        if (wait > 0) {
            sleep(TimeUnit.NANOSECONDS.toMillis(wait) + 1, uri);
        }
    }

    private long delayMillis(String origin) {
        long delay = settings.delay().toMillis();
        BaseRobotRules r;
        synchronized (robots) {
            r = robots.get(origin);
        }
        if (r != null && r.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && r.getCrawlDelay() > 0) {
            delay = Math.max(delay, Math.min(r.getCrawlDelay(), MAX_CRAWL_DELAY_MS));
        }
        return delay;
    }

    private static void sleep(long millis, URI uri) throws FetchException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri.toString(), "interrupted", true);
        }
    }

    private static void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FetchException(uri.toString(), "not an http(s) URL", false);
        }
    }

    private static URI resolve(URI base, String location, URI asked) throws FetchException {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(asked.toString(), "redirect to an invalid address '" + location + "'", false);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String origin(URI uri) {
        int port = uri.getPort();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }

    private static String pathOf(URI uri) {
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** A body over the limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects a body up to a limit, cancelling the exchange past it. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final boolean refuse;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Limited(long max, boolean refuse) {
            this.max = max;
            this.refuse = refuse;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (refuse) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
