package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.pipeline.DocumentResult;
import org.sitrep.pipeline.DocumentSink;
import org.sitrep.pipeline.InputSummary;

/**
 * Puts a batch's results on the terminal and passes them on: warning and error lines on stderr (each naming its file
 * and record), a summary line per archive or feed, and every result to the sink it wraps (the store, JSON output).
 */
final class ReportingSink implements DocumentSink {
    private final DocumentSink next;
    private final PrintWriter err;

    ReportingSink(DocumentSink next, PrintWriter err) {
        this.next = next;
        this.err = err;
    }

    @Override
    public void accept(DocumentResult result) {
        result.warnings().forEach(w -> err.println("warning: " + w));
        if (result instanceof DocumentResult.Skipped s) {
            err.println("error: " + s.line());
        }
        next.accept(result);
    }

    @Override
    public void checkpoint() {
        next.checkpoint();
    }

    @Override
    public void inputDone(InputSummary summary) {
        if (summary.archive()) {
            err.println("sitrep: " + summary.line());
        }
        err.flush();
        next.inputDone(summary);
    }

    @Override
    public void close() {
        next.close();
    }
}
