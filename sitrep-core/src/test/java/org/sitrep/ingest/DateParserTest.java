package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 5: the date forms inputs carry. */
class DateParserTest {
    private static final Optional<LocalDate> MAY_3 = Optional.of(LocalDate.of(2024, 5, 3));

    @Test
    void iso_dates_and_date_times_give_the_day_as_written() {
        assertEquals(MAY_3, DateParser.parse("2024-05-03"));
        assertEquals(MAY_3, DateParser.parse("2024-05-03T10:00:00"));
        assertEquals(MAY_3, DateParser.parse("2024-05-03T10:00:00Z"));
        assertEquals(MAY_3, DateParser.parse("2024-05-03T23:30:00.123-05:00"));
        assertEquals(MAY_3, DateParser.parse("2024-05-03T10:00+0200"));
        assertEquals(MAY_3, DateParser.parse("2024-05-03 10:00:00"));
        assertEquals(MAY_3, DateParser.parse(" 2024/05/03 "));
    }

    @Test
    void written_dates_in_english_are_read() {
        assertEquals(MAY_3, DateParser.parse("May 3, 2024"));
        assertEquals(MAY_3, DateParser.parse("3 May 2024"));
        assertEquals(MAY_3, DateParser.parse("Friday, May 3, 2024"));
        assertEquals(MAY_3, DateParser.parse("3rd May 2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 27)), DateParser.parse("Sept. 27, 2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 27)), DateParser.parse("Sep 27 2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 27)), DateParser.parse("September 27, 2024 4:05 PM EDT"));
    }

    @Test
    void rfc_1123_dates_are_read() {
        assertEquals(MAY_3, DateParser.parse("Fri, 03 May 2024 10:00:00 GMT"));
        assertEquals(MAY_3, DateParser.parse("Fri, 3 May 2024 10:00:00 +0000"));
    }

    @Test
    void what_is_no_date_gives_none() {
        assertEquals(Optional.empty(), DateParser.parse("2024-02-30"));
        assertEquals(Optional.empty(), DateParser.parse("2024-13-01"));
        assertEquals(Optional.empty(), DateParser.parse("yesterday"));
        assertEquals(Optional.empty(), DateParser.parse("Mayday 3, 2024"));
        assertEquals(Optional.empty(), DateParser.parse("2024-05-03 and more"));
        assertEquals(Optional.empty(), DateParser.parse(""));
        assertEquals(Optional.empty(), DateParser.parse(null));
    }

    @Test
    void read_says_why_a_value_is_no_date() {
        assertEquals("no such day: February 2024 has 29 days", DateParser.read("2024-02-31").problem());
        assertEquals("no such day: February 2023 has 28 days", DateParser.read("29 February 2023").problem());
        assertEquals("no such month: 13", DateParser.read("2024-13-01").problem());
        assertEquals("year 99999 is outside 1800..2200", DateParser.read("99999-01-01").problem());
        assertEquals("year 1 is outside 1800..2200", DateParser.read("0001-01-01").problem());
        assertEquals("year 3024 is outside 1800..2200", DateParser.read("May 3, 3024").problem());
        assertEquals("not in a known form (" + DateParser.FORMS + ")", DateParser.read("yesterday").problem());
        assertEquals(Optional.empty(), DateParser.parse("0001-01-01"), "never an out-of-range year taken as a date");
        assertEquals(LocalDate.of(2024, 2, 29), DateParser.read("2024-02-29").date());
    }
}
