package org.sitrep.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void words_are_lower_cased_and_broken_at_anything_but_letters_and_digits() {
        assertEquals(List.of("don", "t", "stop", "now", "said", "the", "un", "s", "envoy", "2025"),
                Shingles.words("Don’t stop—now, said\tthe UN's envoy (2025)."));
    }

    @Test
    void case_punctuation_quotes_and_white_space_do_not_change_the_shingles() {
        assertArrayEquals(Shingles.hashes("The army said on Monday that talks resumed in Doha", 5),
                Shingles.hashes("  THE ARMY said, on Monday, that \"talks\"\n\nresumed in Doha.", 5));
    }

    @Test
    void compatibility_forms_normalise_to_the_same_words() {
        assertArrayEquals(Shingles.hashes("ﬁve ｏｆｆｉｃｉａｌｓ", 2), Shingles.hashes("five officials", 2));
    }

    @Test
    void a_changed_word_changes_exactly_the_shingles_that_cover_it() {
        long[] a = Shingles.hashes("w0 w1 w2 w3 w4 w5 w6 w7 w8 w9", 5);
        long[] b = Shingles.hashes("w0 w1 w2 w3 XX w5 w6 w7 w8 w9", 5);
        assertEquals(6, a.length);
        assertEquals(6, b.length);
        assertEquals(1, Arrays.stream(a).filter(x -> Arrays.stream(b).anyMatch(y -> y == x)).count());
    }

    @Test
    void word_order_matters_within_a_shingle() {
        assertEquals(0, Arrays.stream(Shingles.hashes("a b", 2)).filter(x -> x == Shingles.hashes("b a", 2)[0]).count());
    }

    @Test
    void repeated_shingles_count_once_and_come_sorted() {
        long[] h = Shingles.hashes("a b a b a b", 2);
        assertEquals(2, h.length);
        assertEquals(true, h[0] < h[1]);
    }

    @Test
    void a_text_shorter_than_k_words_is_one_shingle_and_an_empty_one_none() {
        assertEquals(1, Shingles.hashes("Talks resumed.", 5).length);
        assertEquals(0, Shingles.hashes(" … — ", 5).length);
    }

    @Test
    void a_bad_shingle_size_is_refused_naming_the_parameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shingles.hashes("a b", 0));
        assertEquals("The parameter 'k' must be at least 1, got 0", e.getMessage());
    }
}
