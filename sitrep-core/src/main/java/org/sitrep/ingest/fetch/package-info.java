/**
 * Fetching for ingest: a URL in, its bytes and content type out ({@link org.sitrep.ingest.fetch.Fetched}). Readers see
 * only {@link org.sitrep.ingest.fetch.PageFetcher}; {@link org.sitrep.ingest.fetch.HttpFetcher} goes to the network
 * politely (robots.txt, a per-host delay, timeouts, a size limit, Sitrep's user agent, retries with backoff, bounded
 * redirects). Used by {@link org.sitrep.ingest.SourceReader} for URLs given as inputs and by the feed reader for pages
 * that feed items link to. Next: the reader of the fetched resource's format.
 */
package org.sitrep.ingest.fetch;
