package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.pipeline.Batch;

/**
 * Articles done, rate and ETA on one rewritten stderr line; silent unless stderr is a terminal (the launcher says so
 * through {@code -Dsitrep.progress}; without it, a console on both ends counts).
 */
final class ProgressLine implements Batch.Progress {
    private final PrintWriter err;
    private long lastPrint;

    private ProgressLine(PrintWriter err) {
        this.err = err;
    }

    static Batch.Progress forTerminal(PrintWriter err) {
        String told = System.getProperty("sitrep.progress");
        boolean terminal = told != null ? Boolean.parseBoolean(told) : System.console() != null;
        return terminal ? new ProgressLine(err) : null;
    }

    @Override
    public void update(int documents, int filesDone, int filesTotal, long elapsedNanos) {
        long now = System.nanoTime();
        if (now - lastPrint < 250_000_000L && filesDone < filesTotal) {
            return;
        }
        lastPrint = now;
        double secs = elapsedNanos / 1e9;
        double rate = secs > 0 ? documents / secs : 0;
        double eta = filesDone > 0 ? secs / filesDone * (filesTotal - filesDone) : 0;
        err.printf(Locale.ROOT, "\r%d articles, %d/%d files, %.1f articles/s, ETA %d:%02d   ", documents, filesDone, filesTotal,
                rate, (long) eta / 60, (long) eta % 60);
        if (filesDone == filesTotal) {
            err.println();
        }
        err.flush();
    }
}
