package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** Issue 7, "Bad input": a --doc-date that is no date is a usage error saying why, never a neighbouring day. */
class DocDateOptionTest {
    @Test
    void an_impossible_day_names_the_option_and_the_reason() {
        Cli r = Cli.run("analyze", "--doc-date", "2024-02-31", "no-such-file.txt");
        assertEquals(2, r.exit());
        assertThat(r.err()).startsWith("Invalid value for option '--doc-date': '2024-02-31' is not a date: no such day: February 2024 has 29 days");
    }

    @Test
    void a_year_out_of_range_and_a_word_are_refused_with_their_reasons() {
        Cli far = Cli.run("analyze", "--doc-date", "99999-01-01", "no-such-file.txt");
        assertEquals(2, far.exit());
        assertThat(far.err()).contains("'99999-01-01' is not a date: year 99999 is outside 1800..2200");
        Cli word = Cli.run("analyze", "--doc-date", "yesterday", "no-such-file.txt");
        assertEquals(2, word.exit());
        assertThat(word.err()).contains("'yesterday' is not a date: not in a known form (2024-05-03");
    }

    @Test
    void the_written_forms_of_a_date_are_read_as_written() {
        DocDateConverter c = new DocDateConverter();
        assertEquals(LocalDate.of(2024, 9, 27), c.convert("2024-09-27"));
        assertEquals(LocalDate.of(2024, 9, 27), c.convert("Sept. 27, 2024"));
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> c.convert("2023-02-29"));
        assertEquals("'2023-02-29' is not a date: no such day: February 2023 has 28 days", e.getMessage());
    }
}
