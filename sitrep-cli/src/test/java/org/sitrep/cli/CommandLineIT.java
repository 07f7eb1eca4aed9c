package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.ScrapedDump;

class CommandLineIT {
    private static final String ARTICLE = ScrapedDump.create()
            .article("Convoy Reaches Tyre", "Trucks at a crossing, Tyre, March 1, 2025. (Wire Photo)",
                    "A convoy reached Tyre on Wednesday, the United Nations said.",
                    "A senior diplomat told the Wire that Israel had threatened to strike the crossing.",
                    "An army spokesman denied that any warning was given.")
            .text();

    @TempDir
    Path dir;

    @Test
    void help_lists_the_commands() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.exit());
        assertThat(r.out()).contains("analyze", "ingest", "search", "stats");
    }

    @Test
    void the_text_report_shows_title_date_actors_claims_and_events() throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Cli r = Cli.run("analyze", "--doc-date", "2025-03-05", dir.resolve("a.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertThat(r.out()).contains("== Convoy Reaches Tyre", "date 2025-03-05 (given", "Actors:", "Claims:", "Events:");
        assertThat(r.out()).contains("a senior diplomat (anonymous) assert");
        assertThat(r.out()).containsPattern("an army spokesman \\(anonymous\\) deny: \"any warning was given\"");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        assertEquals(2, Cli.run("analyze", "--frobnicate", "x").exit());
    }

    @Test
    void bad_inputs_each_get_one_error_line_and_the_batch_goes_on() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), ARTICLE);
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(dir.resolve("c-binary.bin"), binary);
        Files.write(dir.resolve("d-invalid.txt"), new byte[] {'T', 'a', 'l', 'k', 's', ' ', (byte) 0xC3, '(', ' ', (byte) 0xE2, (byte) 0x82, (byte) 0xAC, '\n'});
        Path big = dir.resolve("e-huge.txt");
        Files.write(big, ("The envoy met the speaker in Beirut. ".repeat(1000) + "\n").repeat(1400).getBytes(Charset.forName("UTF-8")));
        assertThat(Files.size(big)).isGreaterThan(50L * 1000 * 1000);
        Cli r = Cli.run("analyze", "--format", "jsonl", dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.exit());
        assertThat(r.out().lines().count()).isEqualTo(1);
        assertThat(r.out()).contains("\"title\":\"Convoy Reaches Tyre\"");
        assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).hasSize(5);
        assertThat(r.err()).contains("b-empty.txt: empty file", "c-binary.bin: binary file", "d-invalid.txt: invalid UTF-8",
                "e-huge.txt: file too large", "missing.txt: no such file");
    }

    @Test
    void ingest_is_idempotent_and_search_finds_claims_by_actor_kind_and_date() throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        String store = dir.resolve("index").toString();
        Cli first = Cli.run("ingest", "--store", store, "--doc-date", "2025-03-05", dir.resolve("a.txt").toString());
        assertEquals(0, first.exit(), first.err());
        Cli stats1 = Cli.run("stats", "--store", store);
        Cli again = Cli.run("ingest", "--store", store, "--doc-date", "2025-03-05", dir.resolve("a.txt").toString());
        assertEquals(0, again.exit());
        Cli stats2 = Cli.run("stats", "--store", store);
        assertEquals(stats1.out(), stats2.out());
        assertThat(stats1.out()).contains("article  1");

        Cli denials = Cli.run("search", "--store", store, "--kind", "claim", "warning");
        assertThat(denials.out()).contains("deny").endsWith("1 result" + System.lineSeparator());
        Cli byActor = Cli.run("search", "--store", store, "--actor", "country:isr", "*");
        assertThat(byActor.out()).contains("event");
        assertThat(Cli.run("search", "--store", store, "--since", "2025-03-06", "*").out()).contains("0 results");
        assertThat(Cli.run("search", "--store", store, "--until", "2025-03-05", "--kind", "article", "*").out()).endsWith("1 result" + System.lineSeparator());
        assertEquals(2, Cli.run("search", "--store", store, "AND OR (").exit());
    }

    @Test
    void actor_files_merge_over_the_bundled_actors_and_bad_rows_are_warnings() throws Exception {
        Files.writeString(dir.resolve("a.txt"), ScrapedDump.create()
                .article("Envoy Speaks", "An envoy, Tyre, March 1, 2025. (Wire Photo)", "Zed Zedson said the convoy would reach Tyre on Friday.").text());
        Path actors = dir.resolve("mine.tsv");
        Files.writeString(actors, "# mine\nperson:zed-zedson-x\tPERSON\tZed Zedson\t\tXYZGOV\tXYZ\t\nperson:bad\tPERSN\tBad Row\t\t\t\t\n");
        Cli r = Cli.run("analyze", "--format", "json", "--actors", actors.toString(), dir.resolve("a.txt").toString());
        assertEquals(1, r.exit(), "a skipped row is something skipped: " + r.err());
        assertThat(r.err()).contains("warning: " + actors + ":3: unknown type 'PERSN'");
        assertThat(r.out()).contains("\"id\" : \"person:zed-zedson-x\"");
        Cli missing = Cli.run("analyze", "--actors", dir.resolve("nope.tsv").toString(), dir.resolve("a.txt").toString());
        assertEquals(2, missing.exit());
        Path places = dir.resolve("places.tsv");
        Files.writeString(places, "sitrep:zedville\tZedville\t\t33.1\t35.2\tLB\tcity\tPPL\t\t0\t\nsitrep:bad\tBad\t\tnorth\t1\tLB\tcity\t\t\t0\t\n");
        Files.writeString(dir.resolve("b.txt"), "Shelling in Zedville killed two people on Monday, residents said.\n");
        Cli p = Cli.run("analyze", "--format", "json", "--places", places.toString(), dir.resolve("b.txt").toString());
        assertEquals(1, p.exit(), p.err());
        assertThat(p.err()).contains("warning: " + places + ":2: bad coordinates");
        assertThat(p.out()).contains("\"id\" : \"sitrep:zedville\"");
        assertEquals(2, Cli.run("analyze", "--gazetteer", dir.resolve("nope.tsv.gz").toString(), dir.resolve("b.txt").toString()).exit());
        assertThat(missing.err()).startsWith("Invalid value for option '--actors': Cannot read actor file '" + dir.resolve("nope.tsv") + "'");
    }

    @Test
    void time_word_and_rule_files_extend_the_bundled_ones_and_bad_rows_are_warnings() throws Exception {
        Files.writeString(dir.resolve("c.txt"), "The ceasefire began on Eid al-Fitr, officials said.\n");
        Path words = dir.resolve("words.tsv");
        Files.writeString(words, "holiday\teid al-fitr\t04-10\nholiday\tbroken\n");
        Path rules = dir.resolve("rules.tsv");
        Files.writeString(rules, "{holiday}\tDATE\tholiday(holiday,-)\n{nosuchclass}\tDATE\tyear(year)\n");
        Cli r = Cli.run("analyze", "--format", "json", "--doc-date", "2024-04-12", "--time-words", words.toString(),
                "--time-rules", rules.toString(), dir.resolve("c.txt").toString());
        assertEquals(1, r.exit(), "skipped rows are something skipped: " + r.err());
        assertThat(r.err()).contains("warning: " + words + ":2: expected class, word and value");
        assertThat(r.err()).contains("warning: " + rules + ":2: unknown class {nosuchclass}");
        assertThat(r.out()).contains("\"text\" : \"Eid al-Fitr\"").contains("\"value\" : \"2024-04-10\"");
        assertEquals(2, Cli.run("analyze", "--time-rules", dir.resolve("nope.tsv").toString(), dir.resolve("c.txt").toString()).exit());
    }

    @Test
    void claim_cue_files_extend_the_bundled_cues_and_bad_rows_are_warnings() throws Exception {
        Files.writeString(dir.resolve("d.txt"), "The minister murmured that the talks had failed.\n");
        Path cues = dir.resolve("cues.tsv");
        Files.writeString(cues, "cue\tmurmur\tspeculate\tbelief\ncue\tgrumble\tmaybe\tspeech\n");
        Cli r = Cli.run("analyze", "--format", "json", "--claim-cues", cues.toString(), dir.resolve("d.txt").toString());
        assertEquals(1, r.exit(), "skipped rows are something skipped: " + r.err());
        assertThat(r.err()).contains("warning: " + cues + ":2: unknown stance 'maybe'");
        assertThat(r.out()).contains("\"stance\" : \"speculate\"");
        assertEquals(2, Cli.run("analyze", "--claim-cues", dir.resolve("nope.tsv").toString(), dir.resolve("d.txt").toString()).exit());
    }

    @Test
    void event_trigger_files_extend_the_bundled_lexicon_and_bad_rows_are_warnings() throws Exception {
        Files.writeString(dir.resolve("e.txt"), "Iraq scolded France on Monday, officials said.\n");
        Path triggers = dir.resolve("triggers.tsv");
        Files.writeString(triggers, "verb\tscold\tACCUSE\tdisapprove\t111\t-\nverb\tgrumble\tMUMBLE\t-\t111\t-\n");
        Cli r = Cli.run("analyze", "--format", "json", "--event-triggers", triggers.toString(), dir.resolve("e.txt").toString());
        assertEquals(1, r.exit(), "skipped rows are something skipped: " + r.err());
        assertThat(r.err()).contains("warning: " + triggers + ":2: unknown PLOVER type 'MUMBLE'");
        assertThat(r.out()).contains("\"type\" : \"ACCUSE\"");
        assertEquals(2, Cli.run("analyze", "--event-triggers", dir.resolve("nope.tsv").toString(), dir.resolve("e.txt").toString()).exit());
    }
}
