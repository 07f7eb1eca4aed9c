/**
 * The RSS/Atom reader: a feed (file or fetched URL) in, one raw document per item out, HTML content as a page for the
 * clean stage to extract, linked pages fetched through {@link org.sitrep.ingest.fetch.PageFetcher} when fetching is on.
 * ROME parses the feed. Next: {@code org.sitrep.clean}.
 */
package org.sitrep.ingest.feed;
