package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DateKernelsTest {
    private static DateKernels read(String tsv) throws Exception {
        return DateKernels.read("k.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_gap_weighs_its_range_at_the_middle_and_the_floor_outside_every_range() throws Exception {
        DateKernels.Kernel k = read("# kind\ttense\tgaps\tfloor\nDATE\tPAST\t0=1;5..9=0.5\t0.01\n").get("DATE", Tense.PAST);
        assertEquals(1, k.weight(0), 1e-9);
        assertEquals(0.5, k.weight(7), 1e-9);
        assertEquals(0.5, k.weight(9), 1e-9, "the ranges do not touch, so nothing is interpolated");
        assertEquals(0.01, k.weight(3), 1e-9);
        assertEquals(0.01, k.weight(-1), 1e-9);
    }

    @Test
    void between_the_middles_of_touching_ranges_the_weight_changes_gradually() throws Exception {
        DateKernels.Kernel k = read("MONTH_DAY\tPAST\t0=1;1..3=0.25\t0.01\n").get("MONTH_DAY", Tense.PAST);
        assertEquals(0.5, k.weight(1), 1e-9, "half way from 1 (at 0) to 0.25 (at 2), log-linearly");
        assertEquals(0.25, k.weight(3), 1e-9);
    }

    @Test
    void a_tense_without_its_own_row_takes_the_star_row() throws Exception {
        DateKernels k = read("YEAR\tPAST\t1=1\t0.1\nYEAR\t*\t0=1\t0.2\n");
        assertEquals(0.1, k.get("YEAR", Tense.PAST).weight(0), 1e-9);
        assertEquals(1, k.get("YEAR", Tense.FUTURE).weight(0), 1e-9);
        assertTrue(k.kernel("DATE", Tense.PAST).isEmpty());
    }

    @Test
    void a_malformed_row_names_its_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("# header\nDATE\tPAST\t0=1;0..2=0.5\t0.01\n"));
        assertEquals("k.tsv:2: Kernel ranges overlap: Range[from=0, to=0, weight=1.0] and Range[from=0, to=2, weight=0.5]", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> read("DATE\tPAST\t0=2\t0.01\n"));
        assertEquals("k.tsv:1: a weight must be a number in (0, 1], got '2'", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> read("DATE\tPAST\t0..x=1\t0.01\n"));
        assertEquals("k.tsv:1: range '0..x' is not from..to in whole numbers", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> read("DATE\tPAST\t0=1\n"));
        assertEquals("k.tsv:1: expected 4 columns (kind, tense, gaps, floor), got 3", e.getMessage());
    }

    @Test
    void the_bundled_file_covers_every_kind_the_signals_read() {
        for (String kind : new String[] {"DATE", "MONTH", "YEAR", "MONTH_DAY", "APPOSITION", "WEEKDAY", "WEEKDAY_LAST", "WEEKDAY_NEXT", "URL", "ROLE"}) {
            for (Tense t : Tense.values()) {
                assertTrue(DateKernels.bundled().kernel(kind, t).isPresent(), kind + " " + t);
            }
        }
    }
}
