package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.DocumentJson;

/**
 * Issue 9, "Done when": ingesting the seed and then a later article of another outlet (written by the team, a test
 * resource) that confirms one of its claims links claims of the two articles; ingesting the follow-up again adds nothing.
 */
class CrossArticleLinksIT {
    @TempDir
    Path tmp;

    private List<String> crossLinks(String store) throws Exception {
        Cli r = Cli.run("claims", "--store", store, "--json");
        assertEquals(0, r.exit(), r.err());
        List<String> out = new ArrayList<>();
        for (JsonNode g : DocumentJson.mapper().readTree(r.out())) {
            Map<String, JsonNode> byId = new HashMap<>();
            g.get("claims").forEach(c -> byId.put(c.get("id").asText(), c));
            for (JsonNode l : g.get("links")) {
                JsonNode from = byId.get(l.get("from").asText());
                JsonNode to = byId.get(l.get("to").asText());
                if (!from.get("article").asText().equals(to.get("article").asText())) {
                    out.add(from.get("content").asText() + " --" + l.get("type").asText() + "--> " + to.get("content").asText());
                }
            }
        }
        return out;
    }

    @Test
    void a_later_confirmation_links_to_the_seed_claim_and_reingesting_duplicates_nothing() throws Exception {
        Path seed = Cli.shared().resolve("samples/seed-news-dump.txt");
        assumeTrue(Files.exists(seed), "needs ../shared/samples/seed-news-dump.txt");
        Path followUp = tmp.resolve("follow-up.txt");
        Files.copy(CrossArticleLinksIT.class.getResourceAsStream("seed-follow-up.txt"), followUp);
        String store = tmp.resolve("store").toString();
        assertEquals(0, Cli.run("ingest", "--store", store, seed.toString()).exit());
        assertEquals(0, Cli.run("ingest", "--store", store, followUp.toString()).exit());
        List<String> links = crossLinks(store);
        assertThat(links).as(links.toString()).anyMatch(l -> l.startsWith("the US had asked Lebanon to declare a unilateral ceasefire with Israel")
                && (l.contains("--supports--> the US had asked Lebanon") || l.contains("--elaborates--> the US had asked Lebanon")
                || l.contains("--contradicts--> the US had asked Lebanon to declare a unilateral ceasefire")));

        assertEquals(0, Cli.run("ingest", "--store", store, followUp.toString()).exit());
        assertEquals(links.size(), crossLinks(store).size(), "re-ingesting the follow-up must not duplicate its links");
    }
}
