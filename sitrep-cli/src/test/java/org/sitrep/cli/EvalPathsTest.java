package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: eval's default gold paths work from any directory, and a missing one names every path tried. */
class EvalPathsTest {
    @TempDir
    Path dir;

    @Test
    void an_absolute_path_is_taken_as_given() {
        Path gold = dir.resolve("gold.txt");
        assertEquals(List.of(gold), EvalPaths.candidates(gold, dir.resolve("elsewhere"), dir.resolve("repo")));
    }

    @Test
    void a_relative_path_is_tried_in_the_working_directory_then_the_repository_root() {
        Path repo = dir.resolve("work/repo");
        Path cwd = dir.resolve("work/repo/sitrep-cli");
        assertEquals(List.of(dir.resolve("work/repo/shared/eval/x.txt"), dir.resolve("work/shared/eval/x.txt")),
                EvalPaths.candidates(Path.of("../shared/eval/x.txt"), cwd, repo));
    }

    @Test
    void the_root_is_not_tried_twice_when_it_is_the_working_directory() {
        assertEquals(List.of(dir.resolve("eval/x.txt")), EvalPaths.candidates(Path.of("eval/x.txt"), dir, dir));
        assertEquals(List.of(dir.resolve("eval/x.txt")), EvalPaths.candidates(Path.of("eval/x.txt"), dir, null));
    }

    @Test
    void the_message_names_every_path_tried_and_the_option() {
        assertEquals("no gold file at '/a/x.txt' (also tried '/b/x.txt'); give --file",
                EvalPaths.missing(List.of(Path.of("/a/x.txt"), Path.of("/b/x.txt")), "gold file", "--file"));
        assertEquals("no split folder at '/a/dev'; give --split", EvalPaths.missing(List.of(Path.of("/a/dev")), "split folder", "--split"));
    }

    @Test
    void a_missing_gold_file_is_a_usage_error_before_any_model_loads() {
        Path missing = dir.resolve("no-such.txt");
        for (String[] args : new String[][] {{"eval", "ner", "--file", missing.toString()}, {"eval", "events", "--file", missing.toString()}}) {
            Cli r = Cli.run(args);
            assertEquals(2, r.exit());
            assertEquals("sitrep eval " + args[1] + ": no gold file at '" + missing + "'; give --file", r.err().lines().findFirst().orElseThrow());
        }
        Cli r = Cli.run("eval", "attribution", "--split", missing.toString());
        assertEquals(2, r.exit());
        assertEquals("sitrep eval attribution: no split folder at '" + missing + "'; give --split", r.err().lines().findFirst().orElseThrow());
    }

    @Test
    void an_existing_relative_path_is_found_through_the_repository_root() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve("gold.txt"), "x");
        List<Path> tried = EvalPaths.candidates(Path.of("gold.txt"), dir.resolve("elsewhere"), repo);
        assertEquals(repo.resolve("gold.txt"), tried.stream().filter(Files::exists).findFirst().orElseThrow());
    }
}
