package org.sitrep.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BandsTest {
    private final Bands bands = new Bands(4, 3);

    private static Signature sig(int... values) {
        return new Signature(values, 10);
    }

    @Test
    void equal_signatures_have_equal_keys() {
        int[] v = IntStream.range(0, 12).toArray();
        assertArrayEquals(bands.keys(sig(v)), bands.keys(sig(v.clone())));
    }

    @Test
    void a_changed_value_changes_only_its_band_key() {
        int[] v = IntStream.range(0, 12).toArray();
        int[] w = v.clone();
        w[7] = 99; // row 1 of band 2
        long[] a = bands.keys(sig(v));
        long[] b = bands.keys(sig(w));
        assertEquals(a[0], b[0]);
        assertEquals(a[1], b[1]);
        assertEquals(true, a[2] != b[2]);
        assertEquals(a[3], b[3]);
    }

    @Test
    void bands_with_the_same_values_still_have_different_keys() {
        long[] k = bands.keys(sig(new int[12]));
        assertEquals(4, Arrays.stream(k).distinct().count());
    }

    @Test
    void an_empty_signature_has_no_keys() {
        assertEquals(0, bands.keys(new Signature(new int[12], 0)).length);
    }

    @Test
    void the_standard_s_curve_passes_most_pairs_from_half_similar_and_few_below_a_third() {
        Bands standard = StoryScheme.STANDARD.bands();
        assertEquals(0.873, standard.candidateProbability(0.5), 0.001);
        assertEquals(0.988, standard.candidateProbability(0.6), 0.001);
        assertEquals(0.230, standard.candidateProbability(0.3), 0.001);
        assertEquals(0.42, standard.threshold(), 0.01);
    }

    @Test
    void a_signature_of_the_wrong_size_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bands.keys(sig(1, 2, 3)));
        assertEquals("A signature of 3 values does not cut into 4 bands of 3 rows", e.getMessage());
    }

    @Test
    void a_key_term_is_sixteen_hex_digits() {
        assertEquals("000000000000002a", Bands.term(42));
        assertEquals("ffffffffffffffff", Bands.term(-1));
    }
}
