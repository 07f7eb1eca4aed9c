package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
    @Test
    void tokens_are_runs_of_letters_digits_and_underscores_in_any_script() {
        assertEquals(List.of("It", "s", "3", "km_h", "fast", "Café", "中文", "عربي"), ShingleScore.tokens("It's 3 km_h—fast! Café 中文, عربي."));
        // Python's \w leaves out combining marks: a Devanagari vowel sign splits the word.
        assertEquals(List.of("क", "त"), ShingleScore.tokens("कित"));
    }

    @Test
    void identical_texts_score_one_and_are_exact() {
        ShingleScore.PageMatch m = ShingleScore.match("one two three four five", "one, two; three four five.");
        assertEquals(1.0, m.precision());
        assertEquals(1.0, m.recall());
        assertTrue(m.exact());
    }

    @Test
    void counts_are_normalised_to_sum_to_one() {
        // gold shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x) → tp 1, fp 1, fn 1.
        ShingleScore.PageMatch m = ShingleScore.match("a b c d e", "a b c d x");
        assertEquals(1 / 3.0, m.tp(), 1e-12);
        assertEquals(1 / 3.0, m.fp(), 1e-12);
        assertEquals(1 / 3.0, m.fn(), 1e-12);
        assertEquals(0.5, m.precision(), 1e-12);
        assertFalse(m.exact());
    }

    @Test
    void a_text_shorter_than_four_words_is_one_shingle_and_repeats_count() {
        assertEquals(1.0, ShingleScore.match("two words", "two words").precision());
        assertEquals(0.0, ShingleScore.match("two words", "two other").precision());
        // Gold's shingles: (a b c d) twice, (b c d a), (c d a b), (d a b c); the prediction has (a b c d) once: tp 1, fn 4.
        ShingleScore.PageMatch m = ShingleScore.match("a b c d a b c d", "a b c d");
        assertEquals(1.0, m.precision(), 1e-12);
        assertEquals(1 / 5.0, m.recall(), 1e-12);
    }

    @Test
    void precision_skips_empty_predictions_and_recall_skips_empty_gold() {
        ShingleScore.PageMatch good = ShingleScore.match("a b c d e", "a b c d e");
        ShingleScore.PageMatch empty = ShingleScore.match("a b c d e", "");
        ShingleScore.PageMatch neither = ShingleScore.match("", "");
        ShingleScore.Summary s = ShingleScore.summarise(List.of(good, empty, neither));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-12);
        assertEquals(2 / 3.0, s.accuracy(), 1e-12);
        assertEquals(3, s.pages());
    }

    @Test
    void uncovered_paragraphs_are_what_the_other_text_misses() {
        String gold = "The convoy reached the border on Monday.\n\nResidents said the crossing was closed.";
        String predicted = "The convoy reached the border on Monday.\n\nShare this story on your networks now";
        assertEquals(List.of("Residents said the crossing was closed."), ShingleScore.uncovered(gold, predicted));
        assertEquals(List.of("Share this story on your networks now"), ShingleScore.uncovered(predicted, gold));
    }
}
