package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimplifyTest {
    private static final double[][] WIGGLE = {{0, 0}, {1, 1.01}, {2, 2}, {3, 0.99}, {4, 0}};

    @Test
    void douglas_peucker_keeps_both_ends_and_the_points_beyond_the_tolerance() {
        double[][] s = Simplify.douglasPeucker(WIGGLE, 0.1);
        assertArrayEquals(new double[][] {{0, 0}, {2, 2}, {4, 0}}, s);
        assertEquals(WIGGLE.length, Simplify.douglasPeucker(WIGGLE, 0).length, "tolerance 0 keeps every point");
        assertEquals(2, Simplify.douglasPeucker(WIGGLE, 3).length, "a wide tolerance leaves the ends");
    }

    @Test
    void a_simplified_ring_stays_closed() {
        double[][] ring = {{0, 0}, {2, 0.001}, {4, 0}, {4, 4}, {2, 4.001}, {0, 4}, {0, 0}};
        double[][] s = Simplify.douglasPeucker(ring, 0.01);
        assertArrayEquals(new double[][] {{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}, s);
        assertTrue(Simplify.isRing(s));
    }

    @Test
    void a_ring_smaller_than_the_tolerance_collapses() {
        double[][] ring = {{0, 0}, {0.01, 0}, {0.01, 0.01}, {0, 0.01}, {0, 0}};
        assertFalse(Simplify.isRing(Simplify.douglasPeucker(ring, 0.05)));
        assertFalse(Simplify.isRing(Simplify.round(ring, 1)), "rounding can collapse it too");
    }

    @Test
    void points_across_the_antimeridian_are_measured_the_short_way_and_kept_on_their_sides() {
        // Straight along 60°N from 179° east to 179° west: nothing to keep but the ends, yet the line must not turn
        // into one running 358° the long way round.
        double[][] line = {{179, 60}, {179.5, 60}, {180, 60}, {-179.5, 60}, {-179, 60}};
        double[][] s = Simplify.douglasPeucker(line, 0.1);
        assertArrayEquals(new double[][] {{179, 60}, {-179, 60}}, s);
        // A ring round the pole: no two kept points 180° apart, so the winding survives.
        double[][] cap = new double[37][];
        for (int i = 0; i <= 36; i++) {
            double lon = -180 + 10 * i;
            cap[i] = new double[] {lon == 180 ? -180 : lon, -89.5};
        }
        double[][] c = Simplify.douglasPeucker(cap, 1);
        double[][] u = Antimeridian.unwrap(c);
        assertEquals(360, Math.abs(u[u.length - 1][0] - u[0][0]), 1e-9);
    }

    @Test
    void rounding_drops_the_repeats_it_makes() {
        double[][] r = Simplify.round(new double[][] {{1.00004, 2}, {1.00001, 2.00002}, {1.2345, -2.0006}}, 3);
        assertArrayEquals(new double[][] {{1, 2}, {1.235, -2.001}}, r);
    }

    @Test
    void a_negative_tolerance_is_refused_with_its_value() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simplify.douglasPeucker(WIGGLE, -1));
        assertEquals("The parameter 'tolerance' must be 0 or more, not -1.0.", e.getMessage());
    }
}
