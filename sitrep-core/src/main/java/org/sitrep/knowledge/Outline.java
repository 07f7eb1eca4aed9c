package org.sitrep.knowledge;

import java.util.List;

/**
 * A country's outline as a map source gives it: polygons of rings of points in degrees, each point {@code {lon, lat}}.
 * A polygon's first ring is its exterior, the others its holes; rings are closed (the last point repeats the first).
 *
 * @param id       the source's feature id (world-atlas: the ISO 3166-1 numeric code, "250"), or empty
 * @param name     the source's name, or empty
 * @param polygons the polygons, never null
 */
public record Outline(String id, String name, List<Polygon> polygons) {
    public Outline {
        polygons = List.copyOf(polygons);
    }

    /** One polygon: the exterior ring first, then holes; each ring an array of {@code {lon, lat}} points. */
    public record Polygon(List<double[][]> rings) {
        public Polygon {
            rings = List.copyOf(rings);
        }
    }

    /** The number of points over all rings. */
    public int points() {
        return polygons.stream().flatMap(p -> p.rings().stream()).mapToInt(r -> r.length).sum();
    }

    /** How the outline is named in messages: {@code 250 'France'}. */
    String label() {
        return (id.isEmpty() ? "no id" : "id " + id) + (name.isEmpty() ? "" : " '" + name + "'");
    }
}
