package org.sitrep.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.clean.Languages;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.ReadItem;
import org.sitrep.ingest.RecordStream;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.Notice;
import org.sitrep.model.RawDocument;

/**
 * Runs inputs through ingest, clean and a pipeline. Each input (file, URL, standard input) is opened by its
 * {@link org.sitrep.ingest.DocumentReader} and read record by record; articles are analysed on {@code threads} worker
 * threads, with a bounded number in flight, so an archive of any size runs in bounded memory. Everything is delivered
 * in input order, as one typed {@link DocumentResult} per document, to a {@link DocumentSink}: after the last result of
 * each input the sink hears {@link DocumentSink#inputDone} (and every {@value #CHECKPOINT_DOCUMENTS} documents of a long
 * archive {@link DocumentSink#checkpoint}), the moments a store commits, so a failure never leaves half an input
 * behind in it. A bad input or record is a skipped result naming it, and the batch goes on; {@link Outcome#skipped()}
 * says whether anything was left out.
 *
 * <p>No single document can end or stall the batch: each has a time budget ({@link Limits#timeout()}); past it the
 * batch reports "gave up after N s", interrupts the worker and, while that worker winds down, runs the rest on a
 * stand-in thread. A document that exhausts the heap or the stack is reported the same way. What a stage trimmed to
 * stay within its limits (an absurd token, an over-long sentence) comes back as a warning naming the document.
 */
public final class Batch {
    /** Articles in flight per thread: enough to keep threads busy, few enough to bound memory. */
    private static final int WINDOW_PER_THREAD = 8;
    /** Within one input, the sink hears a checkpoint after this many documents: how much of an archive a crash may cost. */
    public static final int CHECKPOINT_DOCUMENTS = 1000;
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

    /**
     * What a batch did. {@code files} counts inputs; {@code trimmed} counts documents analysed with something left out
     * (see their warnings).
     */
    public record Outcome(int files, int documents, int skippedFiles, int skippedRecords, int trimmed, long nanos) {
        public boolean skipped() {
            return skippedFiles > 0 || skippedRecords > 0 || trimmed > 0;
        }

        public double documentsPerSecond() {
            return nanos == 0 ? 0 : documents / (nanos / 1e9);
        }
    }

    /** Told after each input, with documents done so far and inputs done out of all. */
    public interface Progress {
        void update(int documents, int filesDone, int filesTotal, long elapsedNanos);
    }

    /**
     * Plain callbacks for a batch's results, as strings: finished documents, error lines (each naming its file or
     * record), warning lines, progress (may be null). {@link #asSink()} adapts them to a {@link DocumentSink}.
     */
    public record Sinks(Consumer<Document> documents, Consumer<String> errors, Consumer<String> warnings, Progress progress) {
        /** A sink that passes warnings, then the document or the error line, to these callbacks. */
        public DocumentSink asSink() {
            return result -> {
                result.warnings().forEach(warnings);
                if (result instanceof DocumentResult.Ok ok) {
                    documents.accept(ok.document());
                } else if (result instanceof DocumentResult.Skipped s) {
                    errors.accept(s.line());
                }
            };
        }
    }

    /** One article's outcome: its document, or the error line that replaces it. */
    private record Analysed(Document document, String error) {}

    /** Made in advance: when even the error line cannot be built (the heap is exhausted), this one still can be reported. */
    private static final Analysed FAILED = new Analysed(null, "a document failed and its error could not be described (out of memory)");

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

    /** Runs the files, directories and {@code -} given, reporting through plain callbacks. */
    public Outcome run(List<Path> paths, Sinks sinks) {
        return run(reader.sourcesOf(paths), sinks.asSink(), sinks.progress());
    }

    /** Runs the inputs given as arguments (files, directories, {@code -}, http(s) URLs) through the batch's reader. */
    public Outcome runInputs(List<String> inputs, DocumentSink sink, Progress progress) {
        return run(reader.sources(inputs), sink, progress);
    }

    /** Runs {@code sources} in order into {@code sink}; {@code progress} may be null. */
    public Outcome run(List<? extends Source> sources, DocumentSink sink, Progress progress) {
        return run(sources, sink, progress, () -> false);
    }

    /**
     * As {@link #run(List, DocumentSink, Progress)}, stopping early once {@code stop} says so: no further record is read,
     * the documents in flight are finished and delivered, and the input being read gets no {@code inputDone} (its
     * delivered documents are whole; the sink's owner decides whether to keep them).
     */
    public Outcome run(List<? extends Source> sources, DocumentSink sink, Progress progress, BooleanSupplier stop) {
        long t0 = System.nanoTime();
        Tally tally = new Tally(sources.size(), t0);
        Workers workers = new Workers(threads);
        Deliveries out = new Deliveries(sink, progress, tally);
        try {
            for (Source source : sources) {
                if (stop.getAsBoolean()) {
                    break;
                }
                readInput(source, workers, out, stop);
            }
            out.drain();
        } finally {
            workers.pool.shutdownNow();
        }
        return new Outcome(sources.size(), tally.documents, tally.skippedFiles, tally.skippedRecords, tally.trimmed, System.nanoTime() - t0);
    }

    /** Reads one input record by record, submitting its documents and queueing everything for delivery in order. */
    private void readInput(Source source, Workers workers, Deliveries out, BooleanSupplier stop) {
        InputTally in = new InputTally(source.name());
        RecordStream records;
        try {
            records = source.open();
        } catch (IngestException e) {
            out.add(new Pending(null, in, new DocumentResult.Skipped(source.name(), e.source(), e.problem(), true, List.of()), Pending.RESULT));
            out.add(new Pending(null, in, null, Pending.END));
            return;
        } catch (RuntimeException e) {
            out.add(new Pending(null, in, new DocumentResult.Skipped(source.name(), source.name(), "cannot read: " + e, true, List.of()), Pending.RESULT));
            out.add(new Pending(null, in, null, Pending.END));
            return;
        }
        boolean stopped = false;
        try (records) {
            in.archive = records.archive();
            int sinceCheckpoint = 0;
            while (true) {
                if (stop.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                ReadItem item;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    item = records.next();
                } catch (RuntimeException | StackOverflowError e) {
                    // a reader's own failure: the rest of this input cannot be trusted, the rest of the batch goes on
                    out.add(new Pending(null, in, new DocumentResult.Skipped(source.name(), source.name(), "reading stopped: " + e, false,
                            List.of()), Pending.RESULT));
                    break;
                }
                in.records++;
                if (item instanceof ReadItem.Read r) {
                    Task task = new Task(r, workers);
                    workers.pool.execute(task);
                    out.add(new Pending(task, in, null, Pending.DOCUMENT));
                    if (++sinceCheckpoint >= CHECKPOINT_DOCUMENTS) {
                        out.add(new Pending(null, in, null, Pending.CHECKPOINT));
                        sinceCheckpoint = 0;
                    }
                } else if (item instanceof ReadItem.Failed f) {
                    out.add(new Pending(null, in, new DocumentResult.Skipped(source.name(), f.record(), f.problem(), f.wholeInput(), List.of()),
                            Pending.RESULT));
                } else if (item instanceof ReadItem.Passed p) {
                    in.passed.merge(p.reason(), 1, Integer::sum);
                }
                out.pump(threads * WINDOW_PER_THREAD);
            }
        }
        if (!stopped) {
            out.add(new Pending(null, in, null, Pending.END));
        }
    }

    private Analysed analyse(RawDocument raw, Task task) {
        try {
            Article article = cleaner.clean(raw);
            if (article.text().isBlank()) {
                return new Analysed(null, "no article text (only a title or captions)");
            }
            if (article.text().length() > limits.maxArticleChars()) {
                return new Analysed(null, String.format(Locale.ROOT, "article too long (%,d characters over the %,d limit; raise --max-article-chars)",
                        article.text().length(), limits.maxArticleChars()));
            }
            if (!Languages.isSupported(article.language()) && !Languages.UNDETERMINED.equals(article.language())) {
                // An article in a language the analysis is not written for would come out empty, and look like news without events.
                return new Analysed(null, "language " + article.language() + " not supported yet (article skipped)");
            }
            return new Analysed(pipeline.process(article, stage -> task.stage = stage), null);
        } catch (RuntimeException e) {
            return new Analysed(null, String.valueOf(e.getMessage()));
        } catch (OutOfMemoryError e) {
            return new Analysed(null, "ran out of memory in stage '" + task.stage
                    + "' (the document needs more than the heap holds; lower --max-article-chars or give Java more memory)");
        } catch (StackOverflowError e) {
            return new Analysed(null, "nesting too deep for stage '" + task.stage + "' (stack overflow)");
        }
    }

    /** One entry of the delivery queue: a document in flight, a ready result, a checkpoint or the end of an input. */
    private record Pending(Task task, InputTally input, DocumentResult result, int kind) {
        static final int DOCUMENT = 0;
        static final int RESULT = 1;
        static final int CHECKPOINT = 2;
        static final int END = 3;
    }

    /** The delivery queue, in input order, on the reading thread. */
    private final class Deliveries {
        private final Deque<Pending> queue = new ArrayDeque<>();
        private final DocumentSink sink;
        private final Progress progress;
        private final Tally tally;
        private int documentsInFlight;

        Deliveries(DocumentSink sink, Progress progress, Tally tally) {
            this.sink = sink;
            this.progress = progress;
            this.tally = tally;
        }

        void add(Pending p) {
            queue.add(p);
            if (p.kind() == Pending.DOCUMENT) {
                documentsInFlight++;
            }
            pump(Integer.MAX_VALUE);
        }

        /** Delivers what is ready at the head of the queue, and waits while more than {@code window} documents are in flight. */
        void pump(int window) {
            while (!queue.isEmpty()) {
                Pending head = queue.peek();
                boolean ready = head.kind() != Pending.DOCUMENT || head.task().result.isDone();
                if (!ready && documentsInFlight <= window) {
                    return;
                }
                deliver(queue.poll());
            }
        }

        void drain() {
            while (!queue.isEmpty()) {
                deliver(queue.poll());
            }
        }

        private void deliver(Pending p) {
            InputTally in = p.input();
            switch (p.kind()) {
                case Pending.DOCUMENT -> {
                    documentsInFlight--;
                    Task task = p.task();
                    Analysed a = await(task);
                    ReadItem.Read read = task.read;
                    if (a.error() != null) {
                        tally.skippedRecords++;
                        in.skipped++;
                        sink.accept(new DocumentResult.Skipped(in.name, read.record(), a.error(), false, read.warnings()));
                    } else {
                        List<String> warnings = new ArrayList<>(read.warnings());
                        for (Notice n : a.document().notices()) {
                            warnings.add(read.record() + ": " + n.stage() + ": " + n.message());
                        }
                        tally.trimmed += a.document().notices().isEmpty() ? 0 : 1;
                        tally.documents++;
                        in.documents++;
                        sink.accept(new DocumentResult.Ok(in.name, read.record(), a.document(), warnings));
                    }
                }
                case Pending.RESULT -> {
                    DocumentResult.Skipped s = (DocumentResult.Skipped) p.result();
                    if (s.wholeInput()) {
                        tally.skippedFiles++;
                    } else {
                        tally.skippedRecords++;
                        in.skipped++;
                    }
                    sink.accept(s);
                }
                case Pending.CHECKPOINT -> sink.checkpoint();
                default -> {
                    sink.inputDone(new InputSummary(in.name, in.archive, in.records, in.documents, in.skipped, in.passed));
                    tally.filesDone++;
                    if (progress != null) {
                        progress.update(tally.documents, tally.filesDone, tally.filesTotal, System.nanoTime() - tally.start);
                    }
                }
            }
        }
    }

    /** The task's outcome, or a "gave up" error once it has run longer than the budget. */
    private Analysed await(Task task) {
        long budget = limits.timeout().toNanos();
        if (task.result.isDone() && task.finishedNanos - task.startedNanos > budget && task.startedNanos != 0) {
            // It ended, but later than its budget allowed: the budget holds whether or not anyone was waiting at the time.
            return overBudget(task);
        }
        while (true) {
            long started = task.startedNanos;
            long wait = started == 0 ? budget : budget - (System.nanoTime() - started);
            if (started != 0 && wait <= 0) {
                if (!task.abandon()) {
                    // it ended just now (its runner is gone); its result says when, once it is there
                    Analysed done = task.result.join();
                    return task.finishedNanos - started <= budget ? done : overBudget(task);
                }
                return overBudget(task);
            }
            try {
                return task.result.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // loop: either the task has now started and its own budget applies, or its budget is spent
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                task.abandon();
                return new Analysed(null, "interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("a task's future never fails", e);
            }
        }
    }

    private Analysed overBudget(Task task) {
        return new Analysed(null, String.format(Locale.ROOT, "gave up after %s in stage '%s' (over the per-document time budget; raise --doc-timeout)",
                seconds(limits.timeout()), task.stage));
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** One article's analysis on a worker; it can be abandoned (interrupted, its result ignored) by the delivering thread. */
    private final class Task implements Runnable {
        final ReadItem.Read read;
        final Workers workers;
        final CompletableFuture<Analysed> result = new CompletableFuture<>();
        volatile long startedNanos;
        volatile long finishedNanos;
        volatile String stage = "clean";
        private Thread runner;
        private boolean abandoned;

        Task(ReadItem.Read read, Workers workers) {
            this.read = read;
            this.workers = workers;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (abandoned) {
                    result.complete(new Analysed(null, "not analysed (the batch stopped first)"));
                    return;
                }
                runner = Thread.currentThread();
                startedNanos = System.nanoTime();
            }
            Analysed a = FAILED;
            boolean gaveBack;
            try {
                a = analyse(read.document(), this);
            } catch (Throwable t) {
                a = new Analysed(null, String.valueOf(t));
            } finally {
                finishedNanos = System.nanoTime();
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

        Tally(int filesTotal, long start) {
            this.filesTotal = filesTotal;
            this.start = start;
        }
    }

    /** Counts for one input, for its summary. */
    private static final class InputTally {
        final String name;
        final Map<String, Integer> passed = new LinkedHashMap<>();
        boolean archive;
        int records;
        int documents;
        int skipped;

        InputTally(String name) {
            this.name = name;
        }
    }
}
