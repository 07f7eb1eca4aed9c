package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocDateScorerTest {
    private static final LocalDate TRUE = LocalDate.of(1998, 8, 20);

    private static DocDateScorer.Answer day(LocalDate d, double confidence) {
        return new DocDateScorer.Answer(d, null, null, confidence);
    }

    @Test
    void days_are_counted_by_distance_as_shares_of_all_documents() {
        DocDateScorer s = new DocDateScorer();
        s.add(TRUE, day(TRUE, 0.9));
        s.add(TRUE, day(TRUE.plusDays(1), 0.2));
        s.add(TRUE, day(TRUE.minusDays(7), 0.2));
        s.add(TRUE, day(TRUE.plusDays(40), 0.2));
        s.add(TRUE, DocDateScorer.Answer.NONE);
        assertEquals(5, s.docs());
        assertEquals(1, s.abstained());
        assertEquals(1, s.exact());
        assertEquals(2, s.within1());
        assertEquals(3, s.within7());
        assertEquals(3, s.within31());
        assertEquals(4, s.within365());
        assertEquals(0.6, s.share(s.within7()), 1e-9);
        assertEquals(7, s.medianError());
    }

    @Test
    void a_closed_window_alone_is_scored_at_its_midpoint_and_an_open_one_not_at_all() {
        DocDateScorer.Answer closed = new DocDateScorer.Answer(null, TRUE.minusDays(10), TRUE.plusDays(12), 0.9);
        assertEquals(TRUE.plusDays(1), closed.day());
        DocDateScorer s = new DocDateScorer();
        s.add(TRUE, closed);
        s.add(TRUE, new DocDateScorer.Answer(null, TRUE.minusDays(10), null, 0.9));
        assertEquals(2, s.windowOnly());
        assertEquals(1, s.within1());
        assertEquals(2, s.holding());
        assertEquals(0, s.confidentWrong(), "a window's midpoint is not a confident day");
    }

    @Test
    void confident_and_wrong_is_a_confident_day_over_a_week_off_or_a_window_that_excludes_the_truth() {
        assertTrue(day(TRUE.plusDays(8), 0.5).confidentlyWrong(TRUE));
        assertFalse(day(TRUE.plusDays(7), 0.9).confidentlyWrong(TRUE));
        assertFalse(day(TRUE.plusDays(80), 0.49).confidentlyWrong(TRUE));
        assertTrue(new DocDateScorer.Answer(null, TRUE.plusDays(1), null, 0.1).confidentlyWrong(TRUE));
        assertTrue(new DocDateScorer.Answer(TRUE.plusDays(1), null, TRUE.minusDays(1), 0.1).confidentlyWrong(TRUE));
        DocDateScorer s = new DocDateScorer();
        s.add(TRUE, day(TRUE.plusDays(30), 0.8));
        s.add(TRUE, day(TRUE.plusDays(3), 0.8));
        assertEquals(1, s.confidentWrong());
        assertEquals(2, s.confident());
        assertEquals(1, s.confidentNear());
    }
}
