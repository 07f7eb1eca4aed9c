package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep import countries} on a tiny topology written here: the GeoJSON written, exit codes, errors naming the file. */
class ImportCountriesCommandTest {
    @TempDir
    Path dir;

    /** France (250) and Germany (276) share arc 1, which Germany walks backwards; a third outline has no id. */
    private static final String TOPOLOGY = """
            {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,20]},
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","id":"250","properties":{"name":"France"},"arcs":[[0,1]]},
               {"type":"MultiPolygon","id":"276","properties":{"name":"Germany"},"arcs":[[[-2,2]],[[3]]]},
               {"type":"Polygon","properties":{"name":"N. Nowhere"},"arcs":[[3]]}%s]}},
             "arcs":[[[0,0],[4,0],[0,4]],[[4,4],[-4,0],[0,-4]],[[4,4],[-8,4],[4,-8]],[[8,0],[4,0],[-2,4],[-2,-4]]]}
            """;

    private Path topology(String extra) throws Exception {
        return Files.writeString(dir.resolve("countries-test.json"), TOPOLOGY.formatted(extra));
    }

    private static JsonNode readGzip(Path p) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void a_topology_becomes_a_gzipped_feature_collection_with_iso_codes_and_exit_0() throws Exception {
        Path out = dir.resolve("web/data/countries.geojson.gz");
        Cli r = Cli.run("import", "countries", topology("").toString(), "--output", out.toString(), "--tolerance", "0");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("1 without ISO codes (no matching numeric id): N. Nowhere"), r.out());
        assertTrue(r.out().contains("wrote 3 countries to " + out), r.out());
        JsonNode geo = readGzip(out);
        assertEquals(3, geo.path("features").size());
        assertEquals("{\"iso2\":\"DE\",\"iso3\":\"DEU\",\"name\":\"Germany\"}", geo.path("features").get(1).path("properties").toString());
        assertEquals("[[[10,20],[10,21],[12,21],[8,22],[10,20]]]", geo.path("features").get(1).path("geometry").path("coordinates").get(0).toString());
        assertEquals("", geo.path("features").get(2).path("properties").path("iso3").asText());
    }

    @Test
    void a_plain_name_writes_plain_json() throws Exception {
        Path out = dir.resolve("countries.geojson");
        Cli r = Cli.run("import", "countries", topology("").toString(), "--output", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out).startsWith("{\"type\":\"FeatureCollection\""));
    }

    @Test
    void a_broken_geometry_is_reported_and_left_out_and_the_rest_written_with_exit_1() throws Exception {
        Path in = topology(",{\"type\":\"Polygon\",\"id\":\"4\",\"properties\":{\"name\":\"Broken\"},\"arcs\":[[0,3]]}");
        Path out = dir.resolve("c.geojson.gz");
        Cli r = Cli.run("import", "countries", in.toString(), "--output", out.toString());
        assertEquals(1, r.exit());
        assertEquals(in + ": geometry 3 (id 4 'Broken'): arc 3 does not start where the ring's previous arc ends ([14.0, 20.0] vs [12.0, 21.0]); skipped\n",
                r.err());
        assertEquals(3, readGzip(out).path("features").size());
    }

    @Test
    void a_file_that_is_no_topology_is_an_error_naming_it_with_exit_1_and_nothing_written() throws Exception {
        Path in = Files.writeString(dir.resolve("land.json"), "{\"type\":\"Topology\",\"objects\":{\"land\":{}},\"arcs\":[]}");
        Path out = dir.resolve("c.geojson.gz");
        Cli r = Cli.run("import", "countries", in.toString(), "--output", out.toString());
        assertEquals(1, r.exit());
        assertEquals("sitrep: " + in + ": no object 'countries' in the topology (it has: land)\n", r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void a_missing_file_or_a_negative_tolerance_is_a_usage_error() throws Exception {
        Cli missing = Cli.run("import", "countries", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no file at '" + dir.resolve("nope.json") + "'"), missing.err());
        Cli negative = Cli.run("import", "countries", topology("").toString(), "--tolerance", "-1");
        assertEquals(2, negative.exit());
        assertTrue(negative.err().contains("--tolerance must be 0 or more degrees, not -1.0"), negative.err());
    }
}
