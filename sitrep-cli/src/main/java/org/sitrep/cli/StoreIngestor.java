package org.sitrep.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.RecordStream;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.SourceReader;
import org.sitrep.model.Document;
import org.sitrep.pipeline.DocumentResult;
import org.sitrep.pipeline.DocumentSink;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.SitrepStore;
import org.sitrep.web.Ingestor;

/**
 * What {@code sitrep serve} ingests with: the same readers, pipeline and per-document limits as {@code sitrep ingest}
 * ({@code --max-file-mb}, {@code --fetch}; {@code --input-format} for a request that names no format), the pipeline
 * loaded on the first request (so the server starts without waiting for the models). A request's articles are
 * committed together at its end; if storing fails midway, nothing of the request is kept.
 */
final class StoreIngestor implements Ingestor {
    private final SitrepStore store;
    private final AnalysisOptions analysis;
    private final InputOptions input;
    private final PrintWriter log;
    private Pipeline pipeline;

    StoreIngestor(SitrepStore store, AnalysisOptions analysis, InputOptions input, PrintWriter log) {
        this.store = store;
        this.analysis = analysis;
        this.input = input;
        this.log = log;
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null) {
            log.println("sitrep serve: loading the analysis models for the first ingest");
            log.flush();
            pipeline = analysis.pipeline(log);
        }
        return pipeline;
    }

    @Override
    public synchronized Report ingest(Request request) {
        SourceReader reader = reader(request);
        String name = request.url() != null ? request.url() : "request" + (request.name().isEmpty() ? "" : " (" + request.name() + ")");
        Source source = new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public RecordStream open() throws IngestException {
                return request.url() != null ? reader.openUrl(request.url()) : reader.open(name, request.body(), request.name(), request.contentType());
            }
        };
        List<Stored> stored = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void accept(DocumentResult result) {
                warnings.addAll(result.warnings());
                if (result instanceof DocumentResult.Ok ok) {
                    Document d = ok.document();
                    String story = store.put(d);
                    stored.add(new Stored(d.article().id(), d.article().title(), story, d.entities().size(), d.claims().size(), d.events().size()));
                } else if (result instanceof DocumentResult.Skipped s) {
                    errors.add(s.line());
                }
            }

            @Override
            public void checkpoint() {
                // One commit at the end of the request: readers see all of it or none.
            }
        };
        var batch = analysis.batch(reader, pipeline(), request.docDate());
        try {
            batch.run(List.of(source), sink, null);
            store.commitAndRelease(); // a `sitrep ingest` beside the server may write between requests
        } catch (RuntimeException | Error e) {
            // Whatever stopped it (a store failure, running out of memory while storing), the request's articles must not
            // stay in the writer, where the next request's commit would publish them.
            try {
                store.rollback();
            } catch (RuntimeException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
        return new Report(stored, errors, warnings);
    }

    /** The format a request is read in: the one it names, else {@code --input-format}. */
    InputFormat format(Request request) {
        InputFormat named = InputFormat.of(request.format());
        return named.isAuto() ? input.format : named;
    }

    /** The reader of one request: its format, {@code --max-file-mb} and the fetch options. */
    SourceReader reader(Request request) {
        return new SourceReader(format(request), input.settings(), InputStream.nullInputStream(), input.fetch.fetcher(), input.fetchLinks);
    }
}
