package org.sitrep.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final String TEXT = "Negotiators met in Doha on Thursday and agreed to resume talks next week, officials said.";

    @Test
    void the_standard_signature_of_a_text_never_changes() {
        // Pinned values: stored band keys depend on them. If this fails, the hashing changed and stores must be rebuilt.
        Signature s = StoryScheme.STANDARD.signature(TEXT);
        assertEquals(128, s.size());
        assertEquals(11, s.shingles());
        assertEquals("[10238511, 280034453, 93340170, 623112543]", "[" + s.value(0) + ", " + s.value(1) + ", " + s.value(2) + ", " + s.value(127) + "]");
        assertEquals("e0931ae0526a8f8a", Bands.term(StoryScheme.STANDARD.bandKeys(s)[0]));
    }

    @Test
    void two_families_with_one_seed_agree_and_other_seeds_do_not() {
        long[] shingles = Shingles.hashes(TEXT, 5);
        assertEquals(new MinHash(64, 7).signature(shingles), new MinHash(64, 7).signature(shingles));
        assertNotEquals(new MinHash(64, 7).signature(shingles), new MinHash(64, 8).signature(shingles));
    }

    @Test
    void agreement_estimates_jaccard_similarity() {
        MinHash h = new MinHash(128, StoryScheme.SEED);
        long[] a = LongStream.range(0, 1000).map(Shingles::mix).sorted().toArray();
        long[] b = LongStream.range(500, 1500).map(Shingles::mix).sorted().toArray(); // J = 500 / 1500
        long[] c = LongStream.range(5000, 6000).map(Shingles::mix).sorted().toArray();
        assertEquals(1.0 / 3, h.signature(a).similarity(h.signature(b)), 0.12);
        assertEquals(1.0, h.signature(a).similarity(h.signature(a)));
        assertTrue(h.signature(a).similarity(h.signature(c)) < 0.05);
    }

    @Test
    void an_empty_text_has_an_empty_signature_that_matches_nothing() {
        Signature empty = StoryScheme.STANDARD.signature("");
        assertTrue(empty.isEmpty());
        assertEquals(0.0, empty.similarity(empty));
    }

    @Test
    void a_signature_survives_its_byte_form() {
        Signature s = StoryScheme.STANDARD.signature(TEXT);
        byte[] b = s.toBytes();
        assertEquals(4 + 4 * 128, b.length);
        assertEquals(s, Signature.fromBytes(b, 0, b.length));
    }
}
