package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Casualties;
import org.sitrep.model.Token;

class CasualtyCountsTest {
    private static Optional<Casualties> counts(String spec) {
        List<Token> s = TaggedTokens.of(spec);
        return CasualtyCounts.find(TaggedTokens.text(s), s);
    }

    @Test
    void killing_n_counts_the_dead() {
        Casualties c = counts("warplanes/NNS struck/VBD/strike a/DT house/NN ,/, killing/VBG/kill 2/CD doctors/NNS/doctor").orElseThrow();
        assertEquals(2, c.killed());
    }

    @Test
    void n_fatalities_and_a_lower_bound() {
        Casualties c = counts("leaving/VBG/leave at/IN least/JJS 40/CD fatalities/NNS/fatality").orElseThrow();
        assertEquals(40, c.killed());
        assertTrue(c.atLeast());
    }

    @Test
    void a_count_in_words_and_the_injured_apart() {
        Casualties c = counts("three/CD people/NNS were/VBD/be killed/VBN/kill and/CC 12/CD injured/VBN/injure").orElseThrow();
        assertEquals(3, c.killed());
        assertEquals(12, c.injured());
    }

    @Test
    void a_count_put_with_a_participle() {
        assertEquals(12, counts("Fatalities/NNS/fatality coded/VBN/code as/IN 12/CD").orElseThrow().killed());
        assertEquals(200, counts("deaths/NNS/death estimated/VBN/estimate at/IN 200/CD").orElseThrow().killed());
    }

    @Test
    void casualties_unknown_counts_nothing() {
        assertEquals(Optional.empty(), counts("Casualties/NNS/casualty unknown/JJ"));
    }

    @Test
    void a_total_over_a_period_is_no_events_toll() {
        assertTrue(counts("400/CD militants/NNS/militant were/VBD/be killed/VBN/kill between/IN 7/CD and/CC 8/CD October/NNP").isEmpty());
    }
}
