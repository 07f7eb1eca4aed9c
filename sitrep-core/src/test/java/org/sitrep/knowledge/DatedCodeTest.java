package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatedCodeTest {
    @Test
    void a_range_has_both_ends_and_two_digit_years_split_at_thirty() {
        DatedCode c = DatedCode.parse("SYRELI 830101-000101");
        assertEquals(new DatedCode("SYRELI", LocalDate.of(1983, 1, 1), LocalDate.of(2000, 1, 1)), c);
        assertEquals(LocalDate.of(2029, 12, 31), DatedCode.date("291231"));
        assertEquals(LocalDate.of(1930, 1, 1), DatedCode.date("300101"));
    }

    @Test
    void from_and_until_leave_the_other_end_open() {
        assertEquals(new DatedCode("SYRGOV", LocalDate.of(2000, 7, 17), null), DatedCode.parse("SYRGOV >000717"));
        assertEquals(new DatedCode("USRARM", null, LocalDate.of(1990, 8, 23)), DatedCode.parse("USRARM <900823"));
        assertEquals(new DatedCode("EGYGOV", LocalDate.of(2014, 6, 8), null), DatedCode.parse("  EGYGOV > 140608 "));
    }

    @Test
    void eight_digit_dates_are_read_as_written() {
        assertEquals(new DatedCode("AUSGOV", LocalDate.of(2013, 9, 18), null), DatedCode.parse("AUSGOV >20130918"));
        assertEquals(LocalDate.of(1927, 1, 1), DatedCode.parse("AFGELI 19270101-730717").from());
    }

    @Test
    void a_code_alone_is_the_default_code() {
        DatedCode c = DatedCode.parse("AFGELI");
        assertFalse(c.dated());
        assertNull(c.from());
        assertEquals("AFGELI@..", c.format());
        assertTrue(DatedCode.parse("---").isNull());
    }

    @Test
    void the_format_is_code_at_iso_dates_with_open_ends_empty() {
        assertEquals("SYRGOV@2000-07-17..", DatedCode.parse("SYRGOV >000717").format());
        assertEquals("SYRELI@1983-01-01..2000-01-01", DatedCode.parse("SYRELI 830101-000101").format());
    }

    @Test
    void malformed_restrictions_are_refused_with_the_bad_part_quoted() {
        assertEquals("date '9008223' is not yymmdd or yyyymmdd",
                assertThrows(IllegalArgumentException.class, () -> DatedCode.parse("ARMUNR 9008223-911221")).getMessage());
        assertEquals("dates out of order in '20121207-20120802': 2012-12-07 is after 2012-08-02",
                assertThrows(IllegalArgumentException.class, () -> DatedCode.parse("EGYGOV 20121207-20120802")).getMessage());
        assertEquals("date restriction '20121204' is not <date, >date or date-date",
                assertThrows(IllegalArgumentException.class, () -> DatedCode.parse("MNEGOV 20121204")).getMessage());
        assertEquals("date '100931' is not a calendar day",
                assertThrows(IllegalArgumentException.class, () -> DatedCode.parse("X >100931")).getMessage());
        assertEquals("code 's' is not upper-case letters and digits",
                assertThrows(IllegalArgumentException.class, () -> DatedCode.parse("s")).getMessage());
        assertEquals("code missing in '[ >990101]'",
                assertThrows(IllegalArgumentException.class, () -> DatedCode.parse(" >990101")).getMessage());
    }
}
