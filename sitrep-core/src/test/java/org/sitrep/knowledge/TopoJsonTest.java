package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopoJsonTest {
    /**
     * Quantized (x·0.5+10, y·0.25+20). Arc 0 is Squareland's own border, arc 1 the border it shares with Twoparts
     * (which walks it backwards, ~1 = -2), arc 2 Twoparts' own, arc 3 Twoparts' island.
     */
    static final String TOPOLOGY = """
            {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,20]},
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","id":"250","properties":{"name":"Squareland"},"arcs":[[0,1]]},
               {"type":"MultiPolygon","id":"276","properties":{"name":"Twoparts"},"arcs":[[[-2,2]],[[3]]]}%s]}},
             "arcs":[[[0,0],[4,0],[0,4]],[[4,4],[-4,0],[0,-4]],[[4,4],[-8,4],[4,-8]],[[8,0],[4,0],[-2,4],[-2,-4]]]}
            """;

    static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }

    static JsonNode topology(String extraGeometries) throws Exception {
        return json(TOPOLOGY.formatted(extraGeometries));
    }

    @Test
    void quantized_arcs_are_decoded_and_rings_stitched_with_reversed_arcs() throws Exception {
        TopoJson.Topology t = TopoJson.read(topology(""), "countries", "t.json");
        assertEquals(List.of(), t.problems());
        assertEquals(2, t.geometries().size());
        Outline square = t.outline(t.geometries().get(0), t.arcs());
        assertEquals("250", square.id());
        assertEquals("Squareland", square.name());
        assertArrayEquals(new double[][] {{10, 20}, {12, 20}, {12, 21}, {10, 21}, {10, 20}}, square.polygons().get(0).rings().get(0));

        Outline two = t.outline(t.geometries().get(1), t.arcs());
        assertEquals(2, two.polygons().size(), "a MultiPolygon of two polygons");
        // ~1 walks the shared border from (10,20) up to (12,21), then arc 2 runs back round.
        assertArrayEquals(new double[][] {{10, 20}, {10, 21}, {12, 21}, {8, 22}, {10, 20}}, two.polygons().get(0).rings().get(0));
        assertArrayEquals(new double[][] {{14, 20}, {16, 20}, {15, 21}, {14, 20}}, two.polygons().get(1).rings().get(0));
    }

    @Test
    void arcs_that_do_not_join_name_the_file_the_geometry_and_the_arc() throws Exception {
        TopoJson.Topology t = TopoJson.read(topology(",{\"type\":\"Polygon\",\"id\":\"4\",\"properties\":{\"name\":\"Broken\"},\"arcs\":[[0,3]]}"),
                "countries", "t.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.outline(t.geometries().get(2), t.arcs()));
        assertEquals("t.json: geometry 2 (id 4 'Broken'): arc 3 does not start where the ring's previous arc ends ([14.0, 20.0] vs [12.0, 21.0])",
                e.getMessage());
        TopoJson.Topology far = TopoJson.read(topology(",{\"type\":\"Polygon\",\"arcs\":[[9]]}"), "countries", "t.json");
        e = assertThrows(IllegalArgumentException.class, () -> far.outline(far.geometries().get(2), far.arcs()));
        assertEquals("t.json: geometry 2 (no id): arc 9 is out of range (the topology has 4 arcs)", e.getMessage());
    }

    @Test
    void geometries_of_other_types_are_skipped_as_problems() throws Exception {
        TopoJson.Topology t = TopoJson.read(topology(",{\"type\":\"Point\",\"id\":\"5\",\"coordinates\":[1,2]},{\"type\":\"Polygon\",\"arcs\":[[\"x\"]]}"),
                "countries", "t.json");
        assertEquals(2, t.geometries().size());
        assertEquals(List.of("t.json: geometry 2 (id 5): type 'Point' is not a Polygon or MultiPolygon; skipped",
                "t.json: geometry 3 (no id): arc index '\"x\"' is not an integer; skipped"), t.problems());
    }

    @Test
    void a_topology_without_the_object_or_with_broken_arcs_is_an_error_naming_the_file() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopoJson.read(json("{\"type\":\"Topology\",\"objects\":{\"land\":{}},\"arcs\":[]}"), "countries", "t.json"));
        assertEquals("t.json: no object 'countries' in the topology (it has: land)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TopoJson.read(json("{\"type\":\"Topology\",\"objects\":{\"countries\":"
                + "{\"type\":\"GeometryCollection\",\"geometries\":[]}},\"arcs\":[[[0,0],[1]]]}"), "countries", "t.json"));
        assertEquals("t.json: arc 0, position 1: expected [x, y], got '[1]'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TopoJson.read(json("{\"type\":\"Topology\",\"transform\":{\"scale\":[1]},"
                + "\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":[]}},\"arcs\":[]}"), "countries", "t.json"));
        assertEquals("t.json: the transform needs \"scale\" and \"translate\" of two numbers each, got '{\"scale\":[1]}'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TopoJson.read(json("{\"type\":\"FeatureCollection\"}"), "countries", "t.json"));
        assertEquals("t.json: not a TopoJSON topology (no \"type\": \"Topology\")", e.getMessage());
    }
}
