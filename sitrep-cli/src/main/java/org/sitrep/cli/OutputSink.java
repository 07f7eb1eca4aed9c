package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Document;
import org.sitrep.pipeline.DocumentResult;
import org.sitrep.pipeline.DocumentSink;
import org.sitrep.story.StoryGrouper;

/**
 * Analysed documents on standard output: a readable report, one JSON array, or JSON Lines. Copies of one story within
 * the run share a story id ({@link StoryGrouper}, docs/stories.md).
 */
final class OutputSink implements DocumentSink {
    /** The output formats of {@code analyze --format}. */
    enum Format { text, json, jsonl }

    private final Format format;
    private final PrintWriter out;
    private final JsonArrayWriter array;
    private final StoryGrouper stories = new StoryGrouper();

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
        Document doc = stories.assign(ok.document());
        switch (format) {
            case json -> array.add(DocumentJson.write(doc, true));
            case jsonl -> out.println(DocumentJson.write(doc, false));
            default -> out.println(TextReport.of(doc));
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
