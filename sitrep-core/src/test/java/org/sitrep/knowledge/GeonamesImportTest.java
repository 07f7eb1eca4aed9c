package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.resolve.Gazetteer;

class GeonamesImportTest {
    @TempDir
    Path dir;

    private static String row(String... cells) {
        return String.join("\t", cells) + "\n";
    }

    /** A main-table row: id, name, ascii, alternates, lat, lon, class, code, country, admin1, population. */
    private static String city(String id, String name, String alts, String lat, String lon, String code, String cc, String a1, String pop) {
        return row(id, name, name, alts, lat, lon, "P", code, cc, "", a1, "", "", "", pop, "", "10", "Asia/X", "2024-01-01");
    }

    private Gazetteer.Loaded imported(List<Path> files, GeonamesImport.Result[] result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result[0] = new GeonamesImport(GeonamesImport.Options.defaults()).run(files, out);
        byte[] tsv = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())).readAllBytes();
        return Gazetteer.of("imported", new ByteArrayInputStream(tsv));
    }

    @Test
    void cities_regions_and_countries_become_one_gazetteer_with_points_and_aliases() throws Exception {
        Path cities = Files.writeString(dir.resolve("cities.txt"),
                city("1", "Khān Yūnis", "Khan Younis,Khan Yunis,KYS,خان يونس", "31.34", "34.30", "PPLA2", "PS", "01", "173183")
                        + city("2", "Gaza", "Ghazzah,Gaza City", "31.50", "34.46", "PPLA", "PS", "01", "410000")
                        + city("3", "Small Place", "", "31.0", "34.0", "PPL", "PS", "01", "900")
                        + "4\tBroken\trow\n"
                        + city("5", "Badcoord", "", "north", "34.0", "PPL", "PS", "01", "50000"));
        Path admin1 = Files.writeString(dir.resolve("admin1.txt"), row("PS.01", "Gaza Strip", "Gaza Strip", "7303868"));
        Path countries = Files.writeString(dir.resolve("countryInfo.txt"), "#ISO\tISO3\n"
                + row("PS", "PSE", "275", "WE", "Palestine", "East Jerusalem", "5970", "5000000", "AS", ".ps", "ILS", "Shekel", "970", "", "", "ar-PS", "6254930", "JO,IL,EG", ""));
        GeonamesImport.Result[] r = new GeonamesImport.Result[1];
        Gazetteer g = imported(List.of(cities, countries, admin1), r).gazetteer();

        assertEquals(1, r[0].countries());
        assertEquals(1, r[0].regions());
        assertEquals(2, r[0].places(), "the 900-person place is below the threshold");
        assertEquals(2, r[0].skipped(), "the short row and the bad coordinates are skipped and counted");
        assertTrue(r[0].problems().stream().anyMatch(p -> p.contains("cities.txt:4:")), r[0].problems().toString());

        assertEquals("geonames:1", g.find("Khan Younis").orElseThrow().place().id());
        assertEquals("geonames:1", g.find("Khan-Yunis").orElseThrow().place().id(), "hyphens fold");
        assertEquals("geonames:1", g.find("khan yunis").orElseThrow().place().id());
        assertTrue(g.candidates("KYS").isEmpty(), "three-letter codes are not names");
        assertEquals("Gaza Strip", g.find("Gaza").orElseThrow().place().admin1());
        Gazetteer.Entry country = g.find("Palestine").orElseThrow();
        assertEquals("PSE", country.iso3());
        // No point in countryInfo: the mean of its places until the curated file gives the centroid.
        assertEquals((31.34 + 31.50) / 2, country.place().lat(), 1e-6);
        assertEquals("admin1", g.find("Gaza Strip").orElseThrow().kind());
    }

    @Test
    void unknown_files_are_named_and_skipped_and_nothing_to_build_from_is_an_error() throws Exception {
        Path junk = Files.writeString(dir.resolve("notes.txt"), "hello world\n");
        Path countries = Files.writeString(dir.resolve("countryInfo.txt"),
                row("PS", "PSE", "275", "WE", "Palestine", "East Jerusalem", "5970", "5000000", "AS", ".ps", "ILS", "Shekel", "970", "", "", "ar-PS", "6254930", "", ""));
        GeonamesImport.Result r = new GeonamesImport(GeonamesImport.Options.defaults()).run(List.of(junk, countries), new ByteArrayOutputStream());
        assertTrue(r.problems().get(0).startsWith(junk.toString()), r.problems().toString());
        assertEquals(1, r.skipped(), "the unknown file counts as skipped");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GeonamesImport(GeonamesImport.Options.defaults()).run(List.of(junk), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("nothing to build"), e.getMessage());
    }

    @Test
    void not_a_number_and_overlong_ids_are_rows_skipped_not_a_crash() throws Exception {
        Path cities = Files.writeString(dir.resolve("cities.txt"),
                city("1", "Gaza", "", "NaN", "34.46", "PPLA", "PS", "01", "410000")
                        + city("12345678901234567890123", "Big", "", "31.0", "34.0", "PPL", "PS", "01", "50000")
                        + city("2", "Rafah", "", "31.29", "34.25", "PPL", "PS", "01", "150000"));
        GeonamesImport.Result[] r = new GeonamesImport.Result[1];
        Gazetteer g = imported(List.of(cities), r).gazetteer();
        assertEquals(2, r[0].skipped(), r[0].problems().toString());
        assertEquals("geonames:2", g.find("Rafah").orElseThrow().place().id());
    }

    @Test
    void country_info_gives_the_iso_codes_with_no_numeric_code_where_geonames_writes_0() throws Exception {
        Path countries = Files.writeString(dir.resolve("countryInfo.txt"), "#ISO\tISO3\tISO-Numeric\n"
                + row("AU", "AUS", "36", "AS", "Australia", "Canberra", "7686850", "24992369", "OC", ".au", "AUD", "Dollar", "61", "", "", "en-AU", "2077456", "", "")
                + row("XK", "XKX", "0", "KV", "Kosovo", "Pristina", "10908", "1845300", "EU", "", "EUR", "Euro", "", "", "", "sq,sr", "831053", "RS,AL", ""));
        GeonamesImport.Result r = new GeonamesImport(GeonamesImport.Options.defaults()).run(List.of(countries), new ByteArrayOutputStream());
        assertEquals(List.of(new CountryCodes.Country("036", "AU", "AUS", "Australia"), new CountryCodes.Country("", "XK", "XKX", "Kosovo")),
                r.countryCodes());
    }

    @Test
    void latin_names_only() {
        assertTrue(GeonamesImport.latin("Khān Yūnis"));
        assertTrue(GeonamesImport.latin("Ain al-Asad"));
        assertFalse(GeonamesImport.latin("خان يونس"));
        assertFalse(GeonamesImport.latin("Москва"));
    }
}
