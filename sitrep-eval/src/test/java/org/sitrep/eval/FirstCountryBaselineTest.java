package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstCountryBaselineTest {
    private final FirstCountryBaseline baseline = new FirstCountryBaseline(
            n -> Optional.ofNullable(Map.of("Great Britain", "GBR", "Libya", "LBY", "U.S.", "USA", "us", "USA").get(n)),
            d -> Optional.ofNullable(Map.of("Egyptian", "EGY").get(d)), 3);

    @Test
    void the_first_country_name_or_demonym_wins_longest_name_first() {
        assertEquals(Optional.of("GBR"), baseline.country("Great Britain and Libya agreed."));
        assertEquals(Optional.of("EGY"), baseline.country("An Egyptian paper said Libya agreed."));
        assertEquals(Optional.of("LBY"), baseline.country("They met in Libya."));
        assertEquals(Optional.of("USA"), baseline.country("Talks with the U.S. resumed."));
    }

    @Test
    void lower_case_words_are_not_names() {
        assertEquals(Optional.empty(), baseline.country("Let us talk."));
    }
}
