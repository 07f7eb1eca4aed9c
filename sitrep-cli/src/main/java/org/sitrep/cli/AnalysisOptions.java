package org.sitrep.cli;

import java.time.Duration;
import java.time.LocalDate;
import org.sitrep.annotate.InputCaps;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.SourceReader;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options shared by the commands that analyse articles (analyze, ingest, watch): knowledge files, the date for undated
 * articles, threads, and the per-document limits that keep one document from ending a batch.
 */
final class AnalysisOptions {
    @picocli.CommandLine.Mixin
    KnowledgeOptions knowledge;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--doc-date", paramLabel = "<yyyy-mm-dd>", converter = DocDateConverter.class,
            description = "The publication date of articles that do not carry their own; relative dates (\"on Friday\") are resolved against it. "
                    + "Without it, an undated article's date is inferred from its text where it can be (docs/schema.md, published).")
    LocalDate docDate;

    private int threads;
    private int maxArticleChars = Batch.DEFAULT_MAX_ARTICLE_CHARS;
    private double docTimeoutSeconds = Batch.DEFAULT_TIMEOUT.toSeconds();
    private int maxTokenChars = InputCaps.DEFAULT_MAX_TOKEN_CHARS;
    private int maxSentenceWords = InputCaps.DEFAULT_MAX_SENTENCE_WORDS;

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

    /** The batch over {@code reader}: the cleaner with the given date, thread count and per-document limits. */
    Batch batch(SourceReader reader, Pipeline pipeline) {
        return batch(reader, pipeline, docDate);
    }

    /** {@link #batch(SourceReader, Pipeline)} with {@code date} (else the --doc-date given) for articles that carry none. */
    Batch batch(SourceReader reader, Pipeline pipeline, LocalDate date) {
        LocalDate docDate = date != null ? date : this.docDate;
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Duration timeout = Duration.ofNanos((long) (docTimeoutSeconds * 1e9));
        return new Batch(reader, new ArticleCleaner(docDate), pipeline, n, new Batch.Limits(maxArticleChars, timeout));
    }

    /** Whether loading the knowledge files skipped rows (which makes the exit code 1). */
    boolean knowledgeSkipped() {
        return knowledge.skippedRows() > 0;
    }
}
