package org.sitrep.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Line and ring simplification in plane degrees (longitude as x, latitude as y), for map outlines drawn at world scale.
 * {@link #douglasPeucker} keeps a line's two ends, so a closed ring stays closed and the shared ends of two borders
 * stay shared; {@link #round} snaps points to a grid and drops the repeats that snapping makes.
 */
public final class Simplify {
    private Simplify() {}

    /**
     * Douglas–Peucker: the points of {@code line} ({@code {lon, lat}} each) that lie farther than {@code tolerance}
     * from the simplified line, and always the first and the last. A closed line (a ring) is measured from its first
     * point until a second point is kept. Distances are measured with longitudes unwrapped across ±180°, and two kept
     * points are never 180° of longitude or more apart, so a line that crosses the antimeridian or winds round a pole
     * still does after simplification ({@link Antimeridian}). The points returned are the line's own. A tolerance of 0
     * keeps every point.
     *
     * @throws IllegalArgumentException when the tolerance is negative or not a number
     */
    public static double[][] douglasPeucker(double[][] original, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("The parameter 'tolerance' must be 0 or more, not " + tolerance + ".");
        }
        int n = original.length;
        if (n <= 2 || tolerance == 0) {
            return original.clone();
        }
        double[][] line = Antimeridian.unwrap(original);
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        Deque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {0, n - 1});
        while (!todo.isEmpty()) {
            int[] span = todo.pop();
            int from = span[0];
            int to = span[1];
            double far = -1;
            int at = -1;
            for (int i = from + 1; i < to; i++) {
                double d = distance(line[i], line[from], line[to]);
                if (d > far) {
                    far = d;
                    at = i;
                }
            }
            if (at >= 0 && far <= tolerance && Math.abs(line[to][0] - line[from][0]) >= 180) {
                at = (from + to) / 2; // keep the line on its side of the antimeridian
                far = Double.POSITIVE_INFINITY;
            }
            if (at >= 0 && far > tolerance) {
                keep[at] = true;
                todo.push(new int[] {from, at});
                todo.push(new int[] {at, to});
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(original[i]);
            }
        }
        return out.toArray(new double[0][]);
    }

    /** Distance from {@code p} to the segment {@code a}–{@code b} (to {@code a} when the segment is a point). */
    static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
        return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
    }

    /** The points rounded to {@code decimals} places, with a point equal to the one before it dropped. */
    public static double[][] round(double[][] line, int decimals) {
        double scale = Math.pow(10, decimals);
        List<double[]> out = new ArrayList<>(line.length);
        double[] last = null;
        for (double[] p : line) {
            double[] q = {Math.round(p[0] * scale) / scale, Math.round(p[1] * scale) / scale};
            if (last == null || q[0] != last[0] || q[1] != last[1]) {
                out.add(q);
                last = q;
            }
        }
        return out.toArray(new double[0][]);
    }

    /** Twice the signed area of a closed ring (positive when counter-clockwise with y up). */
    public static double signedArea2(double[][] ring) {
        double s = 0;
        for (int i = 0; i + 1 < ring.length; i++) {
            s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
        }
        return s;
    }

    /**
     * Whether a closed ring still encloses something: four points or more (three corners and the closing point) and an
     * area that is not zero.
     */
    public static boolean isRing(double[][] ring) {
        return ring.length >= 4 && signedArea2(ring) != 0 && ring[0][0] == ring[ring.length - 1][0] && ring[0][1] == ring[ring.length - 1][1];
    }
}
