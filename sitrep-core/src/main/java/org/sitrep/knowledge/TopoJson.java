package org.sitrep.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the polygons of one object of a TopoJSON topology (https://github.com/topojson/topojson-specification), the
 * format of world-atlas. A topology stores each border once, as an arc; a ring lists the arcs that make it, an index
 * {@code ~i} (negative) meaning arc {@code i} reversed. Arcs of a quantized topology (one with a {@code transform}) are
 * delta-encoded integers, scaled and translated into degrees here.
 * <p>{@link #read} checks the structure; a topology it cannot read fails with the file and what is wrong. Rings are
 * made by {@link Topology#outline} from the arcs given to it, so a caller can simplify the arcs first: both
 * neighbours of a border then keep the same simplified line.
 */
public final class TopoJson {
    private TopoJson() {}

    /**
     * A geometry of the object: its id, name and its polygons as rings of arc indexes.
     *
     * @param index    its position in the object (0-based), for messages
     * @param polygons polygons of rings of arc indexes; a ring's first index is its first arc
     */
    public record Geometry(int index, String id, String name, List<List<int[]>> polygons) {}

    /**
     * A read topology.
     *
     * @param file       the file's name, for messages
     * @param arcs       the arcs in degrees, {@code {lon, lat}} points
     * @param geometries the object's Polygon and MultiPolygon geometries, in order
     * @param problems   geometries skipped, with the file, the geometry and why
     */
    public record Topology(String file, List<double[][]> arcs, List<Geometry> geometries, List<String> problems) {
        /**
         * The outline of {@code g} with rings stitched from {@code arcs} (this topology's, or the same arcs simplified:
         * ends unchanged).
         *
         * @throws IllegalArgumentException naming the file and the geometry when an arc index is out of range, two
         *                                  arcs of a ring do not join or a ring is not closed
         */
        public Outline outline(Geometry g, List<double[][]> arcs) {
            List<Outline.Polygon> polygons = new ArrayList<>();
            for (List<int[]> polygon : g.polygons()) {
                List<double[][]> rings = new ArrayList<>();
                for (int[] ring : polygon) {
                    rings.add(ring(g, ring, arcs));
                }
                polygons.add(new Outline.Polygon(rings));
            }
            return new Outline(g.id(), g.name(), polygons);
        }

        private double[][] ring(Geometry g, int[] indexes, List<double[][]> arcs) {
            List<double[]> points = new ArrayList<>();
            for (int k : indexes) {
                int i = k >= 0 ? k : ~k;
                if (i >= arcs.size()) {
                    throw new IllegalArgumentException(where(g) + "arc " + k + " is out of range (the topology has " + arcs.size() + " arcs)");
                }
                double[][] arc = arcs.get(i);
                int n = arc.length;
                for (int j = 0; j < n; j++) {
                    double[] p = arc[k >= 0 ? j : n - 1 - j];
                    if (j == 0 && !points.isEmpty()) {
                        double[] last = points.get(points.size() - 1);
                        if (!same(last, p)) {
                            throw new IllegalArgumentException(where(g) + "arc " + k + " does not start where the ring's previous arc ends ("
                                    + point(p) + " vs " + point(last) + ")");
                        }
                        continue;
                    }
                    points.add(p);
                }
            }
            if (points.isEmpty() || !same(points.get(0), points.get(points.size() - 1))) {
                throw new IllegalArgumentException(where(g) + "the ring of arcs " + Arrays.toString(indexes) + " is not closed");
            }
            return points.toArray(new double[0][]);
        }

        private String where(Geometry g) {
            return file + ": geometry " + g.index() + " (" + (g.id().isEmpty() ? "no id" : "id " + g.id())
                    + (g.name().isEmpty() ? "" : " '" + g.name() + "'") + "): ";
        }
    }

    /**
     * Reads {@code object} of the topology {@code root}: decodes the arcs and lists the object's Polygon and
     * MultiPolygon geometries. Geometries of other types are skipped and listed as problems.
     *
     * @param file names the input in messages
     * @throws IllegalArgumentException naming the file and what is wrong when root is not a topology, has no such
     *                                  object, or its arcs or transform are malformed
     */
    public static Topology read(JsonNode root, String object, String file) {
        String where = file + ": ";
        if (!root.isObject() || !"Topology".equals(root.path("type").asText())) {
            throw new IllegalArgumentException(where + "not a TopoJSON topology (no \"type\": \"Topology\")");
        }
        JsonNode objects = root.path("objects");
        JsonNode target = objects.path(object);
        if (!target.isObject()) {
            List<String> names = new ArrayList<>();
            objects.fieldNames().forEachRemaining(names::add);
            throw new IllegalArgumentException(where + "no object '" + object + "' in the topology (it has: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
        }
        List<double[][]> arcs = arcs(root, where);
        List<Geometry> geometries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<JsonNode> members = new ArrayList<>();
        if ("GeometryCollection".equals(target.path("type").asText())) {
            if (!target.path("geometries").isArray()) {
                throw new IllegalArgumentException(where + "object '" + object + "' is a GeometryCollection without a \"geometries\" array");
            }
            target.path("geometries").forEach(members::add);
        } else {
            members.add(target);
        }
        for (int i = 0; i < members.size(); i++) {
            JsonNode g = members.get(i);
            String id = g.path("id").isValueNode() ? g.path("id").asText() : "";
            String name = g.path("properties").path("name").isValueNode() ? g.path("properties").path("name").asText() : "";
            String label = where + "geometry " + i + " (" + (id.isEmpty() ? "no id" : "id " + id) + (name.isEmpty() ? "" : " '" + name + "'") + "): ";
            String type = g.path("type").asText("");
            try {
                List<List<int[]>> polygons = switch (type) {
                    case "Polygon" -> List.of(rings(g.path("arcs"), label));
                    case "MultiPolygon" -> {
                        List<List<int[]>> all = new ArrayList<>();
                        expectArray(g.path("arcs"), label, "\"arcs\" (polygons of rings of arc indexes)");
                        for (JsonNode p : g.path("arcs")) {
                            all.add(rings(p, label));
                        }
                        yield all;
                    }
                    default -> throw new IllegalArgumentException(label + "type '" + type + "' is not a Polygon or MultiPolygon; skipped");
                };
                geometries.add(new Geometry(i, id, name, polygons));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage().endsWith("skipped") ? e.getMessage() : e.getMessage() + "; skipped");
            }
        }
        return new Topology(file, List.copyOf(arcs), List.copyOf(geometries), List.copyOf(problems));
    }

    private static List<int[]> rings(JsonNode polygon, String label) {
        expectArray(polygon, label, "a polygon (rings of arc indexes)");
        List<int[]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            expectArray(ring, label, "a ring (arc indexes)");
            int[] indexes = new int[ring.size()];
            for (int j = 0; j < indexes.length; j++) {
                if (!ring.get(j).canConvertToInt() || !ring.get(j).isIntegralNumber()) {
                    throw new IllegalArgumentException(label + "arc index '" + ring.get(j) + "' is not an integer");
                }
                indexes[j] = ring.get(j).intValue();
            }
            if (indexes.length == 0) {
                throw new IllegalArgumentException(label + "a ring has no arcs");
            }
            rings.add(indexes);
        }
        return rings;
    }

    private static void expectArray(JsonNode n, String label, String what) {
        if (!n.isArray()) {
            throw new IllegalArgumentException(label + "expected " + what + ", got " + (n.isMissingNode() ? "nothing" : "'" + abbreviate(n) + "'"));
        }
    }

    /** The arcs in degrees: delta-decoded and transformed when the topology is quantized, as they are otherwise. */
    private static List<double[][]> arcs(JsonNode root, String where) {
        JsonNode arcs = root.path("arcs");
        if (!arcs.isArray()) {
            throw new IllegalArgumentException(where + "the topology has no \"arcs\" array");
        }
        JsonNode transform = root.path("transform");
        UnaryOperator<double[]> place = UnaryOperator.identity();
        boolean quantized = !transform.isMissingNode() && !transform.isNull();
        if (quantized) {
            JsonNode scale = transform.path("scale");
            JsonNode translate = transform.path("translate");
            if (!pair(scale) || !pair(translate)) {
                throw new IllegalArgumentException(where + "the transform needs \"scale\" and \"translate\" of two numbers each, got '"
                        + abbreviate(transform) + "'");
            }
            double sx = scale.get(0).asDouble();
            double sy = scale.get(1).asDouble();
            double tx = translate.get(0).asDouble();
            double ty = translate.get(1).asDouble();
            place = p -> new double[] {p[0] * sx + tx, p[1] * sy + ty};
        }
        List<double[][]> out = new ArrayList<>(arcs.size());
        for (int i = 0; i < arcs.size(); i++) {
            JsonNode arc = arcs.get(i);
            if (!arc.isArray() || arc.isEmpty()) {
                throw new IllegalArgumentException(where + "arc " + i + " is not an array of positions");
            }
            double[][] points = new double[arc.size()][];
            double x = 0;
            double y = 0;
            Iterator<JsonNode> it = arc.elements();
            for (int j = 0; it.hasNext(); j++) {
                JsonNode p = it.next();
                if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                    throw new IllegalArgumentException(where + "arc " + i + ", position " + j + ": expected [x, y], got '" + abbreviate(p) + "'");
                }
                if (quantized) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                } else {
                    x = p.get(0).asDouble();
                    y = p.get(1).asDouble();
                }
                points[j] = place.apply(new double[] {x, y});
            }
            out.add(points);
        }
        return out;
    }

    private static boolean pair(JsonNode n) {
        return n.isArray() && n.size() == 2 && n.get(0).isNumber() && n.get(1).isNumber();
    }

    private static boolean same(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
    }

    private static String point(double[] p) {
        return "[" + p[0] + ", " + p[1] + "]";
    }

    static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
