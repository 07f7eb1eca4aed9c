package org.sitrep.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.clean.Languages;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.ReadResult;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.Notice;
import org.sitrep.model.RawDocument;

/**
 * Runs files through ingest, clean and a pipeline. Articles are analysed on {@code threads} worker threads, but
 * everything is reported in input order, file by file: a file's documents reach the sink together, only after all of
 * them are built, so a failure never leaves half a file behind. A bad file or article is reported on the error
 * channel, naming it, and the batch goes on; {@link Outcome#skipped()} says whether anything was left out.
 *
 * <p>No single document can end or stall the batch: each has a time budget ({@link Limits#timeout()}); past it the
 * batch reports "gave up after N s", interrupts the worker and, while that worker winds down, runs the rest on a
 * stand-in thread. A document that exhausts the heap or the stack is reported the same way. What a stage trimmed to
 * stay within its limits (an absurd token, an over-long sentence) comes back as a warning naming the document.
 */
public final class Batch {
    /** Articles in flight per thread: enough to keep threads busy, few enough to bound memory. */
    private static final int WINDOW_PER_THREAD = 8;
    /** Longer bodies are refused: no news article is this long, and annotating one would stall the batch. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;
    /** Per-document time: a long article takes a few seconds; one at the length limit well under a minute. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final SourceReader reader;
    private final ArticleCleaner cleaner;
    private final Pipeline pipeline;
    private final int threads;
    private final Limits limits;

    /** Per-document limits: body length, and the time one document may take from the start of its analysis. */
    public record Limits(int maxArticleChars, Duration timeout) {
        public static final Limits DEFAULT = new Limits(DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_TIMEOUT);

        public Limits {
            if (maxArticleChars < 1) {
                throw new IllegalArgumentException("The parameter 'maxArticleChars' must be at least 1, got " + maxArticleChars);
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("The parameter 'timeout' must be positive, got " + timeout);
            }
        }
    }

    /** What a batch did. {@code trimmed} counts documents analysed with something left out (see their warnings). */
    public record Outcome(int files, int documents, int skippedFiles, int skippedRecords, int trimmed, long nanos) {
        public boolean skipped() {
            return skippedFiles > 0 || skippedRecords > 0 || trimmed > 0;
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

    /** Made in advance: when even the error line cannot be built (the heap is exhausted), this one still can be reported. */
    private static final Analysed FAILED = new Analysed(null, "a document failed and its error could not be described (out of memory)");

    /** One file on its way through: what reading it gave, and its articles in flight. */
    private record FileJob(ReadResult read, String readError, List<Task> articles) {}

    public Batch(SourceReader reader, ArticleCleaner cleaner, Pipeline pipeline, int threads, Limits limits) {
        if (threads < 1) {
            throw new IllegalArgumentException("The parameter 'threads' must be at least 1, got " + threads);
        }
        if (limits == null) {
            throw new IllegalArgumentException("The parameter 'limits' must not be null.");
        }
        this.reader = reader;
        this.cleaner = cleaner;
        this.pipeline = pipeline;
        this.threads = threads;
        this.limits = limits;
    }

    public Batch(SourceReader reader, ArticleCleaner cleaner, Pipeline pipeline, int threads, int maxArticleChars) {
        this(reader, cleaner, pipeline, threads, new Limits(maxArticleChars, DEFAULT_TIMEOUT));
    }

    public Batch(SourceReader reader, ArticleCleaner cleaner, Pipeline pipeline, int threads) {
        this(reader, cleaner, pipeline, threads, Limits.DEFAULT);
    }

    public Batch(SourceReader reader, ArticleCleaner cleaner, Pipeline pipeline) {
        this(reader, cleaner, pipeline, 1);
    }

    public Outcome run(List<Path> paths, Sinks sinks) {
        long t0 = System.nanoTime();
        Inputs.Expanded in = Inputs.expand(paths);
        in.errors().forEach(sinks.errors());
        Tally tally = new Tally(in.files().size(), in.errors().size(), t0);
        Workers workers = new Workers(threads);
        try {
            Deque<FileJob> inFlight = new ArrayDeque<>();
            int articlesInFlight = 0;
            for (Path file : in.files()) {
                FileJob job = start(file, workers);
                inFlight.add(job);
                articlesInFlight += job.articles().size();
                while (!inFlight.isEmpty() && articlesInFlight > threads * WINDOW_PER_THREAD) {
                    articlesInFlight -= deliver(inFlight.poll(), sinks, tally);
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(inFlight.poll(), sinks, tally);
            }
        } finally {
            workers.pool.shutdownNow();
        }
        return new Outcome(in.files().size(), tally.documents, tally.skippedFiles, tally.skippedRecords, tally.trimmed, System.nanoTime() - t0);
    }

    private FileJob start(Path file, Workers workers) {
        ReadResult read;
        try {
            read = reader.read(file);
        } catch (IngestException e) {
            return new FileJob(null, e.getMessage(), List.of());
        }
        List<Task> articles = new ArrayList<>();
        for (RawDocument raw : read.documents()) {
            Task task = new Task(raw, workers);
            articles.add(task);
            workers.pool.execute(task);
        }
        return new FileJob(read, null, articles);
    }

    private Analysed analyse(RawDocument raw, Task task) {
        try {
            Article article = cleaner.clean(raw);
            if (article.text().isBlank()) {
                return new Analysed(null, raw.source() + ": no article text (only a title or captions)");
            }
            if (article.text().length() > limits.maxArticleChars()) {
                return new Analysed(null, String.format(Locale.ROOT, "%s: article too long (%,d characters over the %,d limit; raise --max-article-chars)",
                        raw.source(), article.text().length(), limits.maxArticleChars()));
            }
            if (!Languages.isSupported(article.language()) && !Languages.UNDETERMINED.equals(article.language())) {
                // An article in a language the analysis is not written for would come out empty, and look like news without events.
                return new Analysed(null, raw.source() + ": language " + article.language() + " not supported yet (article skipped)");
            }
            return new Analysed(pipeline.process(article, stage -> task.stage = stage), null);
        } catch (RuntimeException e) {
            return new Analysed(null, raw.source() + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Analysed(null, raw.source() + ": ran out of memory in stage '" + task.stage
                    + "' (the document needs more than the heap holds; lower --max-article-chars or give Java more memory)");
        } catch (StackOverflowError e) {
            return new Analysed(null, raw.source() + ": nesting too deep for stage '" + task.stage + "' (stack overflow)");
        }
    }

    /** Reports one file in order; returns how many articles it had in flight. */
    private int deliver(FileJob job, Sinks sinks, Tally tally) {
        if (job.readError() != null) {
            sinks.errors().accept(job.readError());
            tally.skippedFiles++;
        } else {
            job.read().warnings().forEach(sinks.warnings());
            job.read().errors().forEach(sinks.errors());
            tally.skippedRecords += job.read().errors().size();
            List<Document> built = new ArrayList<>();
            for (Task task : job.articles()) {
                Analysed a = await(task);
                if (a.error() != null) {
                    sinks.errors().accept(a.error());
                    tally.skippedRecords++;
                } else {
                    for (Notice n : a.document().notices()) {
                        sinks.warnings().accept(task.raw.source() + ": " + n.stage() + ": " + n.message());
                    }
                    tally.trimmed += a.document().notices().isEmpty() ? 0 : 1;
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

    /** The task's outcome, or a "gave up" error once it has run longer than the budget. */
    private Analysed await(Task task) {
        long budget = limits.timeout().toNanos();
        while (true) {
            long started = task.startedNanos;
            long wait = started == 0 ? budget : budget - (System.nanoTime() - started);
            if (started != 0 && wait <= 0) {
                if (!task.abandon()) {
                    return task.result.join(); // it ended just now
                }
                return new Analysed(null, String.format(Locale.ROOT, "%s: gave up after %s in stage '%s' (over the per-document time budget; raise --doc-timeout)",
                        task.raw.source(), seconds(limits.timeout()), task.stage));
            }
            try {
                return task.result.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // loop: either the task has now started and its own budget applies, or its budget is spent
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                task.abandon();
                return new Analysed(null, task.raw.source() + ": interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("a task's future never fails", e);
            }
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** One article's analysis on a worker; it can be abandoned (interrupted, its result ignored) by the delivering thread. */
    private final class Task implements Runnable {
        final RawDocument raw;
        final Workers workers;
        final CompletableFuture<Analysed> result = new CompletableFuture<>();
        volatile long startedNanos;
        volatile String stage = "clean";
        private Thread runner;
        private boolean abandoned;

        Task(RawDocument raw, Workers workers) {
            this.raw = raw;
            this.workers = workers;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (abandoned) {
                    result.complete(new Analysed(null, raw.source() + ": not analysed (the batch stopped first)"));
                    return;
                }
                runner = Thread.currentThread();
                startedNanos = System.nanoTime();
            }
            Analysed a = FAILED;
            boolean gaveBack;
            try {
                a = analyse(raw, this);
            } catch (Throwable t) {
                a = new Analysed(null, raw.source() + ": " + t);
            } finally {
                if (a == null) {
                    a = FAILED; // building the error line itself failed (the heap again)
                }
                synchronized (this) {
                    runner = null;
                    Thread.interrupted(); // an interrupt meant for this task must not reach the worker's next one
                    gaveBack = abandoned;
                }
                if (gaveBack) {
                    workers.resize(-1);
                }
                result.complete(a);
            }
        }

        /**
         * Stops waiting for this task; returns whether it was running. A running task is interrupted and a stand-in
         * worker added, which the task gives back when it ends: the two always pair up.
         */
        synchronized boolean abandon() {
            if (abandoned) {
                return runner != null;
            }
            abandoned = true;
            if (runner != null) {
                runner.interrupt();
                workers.resize(+1);
                return true;
            }
            return false;
        }
    }

    /** The worker pool, which grows by one for each abandoned task still winding down. */
    private static final class Workers {
        final ThreadPoolExecutor pool;
        final int threads;
        private int extra;

        Workers(int threads) {
            this.threads = threads;
            this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "sitrep-batch");
                t.setDaemon(true);
                return t;
            });
        }

        synchronized void resize(int delta) {
            extra += delta;
            int size = threads + Math.max(0, extra);
            if (size > pool.getMaximumPoolSize()) {
                pool.setMaximumPoolSize(size);
                pool.setCorePoolSize(size);
            } else {
                pool.setCorePoolSize(size);
                pool.setMaximumPoolSize(size);
            }
        }
    }

    /** Running counts, touched only by the delivering thread. */
    private static final class Tally {
        final int filesTotal;
        final long start;
        int skippedFiles;
        int skippedRecords;
        int trimmed;
        int documents;
        int filesDone;

        Tally(int filesTotal, int skippedFiles, long start) {
            this.filesTotal = filesTotal;
            this.skippedFiles = skippedFiles;
            this.start = start;
        }
    }
}
