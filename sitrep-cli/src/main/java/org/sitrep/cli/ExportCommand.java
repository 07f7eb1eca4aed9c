package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, header = "Write the stored events as a GDELT-like or ACLED-like CSV table, or as JSON Lines.",
        description = "Writes the stored events in their day order (docs/exports.md): gdelt, a GDELT 2.0 event-table-like CSV with "
                + "Sitrep's columns at the end, one row per event of a story (its copies in the story's articles counted in "
                + "NumMentions, NumSources and NumArticles; events without a CAMEO code are left out); acled, an ACLED-like CSV of "
                + "the events with an ACLED type, folded the same way; jsonl, every mention's event JSON on a line with its "
                + "article, day, outlet and url. CSV follows RFC 4180 (a header row, CRLF, quoted fields). Only events that "
                + "happened (asserted, historical) are written unless --all-contexts (gdelt and jsonl). A --store without an "
                + "index is an error (exit 1).")
final class ExportCommand implements Callable<Integer> {
    enum Format { gdelt, acled, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--format", paramLabel = "<format>", required = true, description = "What to write: ${COMPLETION-CANDIDATES}.")
    Format format;






    @Option(names = "--output", paramLabel = "<file>", description = "Write to this file (whole or not at all) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (filter.allContexts && format == Format.acled) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--all-contexts does not go with --format acled: ACLED lists events that happened");
        }
        EventQuery q = filter.query();
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            long[] tally = new long[3]; // rows, events read, left out
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                write(s, q, out, tally);
                out.flush();
            } else {
                OutputFiles.writeAtomically(output, o -> {
                    PrintWriter out = new PrintWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
                    write(s, q, out, tally);
                    out.flush();
                });
            }
            spec.commandLine().getErr().printf("sitrep export: %d rows from %d stored events%s%s%n", tally[0], tally[1],
                    tally[2] == 0 ? "" : ", " + tally[2] + (format == Format.gdelt ? " without a CAMEO code left out" : " without an ACLED type left out"),
                    output == null ? "" : " to " + output);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep export: " + e.getMessage());
            return 1;
        }
    }

    private void write(SitrepStore s, EventQuery q, PrintWriter out, long[] tally) {
        switch (format) {
            case jsonl -> s.forEachEvent(q, e -> {
                tally[1]++;
                tally[0]++;
                out.println(line(e));
            });
            case gdelt, acled -> {
                boolean gdelt = format == Format.gdelt;
                Csv.row(out, gdelt ? ExportRows.GDELT : ExportRows.ACLED);
                SameEvents events = new SameEvents(true, g -> {
                    tally[0]++;
                    Csv.row(out, gdelt ? ExportRows.gdelt(g) : ExportRows.acled(g));
                });
                s.forEachEvent(q, e -> {
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
    }

    private static String line(StoredEvent e) {
        ObjectNode o = e.json().deepCopy();
        o.put("article", e.article()).put("story", e.story()).put("day", e.day() == null ? null : e.day().toString())
                .put("dayPrecision", e.precision()).put("published", e.published() == null ? null : e.published().toString())
                .put("outlet", e.outlet()).put("url", e.url());
        return o.toString();
    }
}
