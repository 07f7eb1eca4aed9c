package org.sitrep.ingest.html;

import org.sitrep.ingest.Decoded;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.PageDecoder;

/**
 * Finds the article in one web page: the seam between the readers and the extraction. The clean stage calls it for
 * every raw document of layout {@link org.sitrep.model.Layout#HTML} (saved pages, WARC responses, feed items); a date
 * the page's metadata gives becomes the article's {@code published} date with source METADATA. Implementations are
 * thread-safe: one instance serves every worker of a batch.
 */
public interface HtmlArticleExtractor {
    /** Extracts from a decoded page; {@code url} (may be null) is the page's address. Offsets point into {@code html}. */
    HtmlArticle extract(String html, String url);

    /**
     * Extracts from a page's bytes, decoded by {@link PageDecoder} ({@code httpCharset}, the charset an HTTP header
     * declared, may be null). The offsets point into the decoded text, which {@link PageDecoder} gives again.
     */
    default HtmlArticle extract(byte[] page, String httpCharset, String url) throws IngestException {
        Decoded d = PageDecoder.decode(page, httpCharset, url == null ? "page" : url);
        return extract(d.text(), url);
    }

    /** The extractor Sitrep uses: for now the {@link PlaceholderHtmlExtractor}. */
    static HtmlArticleExtractor standard() {
        return PlaceholderHtmlExtractor.INSTANCE;
    }
}
