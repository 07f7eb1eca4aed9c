package org.sitrep.cli;

import java.time.Duration;
import java.time.LocalDate;
import org.sitrep.annotate.InputCaps;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.SourceReader;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that read articles, with the per-document limits that keep one document from ending a batch. */
final class InputOptions {
    @picocli.CommandLine.Mixin
    KnowledgeOptions knowledge;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--input-format", paramLabel = "<format>", defaultValue = "AUTO", showDefaultValue = Visibility.ALWAYS,
            description = "How to read inputs: ${COMPLETION-CANDIDATES}. AUTO reads .jsonl files and files whose first line is a JSON object as JSONL, "
                    + "files with a scraper header as DUMP, and the rest as TEXT; it refuses HTML pages, feeds, other XML and JSON documents by name "
                    + "(TEXT reads them as plain text). PDF and Office files are always refused.")
    InputFormat format;


    @Option(names = "--doc-date", paramLabel = "<yyyy-mm-dd>", converter = DocDateConverter.class,
            description = "The publication date of articles that do not carry their own; relative dates (\"on Friday\") are resolved against it. "
                    + "Without it, an undated article's date is inferred from its text where it can be (docs/schema.md, published).")
    LocalDate docDate;

    private int maxFileMb = 20;
    private int threads;
    private int maxArticleChars = Batch.DEFAULT_MAX_ARTICLE_CHARS;
    private double docTimeoutSeconds = Batch.DEFAULT_TIMEOUT.toSeconds();
    private int maxTokenChars = InputCaps.DEFAULT_MAX_TOKEN_CHARS;
    private int maxSentenceWords = InputCaps.DEFAULT_MAX_SENTENCE_WORDS;

    @Option(names = "--max-file-mb", paramLabel = "<mb>", defaultValue = "20", showDefaultValue = Visibility.ALWAYS,
            description = "Refuse input files larger than this many megabytes (after decompression).")
    void maxFileMb(int v) {
        maxFileMb = atLeast("--max-file-mb", v, 1);
    }

    @Option(names = "--threads", paramLabel = "<n>", defaultValue = "${sys:sitrep.threads:-0}",
            description = "Articles analysed at once; 0 (the default) means one per processor. Output keeps the input order.")
    void threads(int v) {
        threads = atLeast("--threads", v, 0);
    }

    @Option(names = "--max-article-chars", paramLabel = "<n>", defaultValue = "1000000", showDefaultValue = Visibility.ALWAYS,
            description = "Skip (and report) articles whose body is longer than this many characters.")
    void maxArticleChars(int v) {
        maxArticleChars = atLeast("--max-article-chars", v, 1);
    }

    @Option(names = "--doc-timeout", paramLabel = "<seconds>", defaultValue = "120", showDefaultValue = Visibility.ALWAYS,
            description = "Give up on (and report) an article whose analysis takes longer than this; the batch goes on.")
    void docTimeout(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--doc-timeout': must be a positive number of seconds, got " + v);
        }
        docTimeoutSeconds = v;
    }

    @Option(names = "--max-token-chars", paramLabel = "<n>", defaultValue = "" + InputCaps.DEFAULT_MAX_TOKEN_CHARS, showDefaultValue = Visibility.ALWAYS,
            description = "Skip (and report) runs of non-space characters longer than this before tagging.")
    void maxTokenChars(int v) {
        maxTokenChars = atLeast("--max-token-chars", v, 1);
    }

    @Option(names = "--max-sentence-words", paramLabel = "<n>", defaultValue = "" + InputCaps.DEFAULT_MAX_SENTENCE_WORDS, showDefaultValue = Visibility.ALWAYS,
            description = "Cut (and report) sentences longer than this many words into pieces before tagging.")
    void maxSentenceWords(int v) {
        maxSentenceWords = atLeast("--max-sentence-words", v, 1);
    }

    private int atLeast(String option, int v, int min) {
        if (v < min) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': must be at least " + min + ", got " + v);
        }
        return v;
    }

    /** The standard pipeline with these options' caps and knowledge files, loaded now; load messages go to {@code err}. */
    Pipeline pipeline(java.io.PrintWriter err) {
        return Sitrep.loaded(err, caps(), knowledge);
    }

    /** The token and sentence limits the annotator applies. */
    InputCaps caps() {
        return new InputCaps(maxTokenChars, maxSentenceWords);
    }

    /** The batch over these options: reader, cleaner with the given date, thread count and per-document limits. */
    Batch batch(Pipeline pipeline) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Duration timeout = Duration.ofNanos((long) (docTimeoutSeconds * 1e9));
        return new Batch(new SourceReader(format, (long) maxFileMb * 1024 * 1024), new ArticleCleaner(docDate), pipeline, n,
                new Batch.Limits(maxArticleChars, timeout));
    }
}
