package org.sitrep.cli;

import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.ReaderSettings;
import org.sitrep.ingest.Readers;
import org.sitrep.ingest.SourceReader;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** How analyze and ingest read their inputs: the format, the size limit, and fetching. */
final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    FetchOptions fetch;

    @Option(names = "--input-format", paramLabel = "<format>", defaultValue = "auto", showDefaultValue = Visibility.ALWAYS,
            converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = "How to read inputs: ${COMPLETION-CANDIDATES}. auto reads WARC archives, RSS/Atom feeds, HTML pages and "
                    + "JSON Lines by their name or start, files with a scraper header as dump, and the rest as text; it refuses other "
                    + "XML and JSON documents by name (text reads them as plain text). PDF and Office files are always refused.")
    InputFormat format;

    @Option(names = "--fetch", description = "Fetch the pages that feed items only link to (always done for feeds given as URLs).")
    boolean fetchLinks;

    private int maxFileMb = 20;

    @Option(names = "--max-file-mb", paramLabel = "<mb>", defaultValue = "20", showDefaultValue = Visibility.ALWAYS,
            description = "Refuse single-document inputs larger than this many megabytes (after decompression); in archives and "
                    + "JSON Lines, each record.")
    void maxFileMb(int v) {
        if (v < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-file-mb': must be at least 1, got " + v);
        }
        maxFileMb = v;
    }

    /** The reader over these options; {@code -} reads the process's standard input. */
    SourceReader reader() {
        return new SourceReader(format, settings(), System.in, fetch.fetcher(), fetchLinks);
    }

    /** The size limit {@code --max-file-mb} sets. */
    ReaderSettings settings() {
        return new ReaderSettings((long) maxFileMb * 1024 * 1024);
    }

    /** The registered format names, for --help. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Readers.names().iterator();
        }
    }

    /** A format name, any case, checked against the registry. */
    static final class FormatConverter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
