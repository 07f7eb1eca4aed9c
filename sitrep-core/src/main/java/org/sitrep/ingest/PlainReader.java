package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;

/**
 * Reads plain text: one article per input ({@code text}), several scraped articles cut by {@link DumpSplitter}
 * ({@code dump}), or, as AUTO's last resort, a dump when the text shows scraper headers and one article otherwise. The
 * input is read whole within the size limit and decoded by {@link TextDecoder}.
 */
public final class PlainReader implements DocumentReader {
    /** How the text is cut into articles. */
    public enum Mode {
        /** One article per input, kept verbatim. */
        TEXT,
        /** Cut at scraper headers, else at runs of blank lines. */
        DUMP,
        /** A dump when scraper headers are found, else one article. */
        AUTO
    }

    private final Mode mode;
    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final DumpSplitter splitter = new DumpSplitter();

    public PlainReader(Mode mode, ReaderSettings settings) {
        if (mode == null) {
            throw new IllegalArgumentException("The parameter 'mode' must not be null.");
        }
        this.mode = mode;
        this.maxBytes = settings.maxBytes();
    }

    @Override
    public RecordStream read(Input input) throws IngestException {
        byte[] bytes = Bytes.readAll(input, maxBytes);
        Optional<FormatSniffer.Foreign> binary = FormatSniffer.binary(bytes);
        if (binary.isPresent()) {
            throw new IngestException(input.name(), binary.get().problem());
        }
        Decoded d = decoder.decode(bytes, input.name());
        return RecordStream.of(items(input.name(), d.text(), d.charset(), d.warning()));
    }

    /** The articles of an already decoded text; {@code warning} (may be null) goes with the first. */
    List<ReadItem> items(String source, String text, String charset, String warning) {
        List<String> warnings = warning == null ? List.of() : List.of(warning);
        List<DumpSplitter.Piece> pieces;
        if (mode == Mode.DUMP) {
            pieces = splitter.split(text);
        } else if (mode == Mode.AUTO) {
            // One pass over the lines decides the format and, for a dump, cuts it.
            pieces = splitter.splitAtHeaders(text).orElse(null);
        } else {
            pieces = null;
        }
        if (pieces == null) {
            return List.of(new ReadItem.Read(source, new RawDocument(source, 0, text, charset, Layout.TEXT, null), warnings));
        }
        List<ReadItem> items = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            DumpSplitter.Piece p = pieces.get(i);
            String id = pieces.size() == 1 ? source : source + "#" + (i + 1);
            RawDocument doc = new RawDocument(id, p.start(), text.substring(p.start(), p.end()), charset, Layout.DUMP, null);
            items.add(new ReadItem.Read(id, doc, i == 0 ? warnings : List.of()));
        }
        if (items.isEmpty()) {
            items.add(ReadItem.Failed.record(source, "no article found"));
        }
        return items;
    }
}
