package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryCodesTest {
    @Test
    void the_bundled_codes_look_countries_up_by_iso_numeric_code() {
        CountryCodes codes = CountryCodes.bundled();
        assertEquals(new CountryCodes.Country("250", "FR", "FRA", "France"), codes.byNumeric("250").orElseThrow());
        assertEquals("AU", codes.byNumeric("36").orElseThrow().alpha2(), "a short code is padded");
        assertTrue(codes.byNumeric("").isEmpty());
        assertTrue(codes.byNumeric("999").isEmpty());
        assertTrue(codes.countries().stream().anyMatch(c -> c.alpha2().equals("XK") && c.numeric().isEmpty()), "Kosovo has no numeric code");
    }

    @Test
    void written_codes_read_back() throws Exception {
        List<CountryCodes.Country> rows = List.of(new CountryCodes.Country("004", "AF", "AFG", "Afghanistan"),
                new CountryCodes.Country("", "XK", "XKX", "Kosovo"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountryCodes.write(rows, out);
        assertEquals(rows, CountryCodes.read("c.tsv", new ByteArrayInputStream(out.toByteArray())).countries());
    }

    @Test
    void a_malformed_row_fails_the_load_with_file_and_line() {
        byte[] file = "# numeric\talpha-2\talpha-3\tname\nFR\tFRA\tFrance\n".getBytes(StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryCodes.read("c.tsv", new ByteArrayInputStream(file)));
        assertEquals("c.tsv:2: expected numeric code (three digits or empty), alpha-2, alpha-3 and name, tab-separated; got 'FR\tFRA\tFrance'",
                e.getMessage());
    }
}
