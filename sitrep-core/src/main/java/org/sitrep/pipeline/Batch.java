package org.sitrep.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Runs files through ingest, clean and a pipeline, one document at a time. A bad file or document is reported on the
 * error channel, naming it, and the batch goes on; {@link Outcome#skipped()} says whether anything was left out.
 */
public final class Batch {
    private final SourceReader reader;
    private final ArticleCleaner cleaner;
    private final Pipeline pipeline;

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

    public Batch(SourceReader reader, ArticleCleaner cleaner, Pipeline pipeline) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.pipeline = pipeline;
    }

    public Outcome run(List<Path> paths, Consumer<Document> sink, Consumer<String> errors, Consumer<String> warnings, Progress progress) {
        long t0 = System.nanoTime();
        Inputs.Expanded in = Inputs.expand(paths);
        in.errors().forEach(errors);
        int skippedFiles = in.errors().size();
        int skippedRecords = 0;
        int docs = 0;
        int done = 0;
        for (Path file : in.files()) {
            ReadResult read;
            try {
                read = reader.read(file);
            } catch (IngestException e) {
                errors.accept(e.getMessage());
                skippedFiles++;
                done++;
                continue;
            }
            if (read.warning() != null) {
                warnings.accept(read.warning());
            }
            read.errors().forEach(errors);
            skippedRecords += read.errors().size();
            List<Document> fromFile = new ArrayList<>();
            for (RawDocument raw : read.documents()) {
                try {
                    Article article = cleaner.clean(raw);
                    fromFile.add(pipeline.process(article));
                } catch (RuntimeException e) {
                    errors.accept(raw.source() + ": " + e.getMessage());
                    skippedRecords++;
                }
            }
            // Hand a file's documents over only once all of them are built: a failure never leaves half a file behind.
            fromFile.forEach(sink);
            docs += fromFile.size();
            done++;
            if (progress != null) {
                progress.update(docs, done, in.files().size(), System.nanoTime() - t0);
            }
        }
        return new Outcome(in.files().size(), docs, skippedFiles, skippedRecords, System.nanoTime() - t0);
    }
}
