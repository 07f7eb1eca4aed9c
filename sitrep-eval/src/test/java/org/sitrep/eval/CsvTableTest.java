package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    @Test
    void quoted_fields_hold_commas_line_breaks_and_doubled_quotes() {
        CsvTable t = CsvTable.parse("a.csv", "id,notes\r\n1,\"Gaza, \"\"north\"\"\nsecond line\"\r\n2,plain\n");
        assertEquals(List.of("id", "notes"), t.header());
        assertEquals("Gaza, \"north\"\nsecond line", t.rows().get(0).get("notes"));
        assertEquals(4, t.rows().get(1).line());
        assertEquals(List.of(), t.problems());
    }

    @Test
    void broken_rows_are_skipped_with_file_and_line_and_the_rest_read() {
        CsvTable t = CsvTable.parse("a.csv", "id,notes\n1,ok\n2,bad \"quote\n3,\"closed\" text\n4,a,b\n5,fine\n6,\"never closed\n");
        assertEquals(List.of("1", "5"), t.rows().stream().map(r -> r.get("id")).toList());
        assertEquals(List.of("a.csv:3: a quote inside an unquoted field; row skipped",
                "a.csv:4: text after a closing quote; row skipped",
                "a.csv:5: expected 2 fields, found 3; row skipped",
                "a.csv:7: a quoted field is not closed before the end of the file; row skipped"), t.problems());
    }
}
