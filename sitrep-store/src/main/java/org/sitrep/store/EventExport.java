package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * The stored events written out in their day order (docs/exports.md), as {@code sitrep export} and
 * {@code GET /api/export} write them: {@link Format#GDELT}, a GDELT 2.0 event-table-like CSV, one row per event of a
 * story (folded by {@link SameEvents}; events without a CAMEO code are left out); {@link Format#ACLED}, an ACLED-like
 * CSV of the events with an ACLED type that happened, folded the same way; {@link Format#JSONL}, every mention's event
 * JSON on a line with its article, day, outlet and url. Rows stream to the writer as the store is read, so memory stays
 * bounded whatever the store's size. The caller owns the writer: it is neither flushed nor closed here.
 */
public final class EventExport {
    /** What to write. */
    public enum Format { GDELT, ACLED, JSONL }

    /**
     * What was written.
     *
     * @param rows    rows written (the CSV header not counted)
     * @param read    stored events read
     * @param leftOut events read but not written: without a CAMEO code (GDELT) or an ACLED type (ACLED)
     */
    public record Tally(long rows, long read, long leftOut) {}

    private EventExport() {}

    /** Writes the events {@code q} selects in {@code store} to {@code out} as {@code format}. */
    public static Tally write(SitrepStore store, EventQuery q, Format format, PrintWriter out) {
        if (store == null || q == null || format == null || out == null) {
            throw new IllegalArgumentException("The parameters 'store', 'q', 'format' and 'out' must not be null.");
        }
        long[] tally = new long[3]; // rows, events read, left out
        switch (format) {
            case JSONL -> store.forEachEvent(q, e -> {
                tally[1]++;
                tally[0]++;
                out.println(line(e));
            });
            case GDELT, ACLED -> {
                boolean gdelt = format == Format.GDELT;
                Csv.row(out, gdelt ? ExportRows.GDELT : ExportRows.ACLED);
                SameEvents events = new SameEvents(true, g -> {
                    tally[0]++;
                    Csv.row(out, gdelt ? ExportRows.gdelt(g) : ExportRows.acled(g));
                });
                store.forEachEvent(q, e -> {
                    tally[1]++;
                    if (gdelt ? e.json().path("cameo").isObject() : ExportRows.acled(e)) {
                        events.accept(e);
                    } else {
                        tally[2]++;
                    }
                });
                events.finish();
            }
        }
        return new Tally(tally[0], tally[1], tally[2]);
    }

    /** One JSON Lines record: the event's JSON with its article, story, day, outlet and url. */
    static String line(StoredEvent e) {
        ObjectNode o = e.json().deepCopy();
        o.put("article", e.article()).put("story", e.story()).put("day", e.day() == null ? null : e.day().toString())
                .put("dayPrecision", e.precision()).put("published", e.published() == null ? null : e.published().toString())
                .put("outlet", e.outlet()).put("url", e.url());
        return o.toString();
    }
}
