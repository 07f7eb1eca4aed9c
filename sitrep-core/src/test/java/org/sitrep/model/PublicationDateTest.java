package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
    private static final LocalDate D = LocalDate.of(2024, 10, 11);

    @Test
    void the_old_constructors_give_full_confidence_to_a_date_and_none_to_an_unknown_one() {
        PublicationDate given = new PublicationDate(D, DateSource.GIVEN);
        assertEquals(1, given.confidence());
        assertTrue(given.evidence().isEmpty());
        assertNull(given.notAfter());
        PublicationDate photo = new PublicationDate(null, DateSource.UNKNOWN, LocalDate.of(2024, 1, 9));
        assertEquals(0, photo.confidence());
        assertEquals(LocalDate.of(2024, 1, 9), photo.notBefore());
    }

    @Test
    void an_inferred_window_without_a_day_is_allowed() {
        PublicationDate w = PublicationDate.inferred(null, LocalDate.of(2024, 9, 27), LocalDate.of(2025, 2, 8), 0.9, List.of(new DateEvidence(null, "a photo")));
        assertTrue(w.windowOnly());
        assertEquals(DateSource.INFERRED, w.source());
    }

    @Test
    void an_inferred_date_needs_a_day_or_a_window_inside_which_the_day_lies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublicationDate.inferred(null, null, null, 0.5, List.of()));
        assertEquals("An inferred publication date needs a date or a window (notBefore, notAfter)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PublicationDate.inferred(D, D.plusDays(1), null, 0.5, List.of()));
        assertEquals("An inferred date must lie in its window, got 2024-10-11 outside [2024-10-12, null]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PublicationDate.inferred(null, D, D.minusDays(1), 0.5, List.of()));
        assertEquals("A publication window needs notBefore <= notAfter, got 2024-10-11 > 2024-10-10", e.getMessage());
    }

    @Test
    void unknown_has_no_date_given_has_one_and_confidence_is_a_share() {
        assertThrows(IllegalArgumentException.class, () -> new PublicationDate(D, DateSource.UNKNOWN));
        assertThrows(IllegalArgumentException.class, () -> new PublicationDate(null, DateSource.GIVEN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublicationDate.inferred(D, null, null, 1.5, List.of()));
        assertEquals("The parameter 'confidence' must be in [0, 1], got 1.5", e.getMessage());
    }
}
