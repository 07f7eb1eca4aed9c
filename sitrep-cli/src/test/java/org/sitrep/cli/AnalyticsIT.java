package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.ExportRows;

/** Issue 10 on the seed dump, read by path from ../shared: the non-event of its first sentence is evidence of calm. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIT {
    private Path dir;
    private String store;

    @BeforeAll
    void ingest(@TempDir Path tmp) {
        dir = tmp;
        Path seed = Cli.shared().resolve("samples/seed-news-dump.txt");
        assumeTrue(Files.exists(seed), "needs ../shared/samples/seed-news-dump.txt");
        store = dir.resolve("index").toString();
        Cli r = Cli.run("ingest", "--store", store, "--doc-date", "2024-02-20", seed.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void iraqi_factions_not_attacking_american_troops_is_reported_as_a_non_event_with_its_article() throws Exception {
        Cli r = Cli.run("calm", "--store", store, "--source-country", "IRQ", "--target-country", "USA", "--type", "ASSAULT", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode c = DocumentJson.mapper().readTree(r.out());
        assertEquals("2024-02-20", c.get("asOf").asText());
        List<JsonNode> reports = new ArrayList<>();
        c.get("nonEvents").forEach(reports::add);
        assertThat(reports).anySatisfy(n -> {
            assertThat(n.get("sentence").asText()).contains("did not carry out attacks against American troops");
            assertThat(n.get("id").asText()).startsWith(n.get("article").asText() + "#e");
        });
    }

    @Test
    void the_seed_exports_load_in_pandas_with_as_many_rows_as_written() throws Exception {
        AnalyticsCommandsTest.assumePandas();
        for (String format : List.of("gdelt", "acled")) {
            Path file = dir.resolve(format + ".csv");
            Cli r = Cli.run("export", "--store", store, "--format", format, "--output", file.toString());
            assertEquals(0, r.exit(), r.err());
            int rows = Rfc4180.parse(Files.readString(file)).size() - 1;
            assertThat(rows).as(format).isPositive();
            assertThat(r.err()).contains(rows + " rows from ");
            List<String> columns = format.equals("gdelt") ? ExportRows.GDELT : ExportRows.ACLED;
            assertEquals(rows + "\n" + String.join("|", columns), AnalyticsCommandsTest.pandas(file).strip(), format);
        }
    }
}
