package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.ActorScorer.Participant;
import org.sitrep.eval.ActorScorer.Side;

class ActorScorerTest {
    private static final String TEXT = "Syrian troops shelled Hezbollah positions, Lebanese officials said.";

    private static PloverRecord record(List<PloverActor> sources, List<PloverActor> targets) {
        return new PloverRecord("R1", "2012-01-01", TEXT, "ASSAULT", List.of(), List.of(), sources, targets);
    }

    private static Participant at(String words, String type, Side side, String country, String code) {
        int start = TEXT.indexOf(words);
        return new Participant(start, start + words.length(), type, side, "x", country, code, List.of());
    }

    @Test
    void a_participant_at_the_gold_words_is_matched_and_its_country_and_role_compared() {
        ActorScorer s = new ActorScorer();
        s.add(record(List.of(new PloverActor("Syrian troops", "SYR", "MIL")), List.of(new PloverActor("Hezbollah positions", "LBN", "REB"))),
                TEXT, List.of(at("troops", "ASSAULT", Side.SOURCE, "SYR", "SYRMIL"), at("Hezbollah", "ASSAULT", Side.TARGET, "LBN", "LBNPTY")));
        ActorScorer.Tally both = s.both();
        assertEquals(2, both.gold());
        assertEquals(2, both.matched());
        assertEquals(2, both.countryAgreed());
        assertEquals(2, both.roleCompared());
        assertEquals(1, both.roleAgreed());
        assertEquals(1, s.tally(Side.SOURCE).roleAgreed());
        assertEquals(List.of(Map.entry("country right, another role", 1)), s.reasons());
    }

    @Test
    void events_of_the_gold_type_come_first_then_the_same_side() {
        Participant otherType = at("Syrian troops", "ACCUSE", Side.SOURCE, "IRN", null);
        Participant otherSide = at("Syrian", "ASSAULT", Side.TARGET, "SYR", null);
        Participant best = at("troops", "ASSAULT", Side.SOURCE, "SYR", "SYRMIL");
        assertEquals(best, ActorScorer.match("ASSAULT", Side.SOURCE, "Syrian troops", TEXT, List.of(otherType, otherSide, best)).orElseThrow());
        assertEquals(otherSide, ActorScorer.match("ASSAULT", Side.SOURCE, "Syrian troops", TEXT, List.of(otherType, otherSide)).orElseThrow());
    }

    @Test
    void an_alias_matches_where_the_words_are_elsewhere_and_unmatched_gold_is_explained() {
        Participant elsewhere = new Participant(0, 6, "ASSAULT", Side.SOURCE, "org:hezbollah", "LBN", "LBNREB", List.of("Hezbollah positions"));
        assertEquals(elsewhere, ActorScorer.match("ASSAULT", Side.TARGET, "Hezbollah positions", TEXT, List.of(elsewhere)).orElseThrow());
        ActorScorer s = new ActorScorer();
        s.add(record(List.of(new PloverActor("Lebanese officials", "LBN", "GOV")), List.of(new PloverActor("Israel", "ISR", ""))), TEXT,
                List.of(at("troops", "ASSAULT", Side.SOURCE, "SYR", "SYRMIL")));
        assertEquals(0, s.both().matched());
        assertEquals(List.of(Map.entry("no participant at the gold words", 1), Map.entry("gold words not in the analysed text", 1)), s.reasons());
    }

    @Test
    void international_kinds_compare_with_the_actor_code_and_other_codes_are_not_compared() {
        ActorScorer s = new ActorScorer();
        String text = "The U.N. Security Council and Japan condemned the test.";
        PloverRecord r = new PloverRecord("R2", null, text, "ACCUSE", List.of(), List.of(),
                List.of(new PloverActor("U.N. Security Council", "IGO", "GOV"), new PloverActor("Japan", "JAP", "")), List.of());
        s.add(r, text, List.of(new Participant(4, 25, "ACCUSE", Side.SOURCE, "org:unsc", null, "IGOUNO", List.of()),
                new Participant(30, 35, "ACCUSE", Side.SOURCE, "country:JPN", "JPN", "JPN", List.of())));
        ActorScorer.Tally t = s.both();
        assertEquals(2, t.matched());
        assertEquals(1, t.countryCompared());
        assertEquals(1, t.countryAgreed());
        assertEquals(1, t.roleCompared());
        assertEquals(0, t.roleAgreed());
    }

    @Test
    void a_uniform_country_is_scored_for_every_gold_participant() {
        ActorScorer s = new ActorScorer();
        s.addUniform(record(List.of(new PloverActor("Syrian troops", "SYR", "MIL")), List.of(new PloverActor("Hezbollah", "LBN", ""),
                new PloverActor("", "", ""))), "SYR");
        assertEquals(2, s.both().gold());
        assertEquals(2, s.both().matched());
        assertEquals(1, s.both().countryAgreed());
        assertEquals(0, s.both().roleAgreed());
    }

    @Test
    void gold_words_are_found_across_spacing_hyphens_apostrophes_and_ellipses() {
        assertArrayEquals(new int[] {4, 26}, ActorScorer.find("The U.N.  Security Council met.", "u.n. security council"));
        assertArrayEquals(new int[] {0, 13}, ActorScorer.find("Greek Cypriot leaders", "Greek-Cypriot"));
        assertArrayEquals(new int[] {0, 25}, ActorScorer.find("Jordan’s King Abdullah II said", "Jordan's King Abdullah II"));
        assertArrayEquals(new int[] {0, 37}, ActorScorer.find("Sierra Leonean villagers and refugees fled", "Sierra Leonean ... refugees"));
        assertNull(ActorScorer.find("Nothing here", "Syria"));
    }

    @Test
    void the_gold_role_comes_from_the_sector_else_from_the_code() {
        assertEquals("CVL", ActorScorer.goldRole(new PloverActor("x", "SRB", "CVLalb")));
        assertEquals("MIL", ActorScorer.goldRole(new PloverActor("x", "SYRMIL", "")));
        assertNull(ActorScorer.goldRole(new PloverActor("x", "SRB", "***")));
    }
}
