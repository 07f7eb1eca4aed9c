package org.sitrep.ingest.fetch;

import java.net.URI;

/**
 * Fetches one web resource: a feed, a page a feed item links to, a URL given on the command line. The readers depend on
 * this interface only; {@link HttpFetcher} is the implementation that goes to the network, politely.
 */
public interface PageFetcher {
    /**
     * The resource at {@code uri}, after redirects. Throws {@link FetchException} (its message names the URL) when it
     * cannot be had: refused by robots.txt, an HTTP error, a timeout, too large.
     */
    Fetched fetch(URI uri) throws FetchException;
}
