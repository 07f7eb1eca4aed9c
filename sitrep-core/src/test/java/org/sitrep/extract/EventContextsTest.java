package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventContext;
import org.sitrep.model.Token;

class EventContextsTest {
    /** "word/POS/lemma ..." → tokens, offsets as if joined by spaces. */
    private static List<Token> tagged(String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : spec.split(" ")) {
            String[] p = w.split("/");
            out.add(new Token(at, at + p[0].length(), p[0], p[1], p.length > 2 ? p[2] : p[0].toLowerCase(), "O"));
            at += p[0].length() + 1;
        }
        return out;
    }

    private static EventContext contextOf(String spec, String trigger) {
        List<Token> s = tagged(spec);
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).text().equals(trigger)) {
                return EventContexts.of(s, i);
            }
        }
        throw new AssertionError("no trigger '" + trigger + "' in " + spec);
    }

    @Test
    void not_reaches_through_a_light_verb_chain() {
        assertEquals(EventContext.NEGATED, contextOf("Factions/NNS did/VBD/do not/RB carry/VB out/RP attacks/NNS/attack", "attacks"));
    }

    @Test
    void a_noun_closes_the_scope_of_a_negation() {
        assertEquals(EventContext.ASSERTED, contextOf("did/VBD/do not/RB attack/VB troops/NNS/troop deployed/VBN/deploy at/IN bases/NNS", "deployed"));
    }

    @Test
    void averted_strikes_were_none_and_strikes_to_avert_might_come() {
        assertEquals(EventContext.NEGATED, contextOf("they/PRP averted/VBD/avert more/JJR retaliatory/JJ strikes/NNS/strike", "strikes"));
        assertEquals(EventContext.HYPOTHETICAL, contextOf("to/TO avert/VB/avert more/JJR retaliatory/JJ strikes/NNS/strike", "strikes"));
    }

    @Test
    void a_conditional_covers_its_clause() {
        assertEquals(EventContext.HYPOTHETICAL, contextOf("if/IN Hezbollah/NNP unilaterally/RB declared/VBD/declare a/DT ceasefire/NN", "ceasefire"));
    }

    @Test
    void a_requested_ceasefire_is_future_a_decided_suspension_is_not() {
        assertEquals(EventContext.FUTURE, contextOf("asked/VBD/ask Lebanon/NNP to/TO declare/VB a/DT unilateral/JJ ceasefire/NN", "ceasefire"));
        assertEquals(EventContext.ASSERTED, contextOf("Hezbollah/NNP decided/VBD/decide to/TO suspend/VB its/PRP$ operations/NNS", "suspend"));
    }

    @Test
    void efforts_for_a_ceasefire_are_wanted_not_done() {
        assertEquals(EventContext.FUTURE, contextOf("efforts/NNS/effort for/IN a/DT ceasefire/NN", "ceasefire"));
    }

    @Test
    void will_is_future_and_a_plain_past_is_asserted() {
        assertEquals(EventContext.FUTURE, contextOf("The/DT army/NN will/MD attack/VB the/DT town/NN", "attack"));
        assertEquals(EventContext.ASSERTED, contextOf("The/DT army/NN attacked/VBD/attack the/DT town/NN", "attacked"));
    }
}
