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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.json.DocumentJson;

/**
 * The seed's links (issue 9, "Done when"), read by path from ../shared: who denies and refutes what, which credits
 * compete, and nothing linked to the claims the denial does not answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedLinksIT {
    private final List<String> links = new ArrayList<>();

    @BeforeAll
    void analyse() throws Exception {
        Path seed = Cli.shared().resolve("samples/seed-news-dump.txt");
        assumeTrue(Files.exists(seed), "needs ../shared/samples/seed-news-dump.txt");
        Cli r = Cli.run("analyze", "--format", "json", seed.toString());
        assertEquals(0, r.exit(), r.err());
        for (JsonNode article : DocumentJson.mapper().readTree(r.out())) {
            Map<String, String> content = new HashMap<>();
            article.get("claims").forEach(c -> content.put(c.get("id").asText(), c.at("/content/text").asText()));
            for (JsonNode l : article.get("links")) {
                links.add(content.get(l.get("from").asText()) + " --" + l.get("type").asText() + "--> " + content.get(l.get("to").asText()));
            }
        }
    }

    /** Whether a link of {@code type} joins a claim starting with {@code a} and one starting with {@code b}, either way. */
    private boolean linked(String a, String type, String b) {
        return links.stream().anyMatch(l -> l.startsWith(a) && l.contains("--" + type + "--> " + b)
                || l.startsWith(b) && l.contains("--" + type + "--> " + a));
    }

    private boolean touches(String claimStart) {
        return links.stream().anyMatch(l -> l.startsWith(claimStart) || l.contains("--> " + claimStart));
    }

    @Test
    void the_office_denial_contradicts_the_two_sources_and_the_senior_source() {
        assertThat(linked("the US had asked Lebanon to declare a unilateral ceasefire", "contradicts", "a US envoy had made the request"))
                .as(links.toString()).isTrue();
        assertThat(linked("the US had asked Lebanon to declare a unilateral ceasefire", "contradicts",
                "the US had asked Lebanon to declare a unilateral ceasefire with Israel")).as(links.toString()).isTrue();
    }

    @Test
    void the_denial_does_not_reach_the_non_starter_nor_the_conditional_offer() {
        assertThat(touches("a unilateral declaration was seen as a non-starter")).as(links.toString()).isFalse();
        assertThat(touches("if Hezbollah unilaterally declared a ceasefire")).as(links.toString()).isFalse();
    }

    @Test
    void the_refutation_answers_the_qaani_claim_not_the_sudani_credit() {
        assertThat(linked("the claim", "contradicts", "the calm prevailed in wake of a visit by Iranian Quds Force commander Esmail Qaani"))
                .as(links.toString()).isTrue();
        assertThat(linked("the claim", "contradicts", "Prime Minister Mohammed Shia al-Sudani should be credited")).as(links.toString()).isFalse();
    }

    @Test
    void the_sudani_truce_competes_with_the_qaani_calm() {
        assertThat(linked("the truce was arranged by PM Sudani", "contradicts", "the calm prevailed in wake of a visit by Iranian Quds Force"))
                .as(links.toString()).isTrue();
    }

    @Test
    void unrelated_claims_stay_unlinked() {
        for (String unrelated : List.of("to continue their operations", "the Kataib Hezbollah should join them", "it backs efforts by Berri",
                "it must meet certain parameters", "His exact words were", "then-Hezbollah chief Hassan Nasrallah rejected the idea",
                "The US has been pushing for a 60-day ceasefire", "The main point is our ability", "\"agreements, documents")) {
            assertThat(touches(unrelated)).as(unrelated + " in " + links).isFalse();
        }
    }
}
