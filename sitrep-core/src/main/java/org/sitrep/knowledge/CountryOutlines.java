package org.sitrep.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Country outlines for the web map's offline base layer: reads a TopoJSON topology (its object {@code countries}, as
 * world-atlas publishes Natural Earth's boundaries) or a GeoJSON FeatureCollection, simplifies, rounds and names the
 * outlines, and writes them as one GeoJSON FeatureCollection whose features carry {@code iso2}, {@code iso3} and
 * {@code name} (format in {@code docs/knowledge.md}, "Country outlines").
 * <ul>
 *   <li>Simplification is Douglas–Peucker ({@link Simplify}). A topology is simplified border by border (arc by arc),
 *       so neighbours keep one shared line; GeoJSON ring by ring.</li>
 *   <li>Rings that cross the antimeridian are cut there, rings that wind round a pole are closed along the map's edge
 *       ({@link Antimeridian}), so a flat map draws them.</li>
 *   <li>Points are rounded to {@link Options#decimals()} places. A ring left with fewer than three corners is dropped,
 *       a polygon whose exterior is dropped goes with its holes; a country that would vanish keeps its largest polygon
 *       unsimplified (rounded only), so small islands stay on the map.</li>
 *   <li>Rings are wound as RFC 7946 asks: exteriors counter-clockwise, holes clockwise.</li>
 *   <li>A feature's id is read as an ISO 3166-1 numeric code and looked up in {@link CountryCodes}; a match gives the
 *       alpha-2 and alpha-3 codes and GeoNames' English name, no match keeps the source's name and empty codes.</li>
 * </ul>
 * A file that is not a topology or a FeatureCollection, or whose structure is broken, fails with the file and what is
 * wrong; a broken geometry is reported with the file and its index and left out, the rest is written.
 */
public final class CountryOutlines {
    private CountryOutlines() {}

    /** The object of a topology that holds the countries (world-atlas's name). */
    public static final String OBJECT = "countries";

    /**
     * How much to simplify.
     *
     * @param tolerance the Douglas–Peucker tolerance in degrees; 0 keeps every point
     * @param decimals  decimal places kept of each coordinate
     */
    public record Options(double tolerance, int decimals) {
        /** The default tolerance: about 5.5 km at the equator; world-atlas's 50m file gives about 540 KB of GeoJSON, 200 KB gzipped. */
        public static final double DEFAULT_TOLERANCE = 0.05;

        public Options {
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException("The parameter 'tolerance' must be a number of degrees, 0 or more, not " + tolerance + ".");
            }
            if (decimals < 0 || decimals > 9) {
                throw new IllegalArgumentException("The parameter 'decimals' must be between 0 and 9, not " + decimals + ".");
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_TOLERANCE, 3);
        }
    }

    /**
     * One country's outline, ready to write.
     *
     * @param iso2     ISO 3166-1 alpha-2 code, or empty when the source's id matched none
     * @param iso3     ISO 3166-1 alpha-3 code, or empty
     * @param name     GeoNames' English name when the code matched, else the source's
     * @param polygons the simplified polygons, at least one
     */
    public record Country(String iso2, String iso3, String name, List<Outline.Polygon> polygons) {
        public Country {
            polygons = List.copyOf(polygons);
        }
    }

    /**
     * What a conversion did.
     *
     * @param countries  the outlines, in the source's order
     * @param problems   geometries left out, with the file and why
     * @param unmatched  the names of outlines written without codes (their id matched no ISO numeric code)
     * @param kept       the names of outlines that simplification would have removed, kept unsimplified
     * @param wide       the names of outlines with a ring spanning more than 180° of longitude that does not reach a pole (none
     *                   after {@link Antimeridian}; Antarctica's coast, closed along the pole, spans 360° and is not counted)
     * @param pointsIn   points read
     * @param pointsOut  points written
     */
    public record Result(List<Country> countries, List<String> problems, List<String> unmatched, List<String> kept, List<String> wide,
            int pointsIn, int pointsOut) {}

    /** Reads {@code file} (plain or gzip JSON) and converts it. */
    public static Result convert(Path file, Options options, CountryCodes codes) throws IOException {
        JsonNode root;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException(file + ": empty file, expected a TopoJSON topology or a GeoJSON FeatureCollection");
        }
        return convert(file.toString(), root, options, codes);
    }

    /** Converts a parsed topology or FeatureCollection; {@code file} names it in messages. */
    public static Result convert(String file, JsonNode root, Options options, CountryCodes codes) {
        String type = root.path("type").asText("");
        List<String> problems = new ArrayList<>();
        List<Outline> raw = new ArrayList<>();
        List<Outline> simplified = new ArrayList<>();
        switch (type) {
            case "Topology" -> {
                TopoJson.Topology t = TopoJson.read(root, OBJECT, file);
                problems.addAll(t.problems());
                List<double[][]> arcs = t.arcs().stream().map(a -> Simplify.douglasPeucker(a, options.tolerance())).toList();
                for (TopoJson.Geometry g : t.geometries()) {
                    try {
                        raw.add(t.outline(g, t.arcs()));
                        simplified.add(t.outline(g, arcs));
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage() + "; skipped");
                    }
                }
            }
            case "FeatureCollection" -> {
                raw.addAll(features(file, root, problems));
                raw.forEach(o -> simplified.add(map(o, ring -> Simplify.douglasPeucker(ring, options.tolerance()))));
            }
            default -> throw new IllegalArgumentException(file + ": neither a TopoJSON topology nor a GeoJSON FeatureCollection (type '"
                    + type + "')");
        }
        List<Country> countries = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        int pointsIn = 0;
        int pointsOut = 0;
        for (int i = 0; i < raw.size(); i++) {
            Outline source = raw.get(i);
            pointsIn += source.points();
            List<Outline.Polygon> polygons = clean(simplified.get(i), options.decimals());
            if (polygons.isEmpty()) {
                polygons = clean(source, options.decimals()).stream()
                        .max(Comparator.comparingDouble(p -> Math.abs(Simplify.signedArea2(p.rings().get(0)))))
                        .map(List::of).orElse(List.of());
                if (polygons.isEmpty()) {
                    problems.add(file + ": " + source.label() + ": nothing is left at " + options.decimals() + " decimals; skipped");
                    continue;
                }
                kept.add(source.name());
            }
            Optional<CountryCodes.Country> code = codes.byNumeric(source.id());
            if (code.isEmpty()) {
                unmatched.add(source.name().isEmpty() ? source.label() : source.name());
            }
            Country c = new Country(code.map(CountryCodes.Country::alpha2).orElse(""), code.map(CountryCodes.Country::alpha3).orElse(""),
                    code.map(CountryCodes.Country::name).orElse(source.name()), polygons);
            countries.add(c);
            for (Outline.Polygon p : polygons) {
                for (double[][] ring : p.rings()) {
                    pointsOut += ring.length;
                    if (span(ring) > 180 && !atPole(ring)) {
                        wide.add(c.name());
                    }
                }
            }
        }
        return new Result(List.copyOf(countries), List.copyOf(problems), List.copyOf(unmatched), List.copyOf(kept),
                wide.stream().distinct().toList(), pointsIn, pointsOut);
    }

    /**
     * The polygons cut at the antimeridian ({@link Antimeridian}), rounded, with the rings that still enclose something,
     * wound exterior counter-clockwise and holes clockwise.
     */
    static List<Outline.Polygon> clean(Outline o, int decimals) {
        List<Outline.Polygon> out = new ArrayList<>();
        for (Outline.Polygon p : o.polygons().stream().flatMap(whole -> Antimeridian.cut(whole).stream()).toList()) {
            List<double[][]> rings = new ArrayList<>();
            for (double[][] ring : p.rings()) {
                double[][] r = Simplify.round(ring, decimals);
                if (!Simplify.isRing(r)) {
                    if (rings.isEmpty()) {
                        break; // the exterior collapsed: its holes go with it
                    }
                    continue;
                }
                boolean exterior = rings.isEmpty();
                if ((Simplify.signedArea2(r) > 0) != exterior) {
                    r = reversed(r);
                }
                rings.add(r);
            }
            if (!rings.isEmpty()) {
                out.add(new Outline.Polygon(rings));
            }
        }
        return out;
    }

    private static double[][] reversed(double[][] ring) {
        double[][] r = new double[ring.length][];
        for (int i = 0; i < ring.length; i++) {
            r[i] = ring[ring.length - 1 - i];
        }
        return r;
    }

    private static double span(double[][] ring) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] p : ring) {
            min = Math.min(min, p[0]);
            max = Math.max(max, p[0]);
        }
        return max - min;
    }

    private static boolean atPole(double[][] ring) {
        for (double[] p : ring) {
            if (Math.abs(p[1]) == 90) {
                return true;
            }
        }
        return false;
    }

    private static Outline map(Outline o, Function<double[][], double[][]> f) {
        return new Outline(o.id(), o.name(), o.polygons().stream()
                .map(p -> new Outline.Polygon(p.rings().stream().map(f).toList())).toList());
    }

    /** The Polygon and MultiPolygon features of a FeatureCollection; others are problems. */
    private static List<Outline> features(String file, JsonNode root, List<String> problems) {
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new IllegalArgumentException(file + ": the FeatureCollection has no \"features\" array");
        }
        List<Outline> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            String id = f.path("id").isValueNode() ? f.path("id").asText() : property(f, "iso_n3");
            String name = property(f, "name");
            String label = file + ": feature " + i + " (" + new Outline(id, name, List.of()).label() + "): ";
            JsonNode g = f.path("geometry");
            String type = g.path("type").asText("");
            try {
                List<Outline.Polygon> polygons = switch (type) {
                    case "Polygon" -> List.of(polygon(g.path("coordinates"), label));
                    case "MultiPolygon" -> {
                        List<Outline.Polygon> all = new ArrayList<>();
                        requireArray(g.path("coordinates"), label, "\"coordinates\" (polygons)");
                        for (JsonNode p : g.path("coordinates")) {
                            all.add(polygon(p, label));
                        }
                        yield all;
                    }
                    default -> throw new IllegalArgumentException(label + (type.isEmpty() ? "no geometry" : "geometry type '" + type
                            + "' is not a Polygon or MultiPolygon"));
                };
                out.add(new Outline(id, name, polygons));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage() + "; skipped");
            }
        }
        return out;
    }

    private static Outline.Polygon polygon(JsonNode rings, String label) {
        requireArray(rings, label, "a polygon (rings of positions)");
        List<double[][]> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            requireArray(ring, label, "a ring (positions)");
            double[][] points = new double[ring.size()][];
            for (int j = 0; j < points.length; j++) {
                JsonNode p = ring.get(j);
                if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                    throw new IllegalArgumentException(label + "position '" + TopoJson.abbreviate(p) + "' is not [lon, lat]");
                }
                points[j] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
            }
            if (points.length < 4 || points[0][0] != points[points.length - 1][0] || points[0][1] != points[points.length - 1][1]) {
                throw new IllegalArgumentException(label + "a ring is not closed (GeoJSON rings repeat their first position last)");
            }
            out.add(points);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(label + "a polygon has no rings");
        }
        return new Outline.Polygon(out);
    }

    private static void requireArray(JsonNode n, String label, String what) {
        if (!n.isArray()) {
            throw new IllegalArgumentException(label + "expected " + what + ", got " + (n.isMissingNode() ? "nothing" : "'" + TopoJson.abbreviate(n) + "'"));
        }
    }

    /** A property by name in any case ("name", "NAME"), as text; empty when absent. */
    private static String property(JsonNode feature, String name) {
        Iterator<Map.Entry<String, JsonNode>> it = feature.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name) && e.getValue().isValueNode() && !e.getValue().isNull()) {
                return e.getValue().asText();
            }
        }
        return "";
    }

    /**
     * Writes the countries as a GeoJSON FeatureCollection, one feature a line, with {@code source} as a foreign member
     * saying where the outlines came from. The caller closes the stream.
     */
    public static void write(List<Country> countries, String source, int decimals, OutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("{\"type\":\"FeatureCollection\",\"source\":" + json.writeValueAsString(source) + ",\"features\":[\n");
        for (int i = 0; i < countries.size(); i++) {
            Country c = countries.get(i);
            w.write("{\"type\":\"Feature\",\"properties\":{\"iso2\":" + json.writeValueAsString(c.iso2()) + ",\"iso3\":"
                    + json.writeValueAsString(c.iso3()) + ",\"name\":" + json.writeValueAsString(c.name()) + "},\"geometry\":{\"type\":\""
                    + (c.polygons().size() == 1 ? "Polygon" : "MultiPolygon") + "\",\"coordinates\":");
            StringBuilder b = new StringBuilder();
            if (c.polygons().size() == 1) {
                polygon(b, c.polygons().get(0), decimals);
            } else {
                b.append('[');
                for (int p = 0; p < c.polygons().size(); p++) {
                    b.append(p == 0 ? "" : ",");
                    polygon(b, c.polygons().get(p), decimals);
                }
                b.append(']');
            }
            w.write(b.toString());
            w.write(i + 1 < countries.size() ? "}},\n" : "}}\n");
        }
        w.write("]}\n");
        w.flush();
    }

    private static void polygon(StringBuilder b, Outline.Polygon p, int decimals) {
        b.append('[');
        for (int r = 0; r < p.rings().size(); r++) {
            b.append(r == 0 ? "[" : ",[");
            double[][] ring = p.rings().get(r);
            for (int i = 0; i < ring.length; i++) {
                b.append(i == 0 ? "[" : ",[");
                number(b, ring[i][0], decimals);
                b.append(',');
                number(b, ring[i][1], decimals);
                b.append(']');
            }
            b.append(']');
        }
        b.append(']');
    }

    /** A coordinate with at most {@code decimals} places and no trailing zeros ("2.35", "-180", "0.001"). */
    static void number(StringBuilder b, double x, int decimals) {
        long scale = (long) Math.pow(10, decimals);
        long v = Math.round(x * scale);
        if (v < 0) {
            b.append('-');
            v = -v;
        }
        b.append(v / scale);
        long frac = v % scale;
        if (frac != 0) {
            String digits = Long.toString(frac + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits, 0, end);
        }
    }
}
