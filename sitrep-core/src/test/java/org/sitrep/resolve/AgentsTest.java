package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorType;
import org.sitrep.model.Token;

class AgentsTest {
    private static final ActorDictionary.Source SECTORS = source("sectors.tsv",
            "MIL\tMILITARY\tmilitary\tno", "GOV\tGOVERNMENT\tgovernment\tyes", "COP\tPOLICE\tpolice\tyes", "EDU\tGROUP\t\tyes");

    private static ActorDictionary.Source source(String name, String... rows) {
        byte[] bytes = String.join("\n", rows).getBytes(StandardCharsets.UTF_8);
        return new ActorDictionary.Source(name, () -> new ByteArrayInputStream(bytes));
    }

    private static Agents agents(String... rows) throws IOException {
        return Agents.load(List.of(source("a.tsv", rows)), SECTORS);
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(at, at + w.length(), w, "NN", w.toLowerCase(), "O"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void the_longest_phrase_at_a_word_wins_case_aside() throws IOException {
        Agents a = agents("army\t~MIL", "army officers\t~MIL", "army intelligence\t~MILSPY", "police\t~COP");
        List<Token> t = tokens("the Army Intelligence said");
        assertEquals(Optional.of(new Agents.Match(1, 3, "~MILSPY")), a.longest(t, 1, t.size()));
        assertEquals(Optional.of(new Agents.Match(1, 2, "~MIL")), a.longest(t, 1, 2)); // the phrase may not cross the end
        assertEquals(Optional.empty(), a.longest(t, 0, t.size()));
        assertEquals(Optional.of("~COP"), a.code(" Police "));
    }

    @Test
    void malformed_rows_are_reported_with_file_and_line_and_skipped() throws IOException {
        Agents a = Agents.load(List.of(source("a.tsv", "# phrase\tcode", "soldiers\t~MIL", "police", "troops\tMIL", "\t~GOV", "soldiers\t~GOV")),
                source("s.tsv", "MIL\tMILITARY\tmilitary\tno", "mil\tMILITARY\t\tno", "GOV\tSTATE\t\tyes", "COP\tPOLICE\tpolice\tsometimes"));
        assertEquals(List.of(
                "a.tsv:3: code missing for 'police'; row skipped",
                "a.tsv:4: agent code 'MIL' is not ~CODE or CODE~; row skipped",
                "a.tsv:5: no phrase; row skipped",
                "s.tsv:2: sector 'mil' is not three capitals; row skipped",
                "s.tsv:3: unknown actor type 'STATE'; row skipped",
                "s.tsv:4: column 'in' must be yes or no, not 'sometimes'; row skipped"), a.problems());
        assertEquals(Optional.of("~MIL"), a.code("soldiers")); // within one file the first row wins
        assertEquals(1, a.size());
    }

    @Test
    void a_later_file_replaces_an_earlier_files_code_and_gzip_is_read() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("spokesman\t~MED\nsoldiers\t~MIL\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = gz.toByteArray();
        Agents a = Agents.load(List.of(new ActorDictionary.Source("g.tsv.gz", () -> new ByteArrayInputStream(bytes)),
                source("mine.tsv", "spokesman\t~GOV")), SECTORS);
        assertEquals(Optional.of("~GOV"), a.code("spokesman"));
        assertEquals(Optional.of("~MIL"), a.code("soldiers"));
    }

    @Test
    void codes_compose_with_a_country_and_prefix_codes_do_not() {
        assertEquals(Optional.of("ISRMIL"), Agents.compose("ISR", "~MIL"));
        assertEquals(Optional.of("IRQGOVMED"), Agents.compose("IRQ", "~GOVMED"));
        assertEquals(Optional.empty(), Agents.compose("IND", "IGO~"));
        assertEquals(Optional.empty(), Agents.compose(null, "~MIL"));
        assertEquals(List.of("GOV", "MED"), Agents.sectorsOf("~GOVMED"));
    }

    @Test
    void sectors_give_type_name_and_whether_in_says_whose() throws IOException {
        Agents a = agents("soldiers\t~MIL");
        assertEquals(ActorType.MILITARY, a.type("~MIL"));
        assertEquals(ActorType.GROUP, a.type("~XYZ"));
        assertEquals(Optional.of("Israeli military"), a.name("Israeli", "~MIL"));
        assertEquals(Optional.of("Iraqi government police"), a.name("Iraqi", "~GOVCOP"));
        assertEquals(Optional.empty(), a.name("Indonesian", "~EDU")); // no name reads well: the caller takes the phrase
        assertTrue(a.placedIn("~COP"));
        assertFalse(a.placedIn("~MIL"));
        assertFalse(a.placedIn("~GOVMIL"));
    }

    @Test
    void the_bundled_files_load_cleanly_with_the_curated_rows_last() {
        Agents a = Agents.bundled();
        assertEquals(List.of(), a.problems());
        assertTrue(a.size() > 1000, "agents: " + a.size());
        assertEquals(Optional.of("~MIL"), a.code("soldiers"));
        assertEquals(Optional.of("~GOV"), a.code("officials"));
        assertEquals(Optional.of("~GOV"), a.code("spokesman"));
        assertEquals(ActorType.REBEL, a.type("~REB"));
    }

    @Test
    void load_checks_its_arguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Agents.load(null, SECTORS));
        assertEquals("The parameters 'agentFiles' and 'sectorFile' must not be null.", e.getMessage());
    }
}
