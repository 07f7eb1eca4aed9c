package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Token;

class LightVerbsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    private static String type(String spec, String verb) {
        List<Token> s = TaggedTokens.of(spec);
        return LightVerbs.at(LEXICON, s, TaggedTokens.indexOf(s, verb)).map(EventLexicon.Coding::type).orElse(null);
    }

    @Test
    void opened_fire_is_an_assault_and_set_fire_damages_property() {
        assertEquals("ASSAULT", type("troops/NNS/troop opened/VBD/open fire/NN at/IN protesters/NNS/protester", "opened"));
        assertEquals("COERCE", type("soldiers/NNS/soldier set/VBD/set fire/NN to/IN a/DT truck/NN", "set"));
    }

    @Test
    void a_noun_with_a_determiner_or_another_noun_is_no_light_verb() {
        assertTrue(type("she/PRP opened/VBD/open the/DT fire/NN door/NN", "opened") == null);
        assertTrue(type("she/PRP opened/VBD/open a/DT shop/NN", "opened") == null);
    }
}
