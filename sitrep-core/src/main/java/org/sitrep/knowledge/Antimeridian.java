package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes spherical polygons drawable on a flat lon/lat map. A source that works on the sphere (world-atlas, whose
 * outlines d3 draws) lets a ring cross the antimeridian (from 179.9° to −180° and on) and lets a ring wind round a
 * pole (Antarctica's coast). A flat map such as Leaflet's would draw the first as a band across the whole world and
 * cannot close the second. {@link #cut} cuts the first at ±180° into pieces on either side, and closes the second
 * along the map's edge at its pole (±90°) before cutting it. Two points more than 180° of longitude apart are read as
 * the short way round, across the antimeridian.
 */
public final class Antimeridian {
    private Antimeridian() {}

    /**
     * The ring with its longitudes made continuous: each point is moved by a multiple of 360° to lie within 180° of the
     * one before it. The first point stays; a ring that winds round a pole ends 360° from where it started.
     */
    public static double[][] unwrap(double[][] ring) {
        double[][] out = new double[ring.length][];
        double offset = 0;
        for (int i = 0; i < ring.length; i++) {
            if (i > 0) {
                double d = ring[i][0] - ring[i - 1][0];
                if (d > 180) {
                    offset -= 360;
                } else if (d < -180) {
                    offset += 360;
                }
            }
            out[i] = offset == 0 ? ring[i] : new double[] {ring[i][0] + offset, ring[i][1]};
        }
        return out;
    }

    /**
     * The polygon as polygons that lie within −180°..180°: unchanged when no ring crosses the antimeridian, else cut at
     * it, each piece of a hole going to the piece of the exterior around it. When the exterior winds round a pole, the
     * ring of those winding round it that encloses most becomes the exterior and the others holes (world-atlas's
     * Antarctica: a ring round the pole at −89.999° with the coast as its hole).
     */
    public static List<Outline.Polygon> cut(Outline.Polygon polygon) {
        if (polygon.rings().stream().noneMatch(Antimeridian::crosses)) {
            return List.of(polygon);
        }
        List<double[][]> rings = new ArrayList<>();
        List<Boolean> polar = new ArrayList<>();
        for (double[][] ring : polygon.rings()) {
            double[][] u = unwrap(ring);
            boolean winds = Math.abs(u[u.length - 1][0] - u[0][0]) > 180;
            rings.add(winds ? closeAtPole(u) : u);
            polar.add(winds);
        }
        int exterior = 0;
        if (polar.get(0)) {
            for (int i = 1; i < rings.size(); i++) {
                if (polar.get(i) && Math.abs(Simplify.signedArea2(rings.get(i))) > Math.abs(Simplify.signedArea2(rings.get(exterior)))) {
                    exterior = i;
                }
            }
        }
        List<List<double[][]>> pieces = new ArrayList<>();
        for (double[][] piece : pieces(rings.get(exterior))) {
            List<double[][]> p = new ArrayList<>();
            p.add(piece);
            pieces.add(p);
        }
        for (int i = 0; i < rings.size() && !pieces.isEmpty(); i++) {
            if (i == exterior) {
                continue;
            }
            for (double[][] hole : pieces(rings.get(i))) {
                owner(pieces, hole).add(hole);
            }
        }
        return pieces.stream().map(Outline.Polygon::new).toList();
    }

    private static boolean crosses(double[][] ring) {
        for (int i = 1; i < ring.length; i++) {
            if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) {
                return true;
            }
        }
        return false;
    }

    /** An unwrapped ring that ends 360° from its start, closed along the edge at the pole on its side. */
    private static double[][] closeAtPole(double[][] u) {
        double lat = 0;
        for (double[] p : u) {
            lat += p[1];
        }
        double pole = lat < 0 ? -90 : 90;
        double[] first = u[0];
        double[] last = u[u.length - 1];
        double[][] out = Arrays.copyOf(u, u.length + 3);
        out[u.length] = new double[] {last[0], pole};
        out[u.length + 1] = new double[] {first[0], pole};
        out[u.length + 2] = first;
        return out;
    }

    /** The parts of an unwrapped closed ring in each 360° window it touches, moved into −180°..180°. */
    static List<double[][]> pieces(double[][] ring) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] p : ring) {
            min = Math.min(min, p[0]);
            max = Math.max(max, p[0]);
        }
        int from = (int) Math.floor((min + 180) / 360);
        int to = (int) Math.ceil((max - 180) / 360);
        if (from == 0 && to <= 0) {
            return List.<double[][]>of(ring);
        }
        List<double[][]> out = new ArrayList<>();
        for (int k = from; k <= Math.max(from, to); k++) {
            double lo = -180 + 360.0 * k;
            double[][] piece = clip(clip(ring, lo, true), lo + 360, false);
            if (piece.length >= 4 && Simplify.signedArea2(piece) != 0) {
                for (int i = 0; i < piece.length; i++) {
                    piece[i] = new double[] {piece[i][0] - 360.0 * k, piece[i][1]};
                }
                out.add(piece);
            }
        }
        return out;
    }

    /** Sutherland–Hodgman against one vertical line: the part of the closed ring at {@code x >= at} (or {@code <=}). */
    private static double[][] clip(double[][] ring, double at, boolean keepEast) {
        List<double[]> out = new ArrayList<>();
        int m = ring.length - 1; // the last point repeats the first
        for (int i = 0; i < m; i++) {
            double[] prev = ring[(i + m - 1) % m];
            double[] cur = ring[i];
            boolean curIn = keepEast ? cur[0] >= at : cur[0] <= at;
            boolean prevIn = keepEast ? prev[0] >= at : prev[0] <= at;
            if (curIn != prevIn) {
                double t = (at - prev[0]) / (cur[0] - prev[0]);
                double[] cross = {at, prev[1] + t * (cur[1] - prev[1])};
                if (out.isEmpty() || !same(out.get(out.size() - 1), cross)) {
                    out.add(cross);
                }
            }
            if (curIn && (out.isEmpty() || !same(out.get(out.size() - 1), cur))) {
                out.add(cur);
            }
        }
        if (!out.isEmpty()) {
            out.add(out.get(0));
        }
        return out.toArray(new double[0][]);
    }

    private static boolean same(double[] a, double[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    /** The piece of the exterior that holds a point of the hole strictly inside; the first when none does. */
    private static List<double[][]> owner(List<List<double[][]>> polygons, double[][] hole) {
        for (double[] p : hole) {
            for (List<double[][]> polygon : polygons) {
                if (inside(p, polygon.get(0))) {
                    return polygon;
                }
            }
        }
        return polygons.get(0);
    }

    /** Ray casting: whether the point lies inside the closed ring. */
    static boolean inside(double[] p, double[][] ring) {
        boolean in = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            if ((ring[i][1] > p[1]) != (ring[j][1] > p[1])
                    && p[0] < (ring[j][0] - ring[i][0]) * (p[1] - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                in = !in;
            }
        }
        return in;
    }
}
