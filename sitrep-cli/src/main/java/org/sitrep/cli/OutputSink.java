package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.json.DocumentJson;
import org.sitrep.pipeline.DocumentResult;
import org.sitrep.pipeline.DocumentSink;

/** Analysed documents on standard output: a readable report, one JSON array, or JSON Lines. */
final class OutputSink implements DocumentSink {
    /** The output formats of {@code analyze --format}. */
    enum Format { text, json, jsonl }

    private final Format format;
    private final PrintWriter out;
    private final JsonArrayWriter array;

    OutputSink(Format format, PrintWriter out) {
        this.format = format;
        this.out = out;
        this.array = format == Format.json ? new JsonArrayWriter(out) : null;
    }

    @Override
    public void accept(DocumentResult result) {
        if (!(result instanceof DocumentResult.Ok ok)) {
            return;
        }
        switch (format) {
            case json -> array.add(DocumentJson.write(ok.document(), true));
            case jsonl -> out.println(DocumentJson.write(ok.document(), false));
            default -> out.println(TextReport.of(ok.document()));
        }
        out.flush();
    }

    /** Closes the JSON array, if any. */
    @Override
    public void close() {
        if (array != null) {
            array.close();
        }
        out.flush();
    }
}
