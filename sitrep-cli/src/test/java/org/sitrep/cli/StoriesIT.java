package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.DocumentJson;
import org.sitrep.testkit.WireCopies;

/** Issue 8, "done when": two copies of one story from different sites share a story id. */
class StoriesIT {
    @TempDir
    Path dir;

    /** The wire story from one site, a copy with other furniture and an edited sentence from another, and an unrelated article. */
    private Path feed() throws Exception {
        var m = DocumentJson.mapper();
        String lines = String.join("\n",
                m.createObjectNode().put("title", "Aid convoy reaches Tyre").put("source", "Tyre Courier")
                        .put("url", "https://courier.example/tyre-convoy").put("text", WireCopies.WIRE).toString(),
                m.createObjectNode().put("title", "UN convoy brings flour to Tyre after three weeks").put("source", "Levant Daily")
                        .put("url", "https://levant.example/2025/convoy").put("text", WireCopies.SYNDICATED).toString(),
                m.createObjectNode().put("title", "Talks to resume in Doha").put("source", "Gulf Times")
                        .put("url", "https://gulf.example/doha").put("text", WireCopies.UNRELATED).toString()) + "\n";
        return Files.writeString(dir.resolve("feed.jsonl"), lines);
    }

    @Test
    void two_copies_from_different_sites_share_a_story_id_in_the_store_and_count_two_outlets() throws Exception {
        String store = dir.resolve("index").toString();
        Cli ingest = Cli.run("ingest", "--store", store, "--doc-date", "2025-03-05", feed().toString());
        assertEquals(0, ingest.exit(), ingest.err());

        Cli stories = Cli.run("stories", "--store", store);
        assertEquals(0, stories.exit(), stories.err());
        List<String[]> rows = stories.out().lines().filter(l -> l.matches("[0-9a-f]{20} .*")).map(l -> l.trim().split("\\s+")).toList();
        assertEquals(2, rows.size(), stories.out());
        assertEquals(List.of("2", "2"), List.of(rows.get(0)[1], rows.get(0)[2]), stories.out()); // outlets, articles
        assertEquals(List.of("1", "1"), List.of(rows.get(1)[1], rows.get(1)[2]), stories.out());
        assertThat(stories.out()).contains("  Levant Daily, Tyre Courier");

        String story = rows.get(0)[0];
        Cli members = Cli.run("search", "--store", store, "--kind", "article", "--json", "story:" + story);
        assertEquals(0, members.exit(), members.err());
        List<JsonNode> hits = members.out().lines().map(StoriesIT::json).toList();
        assertEquals(2, hits.size(), members.out());
        assertThat(hits.stream().map(h -> h.at("/record/outlet").asText()).sorted().toList()).containsExactly("Levant Daily", "Tyre Courier");
        assertThat(hits.stream().map(h -> h.at("/record/story").asText()).distinct().toList()).containsExactly(story);
    }

    @Test
    void analyze_gives_copies_within_one_run_one_story_id() throws Exception {
        Cli r = Cli.run("analyze", "--format", "jsonl", "--doc-date", "2025-03-05", feed().toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> docs = r.out().lines().map(StoriesIT::json).toList();
        assertEquals(3, docs.size());
        String first = docs.get(0).get("id").asText();
        assertEquals(first, docs.get(0).get("story").asText());
        assertEquals(first, docs.get(1).get("story").asText());
        assertNotEquals(first, docs.get(1).get("id").asText());
        assertEquals(docs.get(2).get("id").asText(), docs.get(2).get("story").asText());
    }

    @Test
    void stories_of_a_missing_store_is_an_error() {
        Cli r = Cli.run("stories", "--store", dir.resolve("nothing").toString());
        assertEquals(1, r.exit());
        assertThat(r.err()).startsWith("sitrep stories: No store at '");
    }

    private static JsonNode json(String line) {
        try {
            return DocumentJson.mapper().readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + line, e);
        }
    }
}
