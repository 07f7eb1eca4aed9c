package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Means;
import org.sitrep.model.Token;

class MeansFinderTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    private static String means(String spec, String trigger) {
        List<Token> s = TaggedTokens.of(spec);
        Optional<Means> m = MeansFinder.find(LEXICON, TaggedTokens.text(s), s, TaggedTokens.indexOf(s, trigger));
        return m.map(Means::kind).orElse(null);
    }

    @Test
    void the_subject_names_the_weapon_and_the_first_written_wins() {
        assertEquals("air strike", means("Israeli/JJ warplanes/NNS/warplane and/CC artillery/NN struck/VBD/strike targets/NNS/target", "struck"));
        assertEquals("air strike", means("Israeli/JJ military/JJ airplanes/NNS/airplane struck/VBD/strike a/DT house/NN", "struck"));
        assertEquals("naval", means("Israeli/JJ gunboats/NNS/gunboat struck/VBD/strike targets/NNS/target", "struck"));
    }

    @Test
    void a_verb_of_firing_has_the_weapon_as_its_object() {
        assertEquals("shelling", means("militants/NNS/militant fired/VBD/fire mortar/NN shells/NNS/shell toward/IN troops/NNS/troop", "fired"));
        assertEquals("rockets", means("militants/NNS/militant fired/VBD/fire dozens/NNS/dozen of/IN rockets/NNS/rocket", "fired"));
    }

    @Test
    void the_target_of_another_verb_is_no_weapon() {
        assertEquals(null, means("militants/NNS/militant attacked/VBD/attack two/CD tanks/NNS/tank", "attacked"));
    }

    @Test
    void an_instrument_far_after_the_preposition() {
        assertEquals("shelling", means("militants/NNS/militant targeted/VBD/target vehicles/NNS/vehicle with/IN al/NNP -/HYPH Yasin/NNP "
                + "anti/JJ -/HYPH tank/NN shells/NNS/shell", "targeted"));
    }

    @Test
    void controlled_explosions_are_demolition() {
        assertEquals("demolition", means("in/IN controlled/JJ explosions/NNS/explosion", "explosions"));
    }

    @Test
    void a_verb_joined_by_and_shares_the_first_verbs_subject() {
        assertEquals("air strike", means("Israeli/JJ military/JJ airplanes/NNS/airplane struck/VBD/strike and/CC killed/VBD/kill 4/CD commanders/NNS/commander",
                "killed"));
    }

    @Test
    void the_instrument_may_follow_a_place_within_the_clause() {
        assertEquals("shelling", means("militants/NNS/militant attacked/VBD/attack a/DT tank/NN west/RB of/IN Gaza/NNP City/NNP ,/, in/IN the/DT "
                + "Sabra/NNP area/NN with/IN anti/JJ -/HYPH tank/NN shells/NNS/shell", "attacked"));
        assertEquals(null, means("militants/NNS/militant attacked/VBD/attack a/DT tank/NN and/CC troops/NNS/troop fled/VBD/flee with/IN "
                + "rockets/NNS/rocket", "attacked"));
    }
}
