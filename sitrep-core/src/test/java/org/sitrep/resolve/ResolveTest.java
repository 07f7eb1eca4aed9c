package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolveTest {
    private final ActorDictionary actors = ActorDictionary.bundled();
    private final Gazetteer places = Gazetteer.bundled();

    @Test
    void a_one_letter_misspelling_of_a_known_full_name_resolves() {
        assertEquals("person:kamala-harris", actors.findPerson("Kamal Harris").orElseThrow().id());
    }

    @Test
    void a_different_first_name_does_not() {
        assertTrue(actors.findPerson("Kevin Harris").isEmpty());
    }

    @Test
    void a_role_depends_on_the_date() {
        ActorDictionary.Entry harris = actors.findPerson("Kamala Harris").orElseThrow();
        assertEquals(List.of("Vice President of the United States"), harris.rolesOn(LocalDate.of(2024, 2, 1)));
        assertEquals(List.of("US Senator"), harris.rolesOn(LocalDate.of(2019, 6, 1)));
        assertEquals(List.of(), harris.rolesOn(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void arabic_article_prefixes_do_not_block_surname_matches() {
        assertEquals(List.of("mohammed", "shia", "sudani"), Names.tokens("Mohammed Shia al-Sudani's"));
    }

    @Test
    void a_base_is_found_with_or_without_the_word_base() {
        assertEquals("sitrep:ain-al-asad-air-base", places.find("Ain al-Asad base").orElseThrow().place().id());
        assertEquals("sitrep:ain-al-asad-air-base", places.find("Ain al-Asad").orElseThrow().place().id());
    }

    @Test
    void demonyms_give_countries() {
        assertEquals("IRQ", places.country("Iraqi").orElseThrow().iso3());
        assertFalse(places.country("Martian").isPresent());
    }

    @Test
    void close_full_names_need_the_same_surname() {
        assertFalse(Names.closeFullNames(List.of("kamala", "harrison"), List.of("kamala", "harris")));
        assertTrue(Names.closeFullNames(List.of("najib", "mikati"), List.of("najeb", "mikati")));
    }
}
