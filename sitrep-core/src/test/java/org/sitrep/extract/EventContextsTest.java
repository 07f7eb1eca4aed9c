package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventContext;
import org.sitrep.model.Token;

class EventContextsTest {

    private static EventContext contextOf(String spec, String trigger) {
        List<Token> s = TaggedTokens.of(spec);
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
    void strikes_averted_were_none_and_strikes_to_avert_are_hypothetical() {
        assertEquals(EventContext.NEGATED, contextOf("the/DT deal/NN averted/VBD/avert more/JJR retaliatory/JJ strikes/NNS/strike", "strikes"));
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
