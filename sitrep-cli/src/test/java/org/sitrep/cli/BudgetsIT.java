package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5 through the command line: one document never ends the batch, and bad limits are usage errors. */
class BudgetsIT {
    @TempDir
    Path dir;

    /** The middle file, 900,000 letters with no space, ended the run with an OutOfMemoryError; the third was never read. */
    @Test
    void a_giant_token_between_two_articles_is_reported_and_all_three_are_analysed() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Talks Resume\n\nNegotiators met in Doha on Monday, officials said.\n");
        StringBuilder giant = new StringBuilder("Giant\n\n");
        Random r = new Random(1);
        for (int i = 0; i < 900_000; i++) {
            giant.append((char) ('a' + r.nextInt(26)));
        }
        Files.writeString(dir.resolve("b.txt"), giant.append('\n'));
        Files.writeString(dir.resolve("c.txt"), "Convoy Arrives\n\nTrucks reached Tyre on Tuesday, the United Nations said.\n");
        Cli c = Cli.run("analyze", "--format", "jsonl", "--threads", "1", dir.toString());
        assertEquals(1, c.exit(), c.err());
        assertThat(c.out().lines()).hasSize(3);
        assertThat(c.out()).contains("\"title\":\"Talks Resume\"", "\"title\":\"Giant\"", "\"title\":\"Convoy Arrives\"");
        assertThat(c.err()).contains("warning: " + dir.resolve("b.txt") + ": annotate: skipped 1 token longer than 200 characters (the longest 900,000");
        assertThat(c.out()).contains("\"notices\":[{\"stage\":\"annotate\",\"message\":\"skipped 1 token");
    }

    @Test
    void a_document_over_the_time_budget_is_named_and_the_exit_code_is_one() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Talks Resume\n\nNegotiators met in Doha on Monday, officials said.\n");
        Cli c = Cli.run("analyze", "--format", "jsonl", "--doc-timeout", "0.001", dir.toString());
        assertEquals(1, c.exit(), c.err());
        assertThat(c.err()).contains("error: " + dir.resolve("a.txt") + ": gave up after 1 ms in stage '");
    }

    @Test
    void limits_out_of_range_are_usage_errors_naming_the_option() {
        Cli threads = Cli.run("analyze", "--threads", "-1", dir.toString());
        assertEquals(2, threads.exit());
        assertThat(threads.err()).startsWith("Invalid value for option '--threads': must be at least 0, got -1");
        Cli mb = Cli.run("ingest", "--max-file-mb", "0", dir.toString());
        assertEquals(2, mb.exit());
        assertThat(mb.err()).startsWith("Invalid value for option '--max-file-mb': must be at least 1, got 0");
        assertThat(Cli.run("analyze", "--doc-timeout", "0", dir.toString()).err()).startsWith("Invalid value for option '--doc-timeout'");
        assertThat(Cli.run("analyze", "--max-sentence-words", "0", dir.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("analyze", "--max-token-chars", "-5", dir.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("analyze", "--max-article-chars", "0", dir.toString()).exit()).isEqualTo(2);
    }
}
