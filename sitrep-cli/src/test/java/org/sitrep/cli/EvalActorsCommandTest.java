package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.PloverRecord;
import org.sitrep.eval.Split;

class EvalActorsCommandTest {
    private static final List<PloverRecord> NINE = IntStream.range(0, 9)
            .mapToObj(i -> new PloverRecord("R" + i, null, "t", "AGREE", List.of(), List.of())).toList();

    private static List<String> ids(List<PloverRecord> records) {
        return records.stream().map(PloverRecord::id).toList();
    }

    @Test
    void dev_is_every_fourth_record_from_the_first_and_test_the_rest() {
        assertEquals(List.of("R0", "R4", "R8"), ids(Split.dev.select(NINE)));
        assertEquals(List.of("R1", "R2", "R3", "R5", "R6", "R7"), ids(Split.test.select(NINE)));
        assertEquals(9, Split.all.select(NINE).size());
    }

    @Test
    void help_lists_the_splits() {
        Cli r = Cli.run("eval", "actors", "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("dev, test, all"), r.out());
    }
}
