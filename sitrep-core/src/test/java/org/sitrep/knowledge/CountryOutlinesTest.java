package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryOutlinesTest {
    @TempDir
    Path dir;

    private static final CountryCodes CODES = CountryCodes.of(List.of(new CountryCodes.Country("250", "FR", "FRA", "France"),
            new CountryCodes.Country("276", "DE", "DEU", "Germany")));

    private static final CountryOutlines.Options EXACT = new CountryOutlines.Options(0, 3);

    private static JsonNode written(CountryOutlines.Result r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountryOutlines.write(r.countries(), "test", 3, out);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_topology_becomes_features_named_by_their_iso_codes() throws Exception {
        JsonNode topology = TopoJsonTest.topology(",{\"type\":\"Polygon\",\"properties\":{\"name\":\"N. Nowhere\"},\"arcs\":[[3]]}");
        CountryOutlines.Result r = CountryOutlines.convert("t.json", topology, EXACT, CODES);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("N. Nowhere"), r.unmatched());
        JsonNode geo = written(r);
        assertEquals("FeatureCollection", geo.path("type").asText());
        assertEquals(3, geo.path("features").size());
        JsonNode france = geo.path("features").get(0);
        assertEquals("{\"iso2\":\"FR\",\"iso3\":\"FRA\",\"name\":\"France\"}", france.path("properties").toString());
        assertEquals("{\"type\":\"Polygon\",\"coordinates\":[[[10,20],[12,20],[12,21],[10,21],[10,20]]]}", france.path("geometry").toString());
        JsonNode germany = geo.path("features").get(1);
        assertEquals("MultiPolygon", germany.path("geometry").path("type").asText());
        assertEquals("[[10,20],[10,21],[12,21],[8,22],[10,20]]", germany.path("geometry").path("coordinates").get(0).get(0).toString());
        JsonNode nowhere = geo.path("features").get(2).path("properties");
        assertEquals("{\"iso2\":\"\",\"iso3\":\"\",\"name\":\"N. Nowhere\"}", nowhere.toString());
    }

    @Test
    void simplification_drops_rings_that_collapse_but_never_a_whole_country() throws Exception {
        // At 0.6° every ring keeps its corners. At 1° the island's top corner (1° off its base) goes, so the island
        // collapses and Twoparts keeps one polygon; Squareland, with nothing left, keeps its outline unsimplified.
        CountryOutlines.Result mild = CountryOutlines.convert("t.json", TopoJsonTest.topology(""), new CountryOutlines.Options(0.6, 3), CODES);
        assertEquals(List.of(), mild.kept());
        assertEquals(2, mild.countries().get(1).polygons().size());
        CountryOutlines.Result hard = CountryOutlines.convert("t.json", TopoJsonTest.topology(""), new CountryOutlines.Options(1, 3), CODES);
        assertEquals(List.of("Squareland"), hard.kept());
        assertEquals(5, hard.countries().get(0).polygons().get(0).rings().get(0).length);
        assertEquals(1, hard.countries().get(1).polygons().size(), "the island is gone");
        assertEquals("[[10.0, 20.0], [12.0, 21.0], [8.0, 22.0], [10.0, 20.0]]",
                Arrays.deepToString(hard.countries().get(1).polygons().get(0).rings().get(0)), "the shared border's middle point is gone");
    }

    @Test
    void a_feature_collection_is_read_too_and_a_feature_that_is_no_polygon_is_skipped() throws Exception {
        JsonNode fc = TopoJsonTest.json("""
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","id":250,"properties":{"NAME":"Fr."},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0]]]}},
                  {"type":"Feature","properties":{"name":"Dot"},"geometry":{"type":"Point","coordinates":[0,0]}},
                  {"type":"Feature","properties":{"name":"Open"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0]]]}}]}
                """);
        CountryOutlines.Result r = CountryOutlines.convert("f.json", fc, EXACT, CODES);
        assertEquals(1, r.countries().size());
        assertEquals("France", r.countries().get(0).name());
        // Wound as RFC 7946 asks: the ring given clockwise is written counter-clockwise.
        assertEquals("[[0,0],[1,1],[0,1],[0,0]]", written(r).path("features").get(0).path("geometry").path("coordinates").get(0).toString());
        assertEquals(List.of("f.json: feature 1 (no id 'Dot'): geometry type 'Point' is not a Polygon or MultiPolygon; skipped",
                "f.json: feature 2 (no id 'Open'): a ring is not closed (GeoJSON rings repeat their first position last); skipped"), r.problems());
    }

    @Test
    void a_file_that_is_not_json_or_not_a_map_is_an_error_naming_it() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"type\": \"Topology\", \"arcs\": [\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryOutlines.convert(bad, CountryOutlines.Options.defaults(), CODES));
        assertTrue(e.getMessage().startsWith(bad + ": not JSON: "), e.getMessage());
        Path point = Files.writeString(dir.resolve("point.json"), "{\"type\": \"Point\", \"coordinates\": [0, 0]}");
        e = assertThrows(IllegalArgumentException.class, () -> CountryOutlines.convert(point, CountryOutlines.Options.defaults(), CODES));
        assertEquals(point + ": neither a TopoJSON topology nor a GeoJSON FeatureCollection (type 'Point')", e.getMessage());
    }

    @Test
    void coordinates_are_written_with_at_most_the_decimals_asked_and_no_trailing_zeros() {
        StringBuilder b = new StringBuilder();
        for (double x : new double[] {12.34, -0.0004, -179.9996, 0.001, 7}) {
            CountryOutlines.number(b.append(' '), x, 3);
        }
        assertEquals(" 12.34 0 -180 0.001 7", b.toString());
    }

    @Test
    void options_refuse_a_negative_tolerance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CountryOutlines.Options(-0.5, 3));
        assertEquals("The parameter 'tolerance' must be a number of degrees, 0 or more, not -0.5.", e.getMessage());
    }
}
