package org.sitrep.web;

import io.javalin.http.Context;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.sitrep.store.EventExport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SitrepStore;

/**
 * {@code GET /api/export}: the events as {@code sitrep export} writes them ({@link EventExport}), byte for byte, as an
 * attachment: the GDELT-like and ACLED-like tables as {@code text/csv}, JSON Lines as {@code application/x-ndjson}.
 * Rows stream to the client as the store is read; a client that goes away stops the reading.
 */
final class ExportApi {
    private final SitrepStore store;

    ExportApi(SitrepStore store) {
        this.store = store;
    }

    void export(Context ctx) throws IOException {
        EventExport.Format format = Params.choice(ctx, "format", EventExport.Format.class);
        if (format == null) {
            throw new IllegalArgumentException("The parameter 'format' is required: gdelt, acled or jsonl");
        }
        EventQuery q = EventFilters.happened(ctx);
        if (format == EventExport.Format.ACLED && Params.bool(ctx, "all-contexts")) {
            throw new IllegalArgumentException("The parameter 'all-contexts' does not go with format 'acled': ACLED lists events that happened");
        }
        if (format == EventExport.Format.ACLED && !EventQuery.HAPPENED.containsAll(q.contexts())) {
            throw new IllegalArgumentException("The parameter 'context' may name only asserted and historical with format 'acled': ACLED lists events that happened");
        }
        boolean jsonl = format == EventExport.Format.JSONL;
        ctx.contentType(jsonl ? "application/x-ndjson; charset=utf-8" : "text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + (jsonl ? "sitrep-events.jsonl" : "sitrep-" + format.name().toLowerCase(Locale.ROOT) + ".csv") + "\"");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new Delivery(ctx.outputStream()), StandardCharsets.UTF_8));
        try {
            EventExport.write(store, q, format, out);
            out.flush();
        } catch (ClientGone e) {
            // The client closed the connection: there is no one left to answer.
        }
    }

    /** Thrown through the PrintWriter (which would swallow an IOException) when the client has gone. */
    private static final class ClientGone extends RuntimeException {
        ClientGone(IOException cause) {
            super(cause);
        }
    }

    /** The response stream, whose failures end the export instead of being ignored by the PrintWriter. */
    private static final class Delivery extends FilterOutputStream {
        Delivery(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new ClientGone(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new ClientGone(e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new ClientGone(e);
            }
        }
    }
}
