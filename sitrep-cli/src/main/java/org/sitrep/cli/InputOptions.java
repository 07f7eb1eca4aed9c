package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.ingest.InputFormat;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.SourceReader;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** Options shared by the commands that read articles. */
final class InputOptions {
    @Option(names = "--input-format", paramLabel = "<format>", defaultValue = "AUTO", showDefaultValue = Visibility.ALWAYS,
            description = "How to read inputs: ${COMPLETION-CANDIDATES}. AUTO takes .jsonl files as JSONL, files with a scraper header as DUMP, and the rest as TEXT.")
    InputFormat format;

    @Option(names = "--doc-date", paramLabel = "<yyyy-mm-dd>",
            description = "The publication date of every article read; relative dates (\"on Friday\") are resolved against it.")
    LocalDate docDate;

    @Option(names = "--max-file-mb", paramLabel = "<mb>", defaultValue = "20", showDefaultValue = Visibility.ALWAYS,
            description = "Refuse input files larger than this many megabytes (after decompression).")
    int maxFileMb;

    @Option(names = "--threads", paramLabel = "<n>", defaultValue = "${sys:sitrep.threads:-0}",
            description = "Articles analysed at once; 0 (the default) means one per processor. Output keeps the input order.")
    int threads;

    @Option(names = "--max-article-chars", paramLabel = "<n>", defaultValue = "1000000", showDefaultValue = Visibility.ALWAYS,
            description = "Skip (and report) articles whose body is longer than this many characters.")
    int maxArticleChars;

    /** The batch over these options: reader, cleaner with the given date, and the thread count. */
    Batch batch(Pipeline pipeline) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new Batch(new SourceReader(format, (long) maxFileMb * 1024 * 1024), new ArticleCleaner(docDate), pipeline, n, maxArticleChars);
    }
}
