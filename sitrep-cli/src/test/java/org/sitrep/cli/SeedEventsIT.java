package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.json.DocumentJson;

/**
 * The seed's events, coded as the team reads them (issue 10, "Done when"): the calm, Qaani's visit, the suspension, the
 * rejection and the threat, the hypothetical strikes, the invitation and the failed visit; the request and its denial,
 * the strike that killed Nasrallah, the rocket fire a year earlier, the envoys' visit, the ground incursions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedEventsIT {
    private JsonNode iraq;
    private JsonNode lebanon;

    @BeforeAll
    void analyse() throws Exception {
        Path seed = Cli.shared().resolve("samples/seed-news-dump.txt");
        assumeTrue(Files.exists(seed), "needs ../shared/samples/seed-news-dump.txt");
        Cli r = Cli.run("analyze", "--format", "json", seed.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode articles = DocumentJson.mapper().readTree(r.out());
        iraq = articles.get(0);
        lebanon = articles.get(1);
    }

    private static List<JsonNode> events(JsonNode article, Predicate<JsonNode> p) {
        List<JsonNode> out = new ArrayList<>();
        article.get("events").forEach(e -> {
            if (p.test(e)) {
                out.add(e);
            }
        });
        return out;
    }

    /** The one event of {@code type} whose trigger is {@code trigger}. */
    private static JsonNode event(JsonNode article, String type, String trigger) {
        List<JsonNode> es = events(article, e -> e.get("type").asText().equals(type) && e.at("/trigger/text").asText().equals(trigger));
        assertThat(es).as(type + " '" + trigger + "' in " + article.get("events")).hasSize(1);
        return es.get(0);
    }

    private static String context(JsonNode e) {
        return e.get("context").asText();
    }

    private static String source(JsonNode e) {
        return e.at("/source/actor").asText(null);
    }

    private static String target(JsonNode e) {
        return e.at("/target/actor").asText(null);
    }

    @Test
    void the_calm_is_a_negated_attack_on_american_troops() {
        JsonNode calm = event(iraq, "ASSAULT", "attacks");
        assertEquals("negated", context(calm));
        assertThat(target(calm)).isEqualTo("agent:USAMIL");
        assertThat(calm.at("/source/span/text").asText()).isEqualTo("Iraqi armed factions");
        assertThat(calm.at("/cameo/code").asText()).startsWith("19");
        assertEquals(4, calm.at("/cameo/quadClass").asInt());
    }

    @Test
    void qaanis_visit_to_baghdad_happened() {
        List<JsonNode> visits = events(iraq, e -> "visit".equals(e.get("mode").asText(null)) && "person:esmail-qaani".equals(source(e)));
        assertThat(visits).isNotEmpty().allSatisfy(v -> {
            assertEquals("CONSULT", v.get("type").asText());
            assertEquals("asserted", context(v));
            assertEquals("042", v.at("/cameo/code").asText());
        });
        assertThat(visits).anySatisfy(v -> assertThat(iraq.get("places").toString()).contains(v.get("place").asText()).contains("Baghdad"));
    }

    @Test
    void kataib_hezbollah_suspended_its_operations_and_no_attack_is_asserted_with_it() {
        JsonNode suspension = event(iraq, "RETREAT", "suspend");
        assertEquals("asserted", context(suspension));
        assertEquals("org:kataib-hezbollah", source(suspension));
        assertThat(events(iraq, e -> e.get("type").asText().equals("ASSAULT") && e.get("sentence").get("text").asText().contains("decided to suspend")))
                .as("the operations it suspends did not happen").isEmpty();
    }

    @Test
    void the_two_factions_rejected_the_truce_and_vowed_to_continue() {
        JsonNode rejection = event(iraq, "REJECT", "rejected");
        JsonNode threat = event(iraq, "THREATEN", "vowed");
        assertThat(source(rejection)).startsWith("group:").contains("nujaba").contains("kataib-sayyid-al-shuhada");
        assertEquals(source(rejection), source(threat));
        assertEquals("asserted", context(threat));
        assertThat(threat.at("/cameo/code").asText()).startsWith("13");
    }

    @Test
    void the_american_strikes_qaani_warned_of_are_hypothetical() {
        JsonNode strikes = event(iraq, "ASSAULT", "strikes");
        assertEquals("hypothetical", context(strikes));
        assertEquals("country:USA", source(strikes));
    }

    @Test
    void harris_invited_sudani_and_the_washington_visit_fell_through() {
        JsonNode invitation = event(iraq, "REQUEST", "invitation");
        assertEquals("person:kamala-harris", source(invitation));
        assertThat(target(invitation)).isEqualTo("person:mohammed-shia-al-sudani");
        List<JsonNode> failed = events(iraq, e -> e.get("context").asText().equals("failed"));
        assertThat(failed).extracting(e -> e.at("/trigger/text").asText()).contains("visit");
        JsonNode visit = failed.stream().filter(e -> e.at("/trigger/text").asText().equals("visit")).findFirst().orElseThrow();
        assertEquals("CONSULT", visit.get("type").asText());
        assertEquals("2023-09", visit.at("/date/value").asText());
        assertEquals("month", visit.at("/date/precision").asText());
    }

    @Test
    void the_request_is_reported_inside_the_claim_the_office_denies() {
        JsonNode denial = event(lebanon, "REJECT", "denied");
        assertEquals("asserted", context(denial));
        List<JsonNode> requests = events(lebanon, e -> e.get("type").asText().equals("REQUEST") && e.at("/trigger/text").asText().equals("asked"));
        assertThat(requests).hasSize(2).allSatisfy(r -> {
            assertEquals("country:USA", source(r));
            assertEquals("country:LBN", target(r));
            assertThat(r.get("claim").asText(null)).as("the request is what a claim reports").isNotNull();
        });
    }

    @Test
    void the_israeli_air_strike_killed_nasrallah_on_beiruts_suburbs_on_september_27() {
        List<JsonNode> killings = events(lebanon, e -> e.get("type").asText().equals("ASSAULT") && "person:hassan-nasrallah".equals(target(e)));
        assertThat(killings).hasSize(1);
        JsonNode k = killings.get(0);
        assertEquals("asserted", context(k));
        assertEquals("country:ISR", source(k));
        assertEquals("2024-09-27", k.at("/date/value").asText());
        assertEquals("day", k.at("/date/precision").asText());
        assertEquals("Explosions/Remote violence", k.at("/acled/eventType").asText());
        assertEquals("Air/drone strike", k.at("/acled/subEventType").asText());
        assertThat(lebanon.get("places").toString()).contains(k.get("place").asText());
        JsonNode place = null;
        for (JsonNode p : lebanon.get("places")) {
            if (p.get("id").asText().equals(k.get("place").asText())) {
                place = p;
            }
        }
        assertThat(place).isNotNull();
        assertThat(place.get("name").asText()).isIn("Beirut", "Dahiyeh");
    }

    @Test
    void hezbollahs_rocket_fire_a_year_ago_is_history_and_not_placed_in_gaza() {
        List<JsonNode> fire = events(lebanon, e -> e.get("type").asText().equals("ASSAULT") && e.get("sentence").get("text").asText().contains("began firing rockets"));
        assertThat(fire).extracting(e -> e.at("/trigger/text").asText()).contains("firing");
        JsonNode f = fire.stream().filter(e -> e.at("/trigger/text").asText().equals("firing")).findFirst().orElseThrow();
        assertEquals("historical", context(f));
        assertEquals("org:hezbollah", source(f));
        assertThat(lebanon.get("places").toString()).doesNotContain("\"id\":\"" + f.get("place").asText() + "\",\"name\":\"Gaza");
        assertThat(f.get("place").asText(null)).isNotEqualTo("geonames:281133");
    }

    @Test
    void the_envoys_were_in_israel_but_did_not_go_on_to_lebanon() {
        List<JsonNode> visits = events(lebanon, e -> "visit".equals(e.get("mode").asText(null)) && "person:amos-hochstein".equals(source(e)));
        assertThat(visits).anySatisfy(v -> {
            assertEquals("asserted", context(v));
            assertEquals("country:ISR", target(v));
        });
        assertThat(visits).anySatisfy(v -> {
            assertEquals("negated", context(v));
            assertEquals("country:LBN", target(v));
        });
    }

    @Test
    void israeli_forces_made_ground_incursions_into_lebanon() {
        JsonNode incursions = event(lebanon, "ASSAULT", "incursions");
        assertEquals("agent:ISRMIL", source(incursions));
        assertEquals("ground raid", incursions.at("/means/kind").asText());
    }

    @Test
    void every_event_has_a_cameo_code_with_its_quad_class_and_goldstein_and_one_main_event_per_article() {
        for (JsonNode a : List.of(iraq, lebanon)) {
            assertThat(events(a, e -> e.get("main").asBoolean())).hasSize(1);
            a.get("events").forEach(e -> {
                assertThat(e.at("/cameo/code").asText()).matches("\\d{2,4}");
                int root = Integer.parseInt(e.at("/cameo/code").asText().substring(0, 2));
                int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
                assertEquals(quad, e.at("/cameo/quadClass").asInt(), e::toString);
                assertThat(e.at("/cameo/goldstein").asDouble()).isBetween(-10.0, 10.0);
            });
        }
        JsonNode main = events(lebanon, e -> e.get("main").asBoolean()).get(0);
        assertThat(main.get("type").asText()).isIn("REJECT", "REQUEST");
        JsonNode iraqMain = events(iraq, e -> e.get("main").asBoolean()).get(0);
        assertThat(iraqMain.get("type").asText() + " " + iraqMain.get("context").asText()).isIn("RETREAT asserted", "ASSAULT negated");
    }
}
