package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep eval geo} on a few TR-News articles read by path from ../shared: the table is printed and its figures parse. */
class GeoEvalIT {
    @TempDir
    Path dir;

    private static Path trNews() {
        Path f = Cli.shared().resolve("eval/geoparsing/TR-News.xml");
        assumeTrue(Files.exists(f), "needs ../shared/eval/geoparsing/TR-News.xml");
        return f;
    }

    /** The whitespace-separated fields of the one output line starting with {@code system + " "}. */
    private static String[] row(String out, String system) {
        List<String> rows = out.lines().filter(l -> l.startsWith(system + " ")).toList();
        assertEquals(1, rows.size(), out);
        return rows.get(0).trim().split("\\s+");
    }

    /** Fields 1..9: docs, gold, scored, resolved (counts), coverage, acc@161 (shares), mean and median km, AUC. */
    private static void assertFigures(String[] f, int docs) {
        assertEquals(docs, Integer.parseInt(f[1]));
        int gold = Integer.parseInt(f[2]);
        int scored = Integer.parseInt(f[3]);
        int resolved = Integer.parseInt(f[4]);
        assertTrue(gold > 0 && scored <= gold && resolved <= scored, String.join(" ", f));
        for (int i = 5; i <= 9; i++) {
            double v = Double.parseDouble(f[i]);
            assertTrue(v >= 0 && (i == 7 || i == 8 || v <= 1), f[i]);
        }
        assertTrue(Double.parseDouble(f[8]) <= 20039);
    }

    @Test
    void gold_spans_print_a_table_for_sitrep_and_the_peer_and_the_misses() {
        Path corpus = trNews();
        Cli r = Cli.run("eval", "geo", "--corpus", corpus.toString(), "--limit", "5", "--gold-spans");
        assertEquals(0, r.exit(), r.err());
        assertThat(r.out()).contains("TR-News.xml (toponym layout), split all: 5 documents",
                "gold spans given to the place resolver; an unresolved toponym counts as wrong, and as 20039 km");
        assertThat(r.out()).containsPattern("(?m)^system +docs +gold +scored +resolved +cover +acc@161 +mean km +median km +AUC$");
        assertFigures(row(r.out(), "sitrep"), 5);
        assertFigures(row(r.out(), "peer"), 5);
        assertThat(r.out()).containsPattern("(?m)^sitrep's \\d+ most frequent misses \\(split all");
        assertThat(r.out()).containsPattern("(?m)^ +\\d+  '[^']+'  gold -?\\d+\\.\\d{3},-?\\d+\\.\\d{3}  ->  ");
    }

    @Test
    void end_to_end_adds_precision_recall_and_f1() {
        Path corpus = trNews();
        Cli r = Cli.run("eval", "geo", "--corpus", corpus.toString(), "--limit", "2", "--split", "dev", "--no-peer");
        assertEquals(0, r.exit(), r.err());
        assertThat(r.out()).contains("TR-News.xml (toponym layout), split dev: 2 documents", "end to end");
        String[] f = row(r.out(), "sitrep");
        assertFigures(f, 2);
        assertEquals(14, f.length, String.join(" ", f));
        for (int i = 10; i < 14; i++) {
            double v = Double.parseDouble(f[i]);
            assertTrue(v >= 0 && v <= 1, f[i]);
        }
        assertThat(r.out()).doesNotContain("\npeer ");
    }

    @Test
    void a_missing_corpus_names_the_path_and_is_a_usage_error() {
        Path missing = dir.resolve("nope.xml");
        Cli r = Cli.run("eval", "geo", "--corpus", missing.toString());
        assertEquals(2, r.exit());
        assertEquals("sitrep eval geo: no corpus file at '" + missing + "'; give --corpus", r.err().lines().findFirst().orElseThrow());
    }
}
