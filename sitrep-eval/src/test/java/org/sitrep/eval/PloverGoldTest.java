package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverGoldTest {
    @TempDir
    Path dir;

    @Test
    void old_type_names_are_read_in_the_2021_ontology_and_documentation_records_skipped() throws Exception {
        Path f = dir.resolve("gsr.txt");
        Files.writeString(f, "[{\"id\":\"D1\",\"event\":\"DOCUMENT\",\"eventText\":\"notes\"},"
                + "{\"id\":\"R1\",\"date\":\"2001-02-03\",\"event\":\"DEMAND\",\"text\":\"Rebels demanded talks.\","
                + "\"source\":[{\"actorText\":\"Rebels\",\"code\":\"---REB\"}],\"target\":[]},"
                + "{\"id\":\"R2\",\"event\":\"FIGHT\",\"text\":\"Troops clashed.\",\"source\":[{\"code\":\"SYRMIL\"}]}]");
        List<PloverRecord> r = PloverGold.read(f);
        assertEquals(List.of("REQUEST", "ASSAULT"), r.stream().map(PloverRecord::type).toList());
        assertEquals(List.of("---REB"), r.get(0).sources());
        assertEquals("2001-02-03", r.get(0).date());
    }

    @Test
    void each_source_and_target_keeps_its_words_code_and_sector() throws Exception {
        Path f = dir.resolve("gsr.txt");
        Files.writeString(f, "[{\"id\":\"R1\",\"event\":\"AGREE\",\"text\":\"Libya offered talks to U.N. officials.\","
                + "\"source\":[{\"actorText\":\"Libya\",\"code\":\"LBY\"}],"
                + "\"target\":[{\"actorText\":\"U.N. officials\",\"code\":\"IGO\",\"sector\":\"GOV\"}]},"
                + "{\"id\":\"R2\",\"event\":\"AGREE\",\"text\":\"They agreed.\",\"source\":\"\",\"target\":[]}]");
        List<PloverRecord> r = PloverGold.read(f);
        assertEquals(List.of(new PloverActor("Libya", "LBY", "")), r.get(0).sourceActors());
        assertEquals(List.of(new PloverActor("U.N. officials", "IGO", "GOV")), r.get(0).targetActors());
        assertEquals(List.of("IGO"), r.get(0).targets());
        assertEquals(List.of(), r.get(1).sourceActors());
    }

    @Test
    void the_scorer_counts_sentences_found_events_right_and_source_countries() {
        EventTypeScorer s = new EventTypeScorer();
        PloverRecord gold = new PloverRecord("R", null, "t", "ASSAULT", List.of("SYRMIL"), List.of());
        s.add(gold, List.of(new EventTypeScorer.Predicted("REQUEST", null), new EventTypeScorer.Predicted("ASSAULT", "SYR")));
        s.add(gold, List.of());
        assertEquals(2, s.sentences());
        assertEquals(1, s.found());
        assertEquals(1, s.codedRight());
        assertEquals(2, s.coded());
        assertEquals(1, s.sourceAgreed());
    }
}
