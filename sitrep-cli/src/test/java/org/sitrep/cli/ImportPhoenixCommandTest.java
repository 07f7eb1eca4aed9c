package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep import phoenix} on tiny dictionaries written here: exit codes, counts, problems with file and line. */
class ImportPhoenixCommandTest {
    @TempDir
    Path dir;

    private void dictionaries(String countries) throws Exception {
        Files.writeString(dir.resolve("Phoenix.Countries.actors.txt"), countries);
        Files.writeString(dir.resolve("Phoenix.International.actors.txt"), "UNITED_NATIONS_ [IGOUNO]\n");
        Files.writeString(dir.resolve("Phoenix.MilNonState.actors.txt"), "HIZBULLAH_ [LBNREB]\n");
        Files.writeString(dir.resolve("Phoenix.agents.txt"), "FARMER [~AGR]\n");
    }

    @Test
    void a_clean_import_writes_both_files_and_exits_0() throws Exception {
        dictionaries("IRAQ_ [IRQ]\n+IRAQI_\n");
        Path actors = dir.resolve("out/actors.tsv.gz");
        Cli r = Cli.run("import", "phoenix", dir.toString(), "--output", actors.toString(), "--agents-output", dir.resolve("out/agents.tsv.gz").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Phoenix.Countries.actors.txt: 1 read, 1 kept, 0 skipped (0 lines reported)"), r.out());
        assertTrue(r.out().contains("wrote 3 actors to " + actors), r.out());
        assertTrue(r.out().contains("wrote 2 agent phrases"), r.out());
        assertTrue(Files.size(actors) > 0);
    }

    @Test
    void a_malformed_entry_is_reported_with_file_and_line_and_exits_1() throws Exception {
        dictionaries("IRAQ_ [IRQ]\nNOBODY_\n\t[IRQGOV 990101-980101]\n");
        Cli r = Cli.run("import", "phoenix", dir.toString(), "--output", dir.resolve("a.gz").toString(), "--agents-output", dir.resolve("b.gz").toString());
        assertEquals(1, r.exit());
        assertEquals("Phoenix.Countries.actors.txt:3: [IRQGOV 990101-980101]: dates out of order in '990101-980101': 1999-01-01 is after 1998-01-01; code skipped\n"
                + "Phoenix.Countries.actors.txt:2: code missing for 'NOBODY_'; entry skipped\n", r.err());
        assertTrue(r.out().contains("Phoenix.Countries.actors.txt: 2 read, 1 kept, 1 skipped (2 lines reported)"), r.out());
    }

    @Test
    void a_missing_dictionary_is_a_usage_error_naming_it() throws Exception {
        Cli r = Cli.run("import", "phoenix", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no dictionary file at '" + dir.resolve("Phoenix.Countries.actors.txt") + "'"), r.err());
    }
}
