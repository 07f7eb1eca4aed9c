package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Csv;

/** RFC 4180: what is written reads back field for field, in Java and in pandas. */
class CsvTest {
    @TempDir
    Path dir;

    private static final List<List<String>> AWKWARD = List.of(List.of("id", "text", "n"),
            List.of("1", "Erbil, Iraq", "2"),
            List.of("2", "he said \"enough\"", ""),
            List.of("3", "two\nlines\r\nand a CR", "x"),
            List.of("4", "\"", ","));

    private static String write(List<List<String>> rows) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        rows.forEach(r -> Csv.row(out, r));
        out.flush();
        return s.toString();
    }

    @Test
    void fields_with_commas_quotes_and_line_breaks_are_quoted_and_read_back_whole() {
        String csv = write(AWKWARD);
        assertEquals("1,\"Erbil, Iraq\",2\r\n", csv.lines().skip(1).findFirst().orElseThrow() + "\r\n");
        assertEquals(AWKWARD, Rfc4180.parse(csv));
    }

    @Test
    void null_is_an_empty_field_and_plain_fields_stay_bare() {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        Csv.row(out, Arrays.asList("a", null, 1.5, 7));
        out.flush();
        assertEquals("a,,1.5,7\r\n", s.toString());
    }

    @Test
    void the_awkward_rows_load_in_pandas_with_their_text_intact() throws Exception {
        AnalyticsCommandsTest.assumePandas();
        Path file = Files.writeString(dir.resolve("awkward.csv"), write(AWKWARD));
        assertEquals("4\nid|text|n", AnalyticsCommandsTest.pandas(file).strip());
    }
}
