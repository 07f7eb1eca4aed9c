package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageReport;

/** The end-of-batch lines on stderr: counts, what was skipped, and time per stage. */
final class Summary {
    private Summary() {}

    static void print(PrintWriter err, Batch.Outcome o, Pipeline pipeline) {
        StringBuilder left = new StringBuilder();
        if (o.skippedFiles() > 0 || o.skippedRecords() > 0) {
            left.append("; skipped ").append(o.skippedFiles()).append(" files and ").append(o.skippedRecords()).append(" records (see errors above)");
        }
        if (o.trimmed() > 0) {
            left.append("; ").append(o.trimmed()).append(" articles analysed only in part (see warnings above)");
        }
        err.printf(Locale.ROOT, "sitrep: %d articles from %d files in %.1f s (%.2f articles/s)%s%n", o.documents(), o.files(),
                o.nanos() / 1e9, o.documentsPerSecond(), left);
        StringBuilder sb = new StringBuilder("sitrep: stage ms/article:");
        for (StageReport r : pipeline.report()) {
            sb.append(String.format(Locale.ROOT, " %s %.1f", r.stage(), r.millisPerDocument()));
        }
        err.println(sb);
        err.flush();
    }
}
