package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sitrep.ingest.feed.FeedReader;
import org.sitrep.ingest.html.HtmlReader;
import org.sitrep.ingest.warc.WarcArchiveReader;

/**
 * The one place input formats are registered: each has a name ({@code --input-format}), a line of help, a detector AUTO
 * asks (in the order below, the first that says yes wins) and the {@link DocumentReader} that reads it. A format without
 * a detector is chosen only by name. Adding a format: write its reader and add one line to {@link #FORMATS}.
 */
public final class Readers {
    /** The name that lets the input choose its own format. */
    public static final String AUTO = "auto";

    /**
     * A registered format.
     *
     * @param name        its {@code --input-format} name, lower case
     * @param description one line for {@code --help}
     * @param detector    whether AUTO reads an input as this format, from its start; null for formats chosen only by name
     * @param factory     makes the format's reader
     */
    public record Format(String name, String description, Predicate<FormatSniffer.Head> detector,
                         Function<ReaderSettings, DocumentReader> factory) {
        public Format {
            Objects.requireNonNull(name, "The parameter 'name' must not be null.");
            Objects.requireNonNull(factory, "The parameter 'factory' must not be null.");
        }
    }

    /** Every format, in the order AUTO tries them. Text and dump come last: AUTO's fallback decides between them. */
    private static final List<Format> FORMATS = List.of(
            new Format("warc", "WARC archives (.warc, .warc.gz), record by record: HTML responses are read, other records counted",
                    WarcArchiveReader::detect, WarcArchiveReader::new),
            new Format("rss", "RSS and Atom feeds (a file or URL): items with content, and linked pages when fetching is on",
                    FeedReader::detect, FeedReader::new),
            new Format("html", "saved web pages (.html, .htm), one article per page", HtmlReader::detect, HtmlReader::new),
            new Format("jsonl", "JSON Lines: one object per line with id, text, and optional title, published, url, source",
                    FormatSniffer::isJsonLines, JsonlReader::new),
            new Format("dump", "several scraped articles in one file, like the seed dump", null,
                    s -> new PlainReader(PlainReader.Mode.DUMP, s)),
            new Format("text", "one article per file, kept verbatim", null, s -> new PlainReader(PlainReader.Mode.TEXT, s)));

    private Readers() {}

    /** Every registered format, in detection order. */
    public static List<Format> all() {
        return FORMATS;
    }

    /** {@code auto} and every format's name: what {@code --input-format} accepts. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(AUTO);
        FORMATS.forEach(f -> names.add(f.name()));
        return names;
    }

    /** The format of that name (any case), if registered. */
    public static Optional<Format> find(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> f.name().equals(n)).findFirst();
    }

    /** The format of that name; throws {@code Unknown input format 'x' (known: auto, warc, …)} when none is registered. */
    public static Format get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown input format '" + name + "' (known: " + String.join(", ", names()) + ")"));
    }

    /**
     * AUTO's choice for an input's start: refuses PDF, Office files, ZIP archives, other XML and JSON documents by name
     * (the exception names {@code source}), then asks each format's detector in order; when none says yes, the text is
     * read as a dump when it shows scraper headers, else as one article.
     */
    public static DocumentReader detect(String source, FormatSniffer.Head head, ReaderSettings settings) throws IngestException {
        Optional<FormatSniffer.Foreign> binary = FormatSniffer.binary(head.bytes());
        if (binary.isPresent()) {
            throw new IngestException(source, binary.get().problem());
        }
        Optional<FormatSniffer.Foreign> markup = FormatSniffer.markup(head.text());
        if (markup.isPresent()) {
            throw new IngestException(source, markup.get().problem());
        }
        for (Format f : FORMATS) {
            if (f.detector() != null && f.detector().test(head)) {
                return f.factory().apply(settings);
            }
        }
        return new PlainReader(PlainReader.Mode.AUTO, settings);
    }
}
