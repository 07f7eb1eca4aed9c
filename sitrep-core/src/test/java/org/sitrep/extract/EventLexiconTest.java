package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events lexicon as data: rows, flags, type rows, sets, means, errors by file and line, merging. */
class EventLexiconTest {
    private static EventLexicon read(String text, List<String> problems) throws IOException {
        return EventLexicon.read("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), problems);
    }

    @Test
    void rows_give_type_mode_code_and_flags_and_a_type_row_adds_its_flags_unless_free() throws IOException {
        List<String> problems = new ArrayList<>();
        EventLexicon l = read("""
                verb\tshell\tASSAULT\t-\t194\t-
                noun\tdeal\tAGREE\t-\t030\tactor
                verb\tveto\tREJECT\tyield\t129\tfree
                verb\treject\tREJECT\t-\t120\t-
                type\tREJECT\t120\tactor
                set\tmarket\tprice|Oil
                means\tmortar\tshelling
                """, problems);
        assertThat(problems).isEmpty();
        EventLexicon.Coding shell = l.verb("shell").orElseThrow();
        assertEquals("ASSAULT", shell.type());
        assertEquals("194", shell.cameo());
        assertTrue(l.noun("deal").orElseThrow().has(EventLexicon.Flag.ACTOR));
        assertTrue(l.verb("reject").orElseThrow().has(EventLexicon.Flag.ACTOR), "the type row's flag");
        assertFalse(l.verb("veto").orElseThrow().has(EventLexicon.Flag.ACTOR), "free of it");
        assertEquals("yield", l.verb("veto").orElseThrow().mode());
        assertThat(l.set("market")).containsExactlyInAnyOrder("price", "oil");
        assertEquals("shelling", l.means("mortar").orElseThrow());
        assertEquals("120", l.cameo(new EventLexicon.Coding("REJECT", null)), "a recoded trigger takes its type's code");
        assertThat(l.noun("shell")).isEmpty();
    }

    @Test
    void a_malformed_row_is_skipped_and_named_by_file_and_line() throws IOException {
        List<String> problems = new ArrayList<>();
        EventLexicon l = read("""
                # comment
                verb\tbomb\tASSAULT\t-\t195\t-
                verb\thug\tEMBRACE\t-\t051\t-
                verb\tpunch\tASSAULT\t-\tX12\t-
                verb\tjab\tASSAULT\t-\t2105\t-
                verb\tkick\tASSAULT\t-\t182\tloud
                thing\tword
                set\tempty
                """, problems);
        assertEquals(1, l.size());
        assertThat(problems).hasSize(6);
        assertThat(problems.get(0)).startsWith("t.tsv:3: unknown PLOVER type 'EMBRACE'");
        assertThat(problems.get(1)).startsWith("t.tsv:4: CAMEO code 'X12'");
        assertThat(problems.get(2)).startsWith("t.tsv:5: CAMEO code '2105' is not 2 to 4 digits under a root 01-20");
        assertThat(problems.get(3)).startsWith("t.tsv:6: unknown flag 'loud'");
        assertThat(problems.get(4)).startsWith("t.tsv:7: unknown kind 'thing'");
        assertThat(problems.get(5)).startsWith("t.tsv:8: a set needs its words");
    }

    @Test
    void a_users_file_is_merged_over_the_bundled_lexicon_and_none_removes(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "verb\tpummel\tASSAULT\t-\t190\tarmed\nnoun\tdeal\tnone\nset\tmarket\tcocoa\n");
        List<String> problems = new ArrayList<>();
        EventLexicon merged = EventLexicon.withFiles(List.of(mine), problems);
        assertThat(problems).isEmpty();
        assertTrue(merged.verb("pummel").isPresent());
        assertTrue(EventLexicon.bundled().noun("deal").isPresent());
        assertThat(merged.noun("deal")).isEmpty();
        assertThat(merged.set("market")).contains("cocoa", "price");
        assertEquals(EventLexicon.bundled().size(), merged.size());
    }

    @Test
    void the_bundled_lexicon_reads_clean_and_covers_every_plover_type() {
        EventLexicon l = EventLexicon.bundled();
        for (String type : EventLexicon.TYPES) {
            assertThat(l.cameo(new EventLexicon.Coding(type, null))).as(type).isNotNull();
        }
        assertThat(l.size()).isGreaterThan(300);
    }
}
