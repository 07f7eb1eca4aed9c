package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep eval timex}: usage errors, and the table on a one-file TimeML fixture scored with HeidelTime. */
class EvalTimexCommandTest {
    @TempDir
    Path dir;

    private static final String TML = String.join("\n",
            "<?xml version=\"1.0\" ?>",
            "<TimeML>",
            "<DOCID>FIX1</DOCID>",
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-05-06\" functionInDocument=\"CREATION_TIME\">19980506</TIMEX3></DCT>",
            "<TEXT>",
            "The treaty was <EVENT eid=\"e1\">signed</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-05-05\">5 May 1998</TIMEX3>.",
            "</TEXT>",
            "</TimeML>", "");

    @Test
    void a_missing_directory_is_a_usage_error_naming_it() {
        Path missing = dir.resolve("no-such-dir");
        Cli r = Cli.run("eval", "timex", "--dir", missing.toString());
        assertEquals(2, r.exit());
        assertEquals("sitrep eval timex: no TimeML directory at '" + missing + "'; give --dir", r.err().lines().findFirst().orElseThrow());
    }

    @Test
    void an_unknown_system_is_a_usage_error() {
        Cli r = Cli.run("eval", "timex", "--systems", "sitrep,timely");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("timely"), r.err());
    }

    @Test
    void help_lists_the_systems_and_splits() {
        Cli r = Cli.run("eval", "timex", "--help");
        assertEquals(0, r.exit(), r.err());
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("sitrep, sutime, heideltime"), help);
        assertTrue(help.contains("dev, test, all"), help);
    }

    @Test
    void one_row_per_system_with_its_scores() throws IOException {
        Files.writeString(dir.resolve("fix1.tml"), TML);
        Cli r = Cli.run("eval", "timex", "--dir", dir.toString(), "--systems", "heideltime", "--misses", "5");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("heideltime ")).toList();
        assertEquals(1, rows.size(), r.out());
        // found | strict P R F1 | relaxed P R F1 | type acc F1 | value P R F1 | seconds
        assertEquals(List.of("heideltime", "1", "|", "1.000", "1.000", "1.000", "|", "1.000", "1.000", "1.000", "|", "1.000", "1.000",
                "|", "1.000", "1.000", "1.000", "|"), List.of(rows.get(0).trim().split("\\s+")).subList(0, 18));
        assertTrue(r.out().contains("1 documents (split all), 1 gold TIMEX3s"), r.out());
        assertTrue(r.out().contains("heideltime: 0 of 1 expressions missed, spurious or wrong"), r.out());
    }
}
