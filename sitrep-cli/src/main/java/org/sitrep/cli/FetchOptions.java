package org.sitrep.cli;

import java.time.Duration;
import org.sitrep.ingest.fetch.FetchSettings;
import org.sitrep.ingest.fetch.HttpFetcher;
import org.sitrep.ingest.fetch.PageFetcher;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How Sitrep fetches from the web (URLs given as inputs, feeds, pages that feed items link to): politely, with
 * robots.txt obeyed and Sitrep's user agent ({@value FetchSettings#USER_AGENT}).
 */
final class FetchOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private double delaySeconds = 1;
    private double timeoutSeconds = 30;
    private int retries = 3;
    private HttpFetcher fetcher;

    @Option(names = "--fetch-delay", paramLabel = "<seconds>", defaultValue = "1", showDefaultValue = Visibility.ALWAYS,
            description = "The least time between two requests to one site (a longer Crawl-delay in its robots.txt wins).")
    void delay(double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--fetch-delay': must be 0 or more seconds, got " + v);
        }
        delaySeconds = v;
    }

    @Option(names = "--fetch-timeout", paramLabel = "<seconds>", defaultValue = "30", showDefaultValue = Visibility.ALWAYS,
            description = "Give up on a request that takes longer than this (it is then retried).")
    void timeout(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--fetch-timeout': must be a positive number of seconds, got " + v);
        }
        timeoutSeconds = v;
    }

    @Option(names = "--fetch-retries", paramLabel = "<n>", defaultValue = "3", showDefaultValue = Visibility.ALWAYS,
            description = "Retries after a timeout, a connection failure or a server error (5xx), waiting 1 s, 2 s, 4 s...; never after a 4xx.")
    void retries(int v) {
        if (v < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--fetch-retries': must be at least 0, got " + v);
        }
        retries = v;
    }

    /** The fetcher these options describe, made on first use and shared after. */
    PageFetcher fetcher() {
        return uri -> real().fetch(uri);
    }

    private synchronized HttpFetcher real() {
        if (fetcher == null) {
            FetchSettings s = FetchSettings.DEFAULT.withDelay(Duration.ofMillis((long) (delaySeconds * 1000)))
                    .withTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
                    .withRetries(retries, FetchSettings.DEFAULT.backoff());
            fetcher = new HttpFetcher(s);
        }
        return fetcher;
    }
}
