package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.story.Shingles;
import org.sitrep.testkit.WireCopies;

class StoryCopiesTest {
    private final StoryCopies maker = new StoryCopies(List.of("Fuel prices rise again", "Talks resume in Doha"));

    @Test
    void one_seed_makes_one_copy_and_another_seed_another() {
        assertEquals(maker.copy(WireCopies.WIRE, StoryCopies.Level.MEDIUM, new Random(5)), maker.copy(WireCopies.WIRE, StoryCopies.Level.MEDIUM, new Random(5)));
        assertNotEquals(maker.copy(WireCopies.WIRE, StoryCopies.Level.MEDIUM, new Random(5)), maker.copy(WireCopies.WIRE, StoryCopies.Level.MEDIUM, new Random(6)));
    }

    @Test
    void a_light_copy_keeps_all_paragraphs_but_one_verbatim_and_adds_furniture() {
        String copy = maker.copy(WireCopies.WIRE, StoryCopies.Level.LIGHT, new Random(1));
        List<String> lines = Arrays.asList(copy.split("\n\n"));
        List<String> paragraphs = Arrays.asList(WireCopies.WIRE.split("\n\n"));
        assertEquals(paragraphs.size() - 1, paragraphs.stream().filter(lines::contains).count());
        assertTrue(lines.size() >= paragraphs.size() + 3, copy); // at least one header and two footer lines
    }

    @Test
    void heavier_levels_stray_further_from_the_original() {
        long[] original = Shingles.hashes(WireCopies.WIRE, 5);
        double light = 0;
        double heavy = 0;
        for (int seed = 0; seed < 20; seed++) {
            light += StoryBench.jaccard(original, Shingles.hashes(maker.copy(WireCopies.WIRE, StoryCopies.Level.LIGHT, new Random(seed)), 5));
            heavy += StoryBench.jaccard(original, Shingles.hashes(maker.copy(WireCopies.WIRE, StoryCopies.Level.HEAVY, new Random(seed)), 5));
        }
        assertTrue(light / 20 > 0.6, "light " + light / 20);
        assertTrue(heavy / 20 < light / 20 - 0.15, "light " + light / 20 + ", heavy " + heavy / 20);
    }
}
