package org.sitrep.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.EventExport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreException;
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
        EventExport.Format f = EventExport.Format.valueOf(format.name().toUpperCase(Locale.ROOT));
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            EventExport.Tally[] tally = new EventExport.Tally[1];
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                tally[0] = EventExport.write(s, q, f, out);
                out.flush();
            } else {
                OutputFiles.writeAtomically(output, o -> {
                    PrintWriter out = new PrintWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
                    tally[0] = EventExport.write(s, q, f, out);
                    out.flush();
                });
            }
            EventExport.Tally t = tally[0];
            spec.commandLine().getErr().printf("sitrep export: %d rows from %d stored events%s%s%n", t.rows(), t.read(),
                    t.leftOut() == 0 ? "" : ", " + t.leftOut() + (format == Format.gdelt ? " without a CAMEO code left out" : " without an ACLED type left out"),
                    output == null ? "" : " to " + output);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep export: " + e.getMessage());
            return 1;
        }
    }
}
