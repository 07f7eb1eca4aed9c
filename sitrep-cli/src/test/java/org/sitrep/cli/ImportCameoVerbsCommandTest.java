package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep import cameo-verbs} on a tiny dictionary written here: exit codes, counts, problems with file and line.
 * The verbs are made up (but "attack"), so the figures do not depend on which words the bundled lexicon holds.
 */
class ImportCameoVerbsCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_clean_import_writes_verb_rows_and_exits_0() throws Exception {
        Path from = dir.resolve("CAMEO.txt");
        Files.writeString(from, "---  FLIMBLE   [110]  ---\nFLIMBLE\nSKROTTLE\n- * (FOR) [111]\n---  ATTACK   [190]  ---\nATTACK\n");
        Path out = dir.resolve("out/triggers.tsv");
        Cli r = Cli.run("import", "cameo-verbs", "--from", from.toString(), "--output", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("verbs already in the lexicon: 1"), r.out()); // attack is bundled
        assertTrue(r.out().contains("wrote 2 verb rows to " + out), r.out());
        assertTrue(Files.readString(out).contains("verb\tskrottle\tACCUSE\tdisapprove\t110\tactor\n"));
    }

    @Test
    void a_malformed_block_is_reported_with_file_and_line_and_exits_1() throws Exception {
        Path from = dir.resolve("CAMEO.txt");
        Files.writeString(from, "---  FLIMBLE   [1x0]  ---\nFLIMBLE\n---  SKROTTLE   [111]  ---\nSKROTTLE\n");
        Cli r = Cli.run("import", "cameo-verbs", "--from", from.toString(), "--output", dir.resolve("t.tsv").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("CAMEO.txt:1: malformed block header"), r.err());
        assertTrue(r.out().contains("wrote 1 verb rows"), r.out());
    }
}
