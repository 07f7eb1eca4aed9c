package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.ExportRows;

/** Issue 10: calm, timeline and export over a store of invented articles (EventStoreFixture). */
class AnalyticsCommandsTest {
    @TempDir
    Path dir;

    private String store;

    @BeforeEach
    void fill() {
        store = dir.resolve("index").toString();
        EventStoreFixture.write(Path.of(store));
    }

    private JsonNode json(Cli r) throws IOException {
        assertEquals(0, r.exit(), r.err());
        return DocumentJson.mapper().readTree(r.out());
    }

    @Test
    void calm_gives_the_last_attack_the_days_and_weeks_since_and_the_reports_of_no_attacks() throws Exception {
        JsonNode c = json(Cli.run("calm", "--store", store, "--source-country", "IRQ", "--target-country", "USA", "--json"));
        assertEquals("2024-02-14", c.get("asOf").asText(), "the latest day of an event that happened");
        assertEquals("w3", c.at("/lastEvent/article").asText());
        assertEquals("2024-01-24", c.at("/lastEvent/day").asText());
        assertEquals(21, c.get("daysSince").asInt());
        assertEquals(3, c.get("eventFreeWeeks").asInt(), "2024-W05, W06 and W07");
        assertEquals(1, c.get("nonEventsSinceLast").asInt());
        assertEquals("w4", c.at("/nonEvents/0/article").asText());
        assertEquals("negated", c.at("/nonEvents/0/context").asText());
        assertEquals(true, c.at("/nonEvents/0/sinceLast").asBoolean());
    }

    @Test
    void calm_reads_as_an_analyst_writes_it() {
        Cli r = Cli.run("calm", "--store", store, "--source-country", "irq", "--target", "troops", "--as-of", "2024-02-14");
        assertEquals(0, r.exit(), r.err());
        assertThat(r.out()).startsWith("ASSAULT by IRQ on troops, as of 2024-02-14 (Wednesday, week 2024-W07)\n");
        assertThat(r.out()).contains("last event: 2024-01-24 (the article's date), w3#e41 in w3 (Wire One): \"The Nujaba");
        assertThat(r.out()).contains("days since: 21\n");
        assertThat(r.out()).contains("event-free weeks: 3 (2024-W05 to 2024-W07, the last still running)\n");
        assertThat(r.out()).contains("reports of non-events: 1 since the last event, 1 in all\n  2024-02-07 w4 w4#e");
    }

    @Test
    void a_group_matches_calm_through_its_members_and_each_side_keeps_its_role() throws Exception {
        JsonNode viaMember = json(Cli.run("calm", "--store", store, "--source", "nujaba", "--target", "agent:USAMIL", "--json"));
        assertEquals("w3", viaMember.at("/lastEvent/article").asText());
        JsonNode reversed = json(Cli.run("calm", "--store", store, "--source", "agent:USAMIL", "--target", "nujaba", "--json"));
        assertEquals(true, reversed.get("lastEvent").isNull());
        assertEquals(true, reversed.get("atLeast").asBoolean());
        assertEquals("2024-01-08", reversed.get("coverageStart").asText());
    }

    @Test
    void calm_as_of_an_earlier_day_ignores_what_came_after() throws Exception {
        JsonNode c = json(Cli.run("calm", "--store", store, "--source", "kataib-hezbollah", "--as-of", "2024-01-09", "--json"));
        assertEquals("2024-01-08", c.at("/lastEvent/day").asText());
        assertEquals(1, c.get("daysSince").asInt());
        assertEquals(0, c.get("eventFreeWeeks").asInt());
        assertEquals(0, c.get("nonEventsTotal").asInt());
    }

    @Test
    void timeline_counts_each_story_event_once_per_week_with_empty_weeks_as_zero() {
        Cli r = Cli.run("timeline", "--store", store, "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("period,count\r\n2024-W02,1\r\n2024-W03,0\r\n2024-W04,1\r\n2024-W05,0\r\n2024-W06,0\r\n2024-W07,1\r\n", r.out());
        Cli mentions = Cli.run("timeline", "--store", store, "--format", "csv", "--mentions", "--until", "2024-01-14");
        assertEquals("period,count\r\n2024-W02,2\r\n", mentions.out());
    }

    @Test
    void timeline_by_context_with_all_contexts_shows_the_non_events() throws Exception {
        JsonNode t = json(Cli.run("timeline", "--store", store, "--by", "context", "--all-contexts", "--interval", "day", "--format", "json",
                "--since", "2024-02-01"));
        List<String> rows = new ArrayList<>();
        t.forEach(n -> rows.add(n.get("period").asText() + " " + n.get("context").asText() + " " + n.get("count").asInt()));
        assertEquals(List.of("2024-02-07 negated 1", "2024-02-14 asserted 1", "2024-02-14 threatened 1"), rows);
        Cli table = Cli.run("timeline", "--store", store, "--by", "type", "--type", "CONSULT");
        assertEquals("2024-W07        1  CONSULT\n1 events\n", table.out());
    }

    @Test
    void gdelt_export_has_one_row_per_story_event_with_its_mentions_sources_and_articles() throws Exception {
        Path file = dir.resolve("gdelt.csv");
        Cli r = Cli.run("export", "--store", store, "--format", "gdelt", "--output", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertThat(r.err()).contains("3 rows from 4 stored events");
        List<List<String>> rows = Rfc4180.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(ExportRows.GDELT, rows.get(0));
        assertEquals(4, rows.size());
        Map<String, String> attack = row(rows, 1);
        assertEquals("20240108", attack.get("SQLDATE"));
        assertEquals("w1#e" + EventStoreFixture.ATTACK.indexOf("attacked"), attack.get("SitrepEventId"), "the story's first article");
        assertEquals(String.valueOf(ExportRows.globalId(attack.get("SitrepEventId"))), attack.get("GLOBALEVENTID"));
        assertEquals(List.of("2", "2", "2"), List.of(attack.get("NumMentions"), attack.get("NumSources"), attack.get("NumArticles")));
        assertEquals(List.of("IRQREB", "Kataib Hezbollah", "IRQ", "REB"),
                List.of(attack.get("Actor1Code"), attack.get("Actor1Name"), attack.get("Actor1CountryCode"), attack.get("Actor1Type1Code")));
        assertEquals(List.of("USAMIL", "MIL"), List.of(attack.get("Actor2Code"), attack.get("Actor2Type1Code")));
        assertEquals(List.of("190", "190", "19", "4", "-10.0", "1"), List.of(attack.get("EventCode"), attack.get("EventBaseCode"),
                attack.get("EventRootCode"), attack.get("QuadClass"), attack.get("GoldsteinScale"), attack.get("IsRootEvent")));
        assertEquals(List.of("4", "Ain al-Asad Air Base, Anbar, Iraq", "IQ", "33.79", "42.44", "sitrep:ain-al-asad-air-base"),
                List.of(attack.get("ActionGeo_Type"), attack.get("ActionGeo_FullName"), attack.get("ActionGeo_CountryCode"),
                        attack.get("ActionGeo_Lat"), attack.get("ActionGeo_Long"), attack.get("ActionGeo_FeatureID")));
        assertEquals(List.of("20240110000000", "https://wire.one/attack", "ASSAULT", "asserted", ""), List.of(attack.get("DATEADDED"),
                attack.get("SOURCEURL"), attack.get("PloverType"), attack.get("Context"), attack.get("AvgTone")));
        assertEquals("95446", row(rows, 2).get("ActionGeo_FeatureID"));
        assertEquals("040", row(rows, 3).get("EventCode"));
    }

    @Test
    void acled_export_lists_the_acled_events_that_happened() throws Exception {
        Cli r = Cli.run("export", "--store", store, "--format", "acled");
        assertEquals(0, r.exit(), r.err());
        List<List<String>> rows = Rfc4180.parse(r.out());
        assertEquals(ExportRows.ACLED, rows.get(0));
        assertEquals(3, rows.size(), "the folded attack and the rockets; not the meeting, not the non-event");
        Map<String, String> attack = row(rows, 1);
        assertThat(attack.get("event_id_cnty")).matches("IRQ\\d+");
        assertEquals(List.of("2024-01-08", "2024", "1", "Political violence", "Battles", "Armed clash"), List.of(attack.get("event_date"),
                attack.get("year"), attack.get("time_precision"), attack.get("disorder_type"), attack.get("event_type"), attack.get("sub_event_type")));
        assertEquals(List.of("Kataib Hezbollah", "3", "US military", "8", "38"), List.of(attack.get("actor1"), attack.get("inter1"),
                attack.get("actor2"), attack.get("inter2"), attack.get("interaction")));
        assertEquals(List.of("IRQ", "Iraq", "Ain al-Asad Air Base", "1", "Wire One", "2"), List.of(attack.get("iso"), attack.get("country"),
                attack.get("location"), attack.get("geo_precision"), attack.get("source"), attack.get("fatalities")));
        Map<String, String> rockets = row(rows, 2);
        assertEquals("The Nujaba and Kataib Hezbollah factions fired rockets at American troops in Erbil, saying \"enough\".", rockets.get("notes"));
        assertEquals("2", rockets.get("time_precision"), "dated by its article");
        assertThat(r.out()).contains(",\"The Nujaba and Kataib Hezbollah factions fired rockets at American troops in Erbil, saying \"\"enough\"\".\",0\r\n");
    }

    @Test
    void jsonl_export_gives_every_mention_with_its_article_and_day() throws Exception {
        Cli r = Cli.run("export", "--store", store, "--format", "jsonl", "--all-contexts", "--type", "ASSAULT");
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.out().lines().toList()) {
            lines.add(DocumentJson.mapper().readTree(l));
        }
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5"), lines.stream().map(n -> n.get("article").asText()).toList());
        assertEquals(List.of("2024-01-08", "2024-01-08", "2024-01-24", "2024-02-07", "2024-02-14"), lines.stream().map(n -> n.get("day").asText()).toList());
        assertEquals("negated", lines.get(3).get("context").asText());
    }

    @Test
    void acled_with_all_contexts_is_a_usage_error_and_a_missing_store_a_failure() {
        Cli r = Cli.run("export", "--store", store, "--format", "acled", "--all-contexts");
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("--all-contexts does not go with --format acled");
        Cli missing = Cli.run("calm", "--store", dir.resolve("nothing").toString(), "--source", "x");
        assertEquals(1, missing.exit());
        assertThat(missing.err()).startsWith("sitrep calm: No store at '");
    }

    @Test
    void both_csv_exports_load_as_they_are_in_pandas() throws Exception {
        assumePandas();
        for (String format : List.of("gdelt", "acled")) {
            Path file = dir.resolve(format + ".csv");
            assertEquals(0, Cli.run("export", "--store", store, "--format", format, "--output", file.toString()).exit());
            List<String> columns = format.equals("gdelt") ? ExportRows.GDELT : ExportRows.ACLED;
            assertEquals((format.equals("gdelt") ? 3 : 2) + "\n" + String.join("|", columns), pandas(file).strip(), format);
        }
    }

    /** Reads {@code file} with pandas as it is and prints its row count and column names. */
    static String pandas(Path file) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c",
                "import sys, pandas; d = pandas.read_csv(sys.argv[1]); print(len(d)); print('|'.join(d.columns))", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** Skips (saying why) when Debian's python3 has no pandas: .ci/run installs python3-pandas. */
    static void assumePandas() throws Exception {
        boolean ok;
        String why;
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import pandas").redirectErrorStream(true).start();
            why = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            ok = p.waitFor() == 0;
        } catch (IOException e) {
            ok = false;
            why = e.getMessage();
        }
        if (!ok) {
            System.err.println("Skipping the pandas read-back: /usr/bin/python3 cannot import pandas (apt-get install -y python3-pandas): " + why);
        }
        assumeTrue(ok, "/usr/bin/python3 has no pandas: " + why);
    }

    private static Map<String, String> row(List<List<String>> rows, int i) {
        List<String> header = rows.get(0);
        return IntStream.range(0, header.size()).boxed().collect(Collectors.toMap(header::get, c -> rows.get(i).get(c)));
    }
}
