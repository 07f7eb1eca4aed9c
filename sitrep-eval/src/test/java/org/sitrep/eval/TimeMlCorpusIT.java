package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** TempEval-3's TBAQ-cleaned read by path from ../shared: every file read, every gold offset reads its expression. */
class TimeMlCorpusIT {
    @Test
    void tbaqCleanedReadsWhole() throws IOException {
        Path dir = Path.of(System.getProperty("sitrep.shared", "../../shared")).resolve("eval/tempeval3/TBAQ-cleaned");
        assumeTrue(Files.isDirectory(dir), "needs ../shared/eval/tempeval3/TBAQ-cleaned");
        TimeMlCorpus c = TimeMlCorpus.read(dir);
        assertEquals(java.util.List.of(), c.problems());
        assertEquals(256, c.documents().size());
        assertEquals(1822, c.timexes());
        assertEquals(0, c.outsideText());
        for (TimeMlDocument d : c.documents()) {
            for (GoldTimex t : d.timexes()) {
                assertEquals(t.text(), d.text().substring(t.start(), t.end()), d.id() + " " + t.tid());
            }
        }
        assertEquals("AQUAINT", c.documents().get(0).file().getParent().getFileName().toString());
        assertEquals(64, Split.dev.select(c.documents()).size());
    }
}
