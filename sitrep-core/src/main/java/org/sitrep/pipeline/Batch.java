package org.sitrep.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.ReadResult;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.RawDocument;

/**
 * Runs files through ingest, clean and a pipeline. Articles are analysed on {@code threads} threads, but everything is
 * reported in input order, file by file: a file's documents reach the sink together, only after all of them are built,
 * so a failure never leaves half a file behind. A bad file or article is reported on the error channel, naming it, and
 * the batch goes on; {@link Outcome#skipped()} says whether anything was left out.
 */
public final class Batch {
    /** Articles in flight per thread: enough to keep threads busy, few enough to bound memory. */
    private static final int WINDOW_PER_THREAD = 8;
    /** Longer bodies are refused: no news article is this long, and annotating one would stall the batch. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;
    private final SourceReader reader;
    private final ArticleCleaner cleaner;
    private final Pipeline pipeline;
    private final int threads;
    private final int maxArticleChars;

    /** What a batch did. */
    public record Outcome(int files, int documents, int skippedFiles, int skippedRecords, long nanos) {
        public boolean skipped() {
            return skippedFiles > 0 || skippedRecords > 0;
        }

        public double documentsPerSecond() {
            return nanos == 0 ? 0 : documents / (nanos / 1e9);
        }
    }

    /** Told after each file, with documents done so far and files done out of all. */
    public interface Progress {
        void update(int documents, int filesDone, int filesTotal, long elapsedNanos);
    }

    /** Where a batch reports: finished documents, error lines (each naming its file or record), warnings, progress (may be null). */
    public record Sinks(Consumer<Document> documents, Consumer<String> errors, Consumer<String> warnings, Progress progress) {}

    /** One article's outcome: its document, or the error line that replaces it. */
    private record Analysed(Document document, String error) {}

    /** One file on its way through: what reading it gave, and its articles in flight. */
    private record FileJob(ReadResult read, String readError, List<CompletableFuture<Analysed>> articles) {}

    public Batch(SourceReader reader, ArticleCleaner cleaner, Pipeline pipeline, int threads, int maxArticleChars) {
        if (threads < 1) {
            throw new IllegalArgumentException("The parameter 'threads' must be at least 1, got " + threads);
        }
        if (maxArticleChars < 1) {
            throw new IllegalArgumentException("The parameter 'maxArticleChars' must be at least 1, got " + maxArticleChars);
        }
        this.reader = reader;
        this.cleaner = cleaner;
        this.pipeline = pipeline;
        this.threads = threads;
        this.maxArticleChars = maxArticleChars;
    }

    public Batch(SourceReader reader, ArticleCleaner cleaner, Pipeline pipeline, int threads) {
        this(reader, cleaner, pipeline, threads, DEFAULT_MAX_ARTICLE_CHARS);
    }

    public Batch(SourceReader reader, ArticleCleaner cleaner, Pipeline pipeline) {
        this(reader, cleaner, pipeline, 1);
    }

    public Outcome run(List<Path> paths, Sinks sinks) {
        long t0 = System.nanoTime();
        Inputs.Expanded in = Inputs.expand(paths);
        in.errors().forEach(sinks.errors());
        Tally tally = new Tally(in.files().size(), in.errors().size(), t0);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-batch");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            Deque<FileJob> inFlight = new ArrayDeque<>();
            int articlesInFlight = 0;
            for (Path file : in.files()) {
                FileJob job = start(file, pool);
                inFlight.add(job);
                articlesInFlight += job.articles().size();
                while (!inFlight.isEmpty() && (pool == null || articlesInFlight > threads * WINDOW_PER_THREAD)) {
                    articlesInFlight -= deliver(inFlight.poll(), sinks, tally);
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(inFlight.poll(), sinks, tally);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Outcome(in.files().size(), tally.documents, tally.skippedFiles, tally.skippedRecords, System.nanoTime() - t0);
    }

    private FileJob start(Path file, ExecutorService pool) {
        ReadResult read;
        try {
            read = reader.read(file);
        } catch (IngestException e) {
            return new FileJob(null, e.getMessage(), List.of());
        }
        List<CompletableFuture<Analysed>> articles = new ArrayList<>();
        for (RawDocument raw : read.documents()) {
            articles.add(pool == null ? CompletableFuture.completedFuture(analyse(raw)) : CompletableFuture.supplyAsync(() -> analyse(raw), pool));
        }
        return new FileJob(read, null, articles);
    }

    private Analysed analyse(RawDocument raw) {
        try {
            Article article = cleaner.clean(raw);
            if (article.text().isBlank()) {
                return new Analysed(null, raw.source() + ": no article text (only a title or captions)");
            }
            if (article.text().length() > maxArticleChars) {
                return new Analysed(null, String.format(java.util.Locale.ROOT, "%s: article too long (%,d characters over the %,d limit; raise --max-article-chars)",
                        raw.source(), article.text().length(), maxArticleChars));
            }
            return new Analysed(pipeline.process(article), null);
        } catch (RuntimeException e) {
            return new Analysed(null, raw.source() + ": " + e.getMessage());
        }
    }

    /** Reports one file in order; returns how many articles it had in flight. */
    private static int deliver(FileJob job, Sinks sinks, Tally tally) {
        if (job.readError() != null) {
            sinks.errors().accept(job.readError());
            tally.skippedFiles++;
        } else {
            job.read().warnings().forEach(sinks.warnings());
            job.read().errors().forEach(sinks.errors());
            tally.skippedRecords += job.read().errors().size();
            List<Document> built = new ArrayList<>();
            for (CompletableFuture<Analysed> f : job.articles()) {
                Analysed a = f.join();
                if (a.error() != null) {
                    sinks.errors().accept(a.error());
                    tally.skippedRecords++;
                } else {
                    built.add(a.document());
                }
            }
            built.forEach(sinks.documents());
            tally.documents += built.size();
        }
        tally.filesDone++;
        if (sinks.progress() != null) {
            sinks.progress().update(tally.documents, tally.filesDone, tally.filesTotal, System.nanoTime() - tally.start);
        }
        return job.articles().size();
    }

    /** Running counts, touched only by the delivering thread. */
    private static final class Tally {
        final int filesTotal;
        final long start;
        int skippedFiles;
        int skippedRecords;
        int documents;
        int filesDone;

        Tally(int filesTotal, int skippedFiles, long start) {
            this.filesTotal = filesTotal;
            this.skippedFiles = skippedFiles;
            this.start = start;
        }
    }
}
