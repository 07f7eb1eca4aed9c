package org.sitrep.ingest.html;

import java.util.List;
import org.sitrep.ingest.Bytes;
import org.sitrep.ingest.Decoded;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.FormatSniffer;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.ReadItem;
import org.sitrep.ingest.ReaderSettings;
import org.sitrep.ingest.RecordStream;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;

/**
 * Reads one saved web page ({@code .html}, {@code .htm}, gzip too) as one raw document of layout
 * {@link Layout#HTML}: the decoded page, whose article the clean stage extracts ({@link HtmlArticleExtractor}). The
 * page is decoded by {@link HtmlDecoder} (the HTTP charset when fetched, else a {@code <meta>} declaration, else the
 * bytes); the size limit applies to the page.
 */
public final class HtmlReader implements DocumentReader {
    private final long maxBytes;

    public HtmlReader(ReaderSettings settings) {
        this.maxBytes = settings.maxBytes();
    }

    /** AUTO: an HTML name or an HTML start. */
    public static boolean detect(FormatSniffer.Head head) {
        return FormatSniffer.isHtml(head);
    }

    @Override
    public RecordStream read(Input input) throws IngestException {
        byte[] bytes = Bytes.readAll(input, maxBytes);
        Decoded d = HtmlDecoder.decode(bytes, input.declaredCharset(), input.name());
        return RecordStream.of(List.of(page(input.name(), input.url(), d)));
    }

    /** A decoded page as a read item named {@code source}; {@code url} (may be null) is where it came from. */
    public static ReadItem.Read page(String source, String url, Decoded d) {
        RawMetadata meta = new RawMetadata(null, null, null, url, null);
        RawDocument doc = new RawDocument(source, 0, d.text(), d.charset(), Layout.HTML, meta);
        return new ReadItem.Read(source, doc, d.warning() == null ? List.of() : List.of(d.warning()));
    }
}
