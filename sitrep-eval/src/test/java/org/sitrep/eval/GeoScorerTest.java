package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeoScorerTest {
    /** One degree of longitude on the equator: 6371.0088 km × π / 180. */
    private static final double DEGREE_KM = 111.19508;

    private static GeoScorer.Guess at(double lat, double lon) {
        return new GeoScorer.Guess("p" + lat + "," + lon, lat, lon);
    }

    @Test
    void haversine_distances() {
        assertEquals(DEGREE_KM, GeoScorer.km(0, 0, 0, 1), 1e-3);
        assertEquals(DEGREE_KM, GeoScorer.km(0, 0, 1, 0), 1e-3);
        assertEquals(0, GeoScorer.km(31.3, -92.4, 31.3, -92.4), 1e-9);
        // Antipodes: half the circumference.
        assertEquals(Math.PI * 6371.0088, GeoScorer.km(0, 0, 0, 180), 1e-6);
    }

    @Test
    void gold_spans_accuracy_mean_median_and_auc_count_unresolved_as_20039_km() {
        GeoScorer s = new GeoScorer();
        s.add(new GoldToponym(0, 1, "A", 0.0, 0.0), Optional.of(at(0, 1)));
        s.add(new GoldToponym(2, 3, "B", 0.0, 0.0), Optional.of(at(0, 2)));
        s.add(new GoldToponym(4, 5, "C", 0.0, 0.0), Optional.empty());
        s.add(new GoldToponym(6, 7, "D", null, null), Optional.of(at(50, 50)));
        assertEquals(3, s.scored());
        assertEquals(2, s.resolved());
        assertEquals(2 / 3.0, s.coverage(), 1e-9);
        assertEquals(1 / 3.0, s.accuracy(), 1e-9);
        assertEquals((DEGREE_KM + 2 * DEGREE_KM + 20039) / 3, s.meanKm(), 1e-3);
        assertEquals(2 * DEGREE_KM, s.medianKm(), 1e-3);
        // ln(1+e) of the sorted errors 111.195, 222.390, 20039: 4.72024, 5.40892, 9.90549; trapezoids 12.72178 / (2 ln 20039).
        assertEquals(0.64216, s.auc(), 1e-5);
        assertEquals(List.of("B", "C"), s.misses().stream().map(m -> m.gold().phrase()).toList());
        assertNull(s.misses().get(1).guess());
        assertEquals(20039, s.misses().get(1).km(), 0);
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_middle_two() {
        GeoScorer s = new GeoScorer();
        s.add(new GoldToponym(0, 1, "A", 0.0, 0.0), Optional.of(at(0, 0)));
        s.add(new GoldToponym(0, 1, "A", 0.0, 0.0), Optional.of(at(0, 2)));
        assertEquals(DEGREE_KM, s.medianKm(), 1e-3);
        assertEquals(0.5, s.accuracy(), 1e-9);
    }

    @Test
    void end_to_end_matches_one_to_one_by_overlap_and_needs_161_km_for_a_true_positive() {
        GeoScorer s = new GeoScorer();
        List<GoldToponym> gold = List.of(
                new GoldToponym(0, 5, "Alpha", 0.0, 0.0),
                new GoldToponym(10, 15, "Bravo", 0.0, 0.0),
                new GoldToponym(20, 25, "Charl", null, null),
                new GoldToponym(40, 45, "Delta", 10.0, 10.0));
        List<GeoScorer.Predicted> predicted = List.of(
                new GeoScorer.Predicted(0, 3, at(0, 0)),      // overlaps Alpha by 3: loses it to the next one
                new GeoScorer.Predicted(0, 5, at(0, 1)),      // Alpha, 111 km: true positive
                new GeoScorer.Predicted(11, 14, at(0, 3)),    // Bravo, 334 km: found but not placed
                new GeoScorer.Predicted(20, 25, at(9, 9)),    // a toponym without coordinates: not counted either way
                new GeoScorer.Predicted(30, 35, at(0, 0)));   // no gold: false positive
        s.addDocument(gold, predicted);
        assertEquals(new Score(1, 4, 3), s.placed());
        assertEquals(new Score(2, 4, 3), s.found());
        assertEquals(3, s.scored());
        assertEquals(2, s.resolved());
        assertEquals(1 / 3.0, s.accuracy(), 1e-9);
        assertEquals(List.of("Bravo", "Delta"), s.misses().stream().map(m -> m.gold().phrase()).toList());
    }

    @Test
    void top_misses_group_the_same_phrase_gold_and_guess() {
        GeoScorer s = new GeoScorer();
        s.add(new GoldToponym(0, 1, "A", 0.0, 0.0), Optional.empty());
        s.add(new GoldToponym(0, 1, "B", 0.0, 0.0), Optional.of(at(0, 5)));
        s.add(new GoldToponym(3, 4, "B", 0.0, 0.0), Optional.of(at(0, 5)));
        s.add(new GoldToponym(3, 4, "B", 0.0, 0.0), Optional.of(at(5, 5)));
        List<GeoScorer.MissCount> top = s.topMisses(2);
        assertEquals(2, top.size());
        assertEquals("B", top.get(0).example().gold().phrase());
        assertEquals(2, top.get(0).count());
        assertEquals("A", top.get(1).example().gold().phrase());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.topMisses(-1));
        assertEquals("The parameter 'n' must not be negative, got -1", e.getMessage());
    }
}
