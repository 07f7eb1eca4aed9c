package org.sitrep.ingest.html;

import org.sitrep.ingest.Decoded;
import org.sitrep.ingest.IngestException;

/**
 * Finds the article in one web page: the seam between the readers and the extraction. The clean stage calls it for
 * every raw document of layout {@link org.sitrep.model.Layout#HTML} (saved pages, WARC responses, feed items); a date
 * the page's metadata gives becomes the article's {@code published} date with source METADATA. Implementations are
 * thread-safe: one instance serves every worker of a batch. {@link #standard()} is Sitrep's {@link HtmlExtractor}; a
 * different extractor (a peer, a site-specific one) plugs in through {@code ArticleCleaner}'s constructor.
 */
@FunctionalInterface
public interface HtmlArticleExtractor {
    /** Extracts from a decoded page; {@code url} (may be null) is the page's address. Offsets point into {@code html}. */
    ExtractedPage extract(String html, String url);

    /**
     * Extracts from a page's bytes, decoded by {@link HtmlDecoder} ({@code httpCharset}, the charset an HTTP header
     * declared, may be null); the offsets point into the decoded text, {@link ExtractedPage#html()}.
     */
    default ExtractedPage extract(byte[] page, String httpCharset, String url) throws IngestException {
        Decoded d = HtmlDecoder.decode(page, httpCharset, url == null ? "page" : url);
        return extract(d.text(), url);
    }

    /** Sitrep's extractor: content scoring with the bundled cue lists, page metadata ({@link HtmlExtractor}). */
    static HtmlArticleExtractor standard() {
        return Standard.EXTRACTOR::extract;
    }

    /** Holds the shared extractor, made on first use (loading its cue lists). */
    final class Standard {
        static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

        private Standard() {}
    }
}
