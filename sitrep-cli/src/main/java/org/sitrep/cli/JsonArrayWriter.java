package org.sitrep.cli;

import java.io.PrintWriter;

/** Writes a JSON array one element at a time, so a large batch is never held in memory. */
final class JsonArrayWriter {
    private final PrintWriter out;
    private boolean first = true;

    JsonArrayWriter(PrintWriter out) {
        this.out = out;
        out.print("[");
    }

    void add(String json) {
        out.print(first ? "\n" : ",\n");
        out.print(json);
        first = false;
    }

    void close() {
        out.println(first ? "]" : "\n]");
        out.flush();
    }
}
