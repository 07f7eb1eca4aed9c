package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AntimeridianTest {
    private static double[] bounds(double[][] ring) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] p : ring) {
            b[0] = Math.min(b[0], p[0]);
            b[1] = Math.min(b[1], p[1]);
            b[2] = Math.max(b[2], p[0]);
            b[3] = Math.max(b[3], p[1]);
        }
        return b;
    }

    @Test
    void a_polygon_away_from_the_antimeridian_is_left_as_it_is() {
        Outline.Polygon p = new Outline.Polygon(List.<double[][]>of(new double[][] {{0, 0}, {1, 0}, {1, 1}, {0, 0}}));
        assertSame(p, Antimeridian.cut(p).get(0));
    }

    @Test
    void an_island_across_the_antimeridian_is_cut_in_two_at_180() {
        double[][] ring = {{179, -16}, {-179, -16}, {-179, -17}, {179, -17}, {179, -16}};
        List<Outline.Polygon> cut = Antimeridian.cut(new Outline.Polygon(List.<double[][]>of(ring)));
        assertEquals(2, cut.size());
        assertArrayEquals(new double[] {179, -17, 180, -16}, bounds(cut.get(0).rings().get(0)), 1e-9);
        assertArrayEquals(new double[] {-180, -17, -179, -16}, bounds(cut.get(1).rings().get(0)), 1e-9);
    }

    @Test
    void a_ring_round_the_south_pole_is_closed_along_the_bottom_edge() {
        // world-atlas's Antarctica: a tiny ring round the pole at -89.999 with the coast as its hole.
        double[][] cap = {{-180, -89.999}, {90, -89.999}, {0, -89.999}, {-90, -89.999}, {-180, -89.999}};
        double[][] coast = {{-180, -70}, {-90, -75}, {0, -70}, {90, -65}, {180, -70}};
        List<Outline.Polygon> cut = Antimeridian.cut(new Outline.Polygon(List.of(cap, coast)));
        assertEquals(1, cut.size());
        double[][] exterior = cut.get(0).rings().get(0);
        assertArrayEquals(new double[] {-180, -90, 180, -65}, bounds(exterior), 1e-9);
        assertTrue(Antimeridian.inside(new double[] {0, -80}, exterior), "the land between the coast and the pole");
        assertTrue(!Antimeridian.inside(new double[] {0, -60}, exterior), "not the sea north of the coast");
    }
}
