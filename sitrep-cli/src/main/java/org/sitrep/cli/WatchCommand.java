package org.sitrep.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.Bytes;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.ReadItem;
import org.sitrep.ingest.ReaderSettings;
import org.sitrep.ingest.RecordStream;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.SourceReader;
import org.sitrep.ingest.feed.FeedReader;
import org.sitrep.ingest.fetch.FetchException;
import org.sitrep.ingest.fetch.Fetched;
import org.sitrep.ingest.fetch.PageFetcher;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.DocumentResult;
import org.sitrep.pipeline.DocumentSink;
import org.sitrep.pipeline.InputSummary;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "watch", mixinStandardHelpOptions = true, header = "Poll feeds and add their new items to the store.",
        description = "Polls RSS/Atom feeds (URLs, or feed files) every interval and ingests only the items it has not taken "
                + "before, fetching the pages of items that only link to their article. What it has taken is remembered across "
                + "restarts in a file beside the store (<store>.watch), written after each commit of the store. Ctrl-C stops it "
                + "cleanly: the item in hand is finished, the store committed and the state written, or the item is left for the "
                + "next run; nothing is half-written.")
final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<feed>", description = "Feed URLs (http or https) or feed files to poll.")
    List<String> feeds;

    @Option(names = "--every", paramLabel = "<interval>", defaultValue = "5m", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            converter = IntervalConverter.class, description = "Time between the start of two polls: 90s, 5m, 1h.")
    Duration every;

    @Option(names = "--polls", paramLabel = "<n>", defaultValue = "0", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Stop after this many polls; 0 polls until stopped (Ctrl-C).")
    int polls;

    @Mixin
    StoreOption store;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    FetchOptions fetch;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    /** Asks a running watch to stop after the item in hand, as Ctrl-C does. */
    void requestStop() {
        stop.countDown();
    }

    private boolean stopping() {
        return stop.getCount() == 0;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (polls < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--polls': must be at least 0, got " + polls);
        }
        Pipeline pipeline = analysis.pipeline(err);
        WatchState state = WatchState.load(WatchState.fileFor(store.dir));
        PageFetcher fetcher = fetch.fetcher();
        Thread hook = new Thread(() -> {
            requestStop();
            try {
                finished.await(60, TimeUnit.SECONDS); // the JVM exits when the hook returns: let the watch finish first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean troubled = false;
        try (SitrepStore s = SitrepStore.open(store.dir)) {
            Batch batch = analysis.batch(new SourceReader(InputFormat.RSS, ReaderSettings.DEFAULT, InputStream.nullInputStream(), fetcher, true), pipeline);
            for (int poll = 1; polls == 0 || poll <= polls; poll++) {
                long started = System.nanoTime();
                troubled |= poll(poll, batch, s, state, fetcher, out, err);
                if (stopping() || polls != 0 && poll == polls) {
                    break;
                }
                long wait = every.toNanos() - (System.nanoTime() - started);
                if (wait > 0 && stop.await(wait, TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
            if (stopping()) {
                out.println("stopped; " + state.size() + " items remembered in " + state.file());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook is running and waits for us
            }
        }
        out.flush();
        return troubled || analysis.knowledgeSkipped() ? 1 : 0;
    }

    /** One poll over every feed; returns whether anything failed or was skipped. */
    private boolean poll(int poll, Batch batch, SitrepStore store, WatchState state, PageFetcher fetcher, PrintWriter out, PrintWriter err)
            throws IOException {
        FeedReader reader = new FeedReader(ReaderSettings.DEFAULT);
        List<Source> sources = new ArrayList<>();
        Map<String, String> keyOfRecord = new HashMap<>();
        Set<String> retry = new HashSet<>();
        int fresh = 0;
        boolean troubled = false;
        for (String feed : feeds) {
            List<FeedReader.Item> unseen = new ArrayList<>();
            try {
                for (FeedReader.Item item : reader.items(open(feed, fetcher))) {
                    if (!state.seen(item.key())) {
                        unseen.add(item);
                    }
                }
            } catch (IngestException e) {
                err.println("error: " + e.getMessage());
                troubled = true;
                continue;
            }
            fresh += unseen.size();
            sources.add(new UnseenItems(feed, unseen, reader, fetcher, keyOfRecord, retry));
        }
        StoreSink stored = new StoreSink(store);
        WatchSink sink = new WatchSink(stored, state, keyOfRecord, retry);
        Batch.Outcome o = batch.run(sources, new ReportingSink(sink, err), null, this::stopping);
        sink.checkpoint(); // a stopped poll: what was delivered is whole; commit it and remember it
        out.printf(Locale.ROOT, "poll %d: %d feeds, %d new items: %d stored, %d skipped%n", poll, feeds.size(), fresh, stored.stored(),
                o.skippedFiles() + o.skippedRecords());
        out.flush();
        return troubled || o.skipped();
    }

    /** A feed's bytes: fetched for a URL, read for a file. */
    private static Input open(String feed, PageFetcher fetcher) throws IngestException {
        if (SourceReader.isUrl(feed)) {
            try {
                Fetched f = fetcher.fetch(URI.create(feed));
                return new Input(feed, new ByteArrayInputStream(f.body()), false, "", f.uri().toString(), f.contentType(), fetcher);
            } catch (FetchException e) {
                throw new IngestException(feed, e.problem());
            } catch (IllegalArgumentException e) {
                throw new IngestException(feed, "not a valid URL");
            }
        }
        Path file = Path.of(feed);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = Bytes.readLimited(in, feed, ReaderSettings.DEFAULT.maxBytes());
            return new Input(feed, new ByteArrayInputStream(bytes), false, String.valueOf(file.getFileName()), null, null, fetcher);
        } catch (IOException e) {
            throw new IngestException(feed, Files.exists(file) ? "cannot read: " + e.getMessage() : "no such file");
        }
    }

    /** The unseen items of one feed, converted (and their pages fetched) one at a time as the batch asks. */
    private static final class UnseenItems implements Source {
        private final String feed;
        private final List<FeedReader.Item> items;
        private final FeedReader reader;
        private final PageFetcher fetcher;
        private final Map<String, String> keyOfRecord;
        private final Set<String> retry;

        UnseenItems(String feed, List<FeedReader.Item> items, FeedReader reader, PageFetcher fetcher, Map<String, String> keyOfRecord,
                    Set<String> retry) {
            this.feed = feed;
            this.items = items;
            this.reader = reader;
            this.fetcher = fetcher;
            this.keyOfRecord = keyOfRecord;
            this.retry = retry;
        }

        @Override
        public String name() {
            return feed;
        }

        @Override
        public RecordStream open() {
            Iterator<FeedReader.Item> it = items.iterator();
            return new RecordStream.Lazy() {
                @Override
                protected ReadItem computeNext() {
                    if (!it.hasNext()) {
                        return null;
                    }
                    FeedReader.Item item = it.next();
                    ReadItem r = reader.toRead(item, fetcher);
                    keyOfRecord.put(r.record(), item.key());
                    if (r instanceof ReadItem.Failed f && f.retryable()) {
                        retry.add(r.record());
                    }
                    return r;
                }

                @Override
                public boolean archive() {
                    return true;
                }
            };
        }
    }

    /**
     * The store, then the state: at each checkpoint the store commits and only then are the items it holds (and those
     * skipped for good) remembered. Items whose page could not be fetched for now are left for the next poll.
     */
    private static final class WatchSink implements DocumentSink {
        private final StoreSink store;
        private final WatchState state;
        private final Map<String, String> keyOfRecord;
        private final Set<String> retry;
        private final List<String> pending = new ArrayList<>();

        WatchSink(StoreSink store, WatchState state, Map<String, String> keyOfRecord, Set<String> retry) {
            this.store = store;
            this.state = state;
            this.keyOfRecord = keyOfRecord;
            this.retry = retry;
        }

        @Override
        public void accept(DocumentResult result) {
            store.accept(result);
            String key = keyOfRecord.get(result.record());
            if (key != null && !retry.contains(result.record())) {
                pending.add(key);
            }
        }

        @Override
        public void checkpoint() {
            store.checkpoint();
            try {
                state.addAndSave(pending);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the watch state " + state.file() + ": " + e.getMessage(), e);
            }
            pending.clear();
        }

        @Override
        public void inputDone(InputSummary summary) {
            checkpoint();
        }
    }

    /** {@code 90s}, {@code 5m}, {@code 1h}, {@code 500ms}, or a bare number of seconds. */
    static final class IntervalConverter implements ITypeConverter<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not an interval (write 90s, 5m or 1h)");
            }
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = switch (unit) {
                case "ms" -> n;
                case "m" -> n * 60_000;
                case "h" -> n * 3_600_000;
                default -> n * 1000;
            };
            return Duration.ofMillis((long) millis);
        }
    }
}
