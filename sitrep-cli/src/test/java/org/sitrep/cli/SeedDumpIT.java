package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.json.DocumentJson;

/** The seed dump, read by path from ../shared: the input Sitrep must read perfectly (issue 2, "Done when"). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedDumpIT {
    private JsonNode articles;

    @BeforeAll
    void analyse() throws Exception {
        Path seed = Cli.shared().resolve("samples/seed-news-dump.txt");
        assumeTrue(Files.exists(seed), "needs ../shared/samples/seed-news-dump.txt");
        Cli r = Cli.run("analyze", "--format", "json", seed.toString());
        assertEquals(0, r.exit(), r.err());
        articles = DocumentJson.mapper().readTree(r.out());
    }

    private JsonNode lebanese() {
        return articles.get(1);
    }

    private static List<JsonNode> list(JsonNode arr) {
        List<JsonNode> out = new ArrayList<>();
        arr.forEach(out::add);
        return out;
    }

    @Test
    void exactly_two_articles_with_their_titles() {
        assertEquals(2, articles.size());
        assertEquals("Undeclared Truce in Iraq Allows Sudani to Mend Ties with Washington", articles.get(0).get("title").asText());
        assertEquals("Lebanese PM's Office Denies US Asked Lebanon to Declare Unilateral Ceasefire with Israel", lebanese().get("title").asText());
    }

    @Test
    void captions_are_kept_once_and_apart_from_the_body() {
        for (JsonNode a : articles) {
            assertEquals(1, a.get("captions").size());
            String caption = a.get("captions").get(0).get("text").asText();
            String text = a.get("text").asText();
            assertThat(text).doesNotContain(caption).doesNotContain(a.get("title").asText());
            assertThat(text.lines().map(String::strip)).doesNotContain("TT");
        }
        assertEquals("Reuters", articles.get(0).at("/captions/0/credit").asText());
        assertEquals("2024-01-09", articles.get(0).at("/captions/0/date").asText());
        assertThat(articles.get(0).at("/published/date").asText()).as("the photo date is not the article's date").isNotEqualTo("2024-01-09");
        assertThat(articles.get(0).at("/published/notBefore").asText()).isGreaterThanOrEqualTo("2024-01-09");
        assertThat(lebanese().at("/published/notBefore").asText()).isGreaterThanOrEqualTo("2023-03-27");
    }

    @Test
    void every_span_is_the_text_it_points_at() {
        for (JsonNode a : articles) {
            String text = a.get("text").asText();
            List<JsonNode> spans = new ArrayList<>();
            a.get("entities").forEach(spans::add);
            for (JsonNode c : a.get("claims")) {
                spans.add(c.at("/source/span"));
                spans.add(c.get("cue"));
                spans.add(c.get("content"));
            }
            for (JsonNode e : a.get("events")) {
                spans.add(e.get("trigger"));
                spans.add(e.get("sentence"));
            }
            for (JsonNode s : spans) {
                assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
            }
        }
    }

    @Test
    void the_pm_office_denial_has_source_cue_and_content() {
        JsonNode denial = list(lebanese().get("claims")).stream().filter(c -> c.get("stance").asText().equals("deny")).findFirst().orElseThrow();
        assertThat(denial.at("/source/span/text").asText()).contains("office").contains("Najib Mikati");
        assertEquals("person:najib-mikati", denial.at("/source/actor").asText());
        assertEquals(false, denial.at("/source/anonymous").asBoolean());
        assertEquals("denied", denial.at("/cue/text").asText());
        assertThat(denial.at("/content/text").asText()).startsWith("the US had asked Lebanon to declare a unilateral ceasefire");
    }

    @Test
    void every_claim_has_its_cue_lemma_and_every_parent_is_a_longer_claim_of_the_article_holding_the_cue() {
        JsonNode denial = list(lebanese().get("claims")).stream().filter(c -> c.get("stance").asText().equals("deny")).findFirst().orElseThrow();
        assertEquals("deny", denial.get("cueLemma").asText());
        for (JsonNode a : articles) {
            List<JsonNode> claims = list(a.get("claims"));
            for (JsonNode c : claims) {
                String lemma = c.get("cueLemma").asText();
                assertThat(lemma).as("cue lemma of %s", c.at("/cue/text")).isNotBlank().isEqualTo(lemma.toLowerCase(java.util.Locale.ROOT));
                if (c.get("parent").isNull()) {
                    continue;
                }
                String parentId = c.get("parent").asText();
                assertThat(parentId).isNotEqualTo(c.get("id").asText()).startsWith(a.get("id").asText() + "#c");
                JsonNode p = claims.stream().filter(x -> x.get("id").asText().equals(parentId)).findFirst().orElseThrow();
                assertThat(p.at("/content/start").asInt()).isLessThanOrEqualTo(c.at("/cue/start").asInt());
                assertThat(p.at("/content/end").asInt()).isGreaterThanOrEqualTo(c.at("/cue/end").asInt());
                assertThat(p.at("/content/text").asText().length()).isGreaterThan(c.at("/content/text").asText().length());
            }
        }
    }

    @Test
    void two_sources_told_reuters_is_an_anonymous_claim_the_office_denies() {
        List<JsonNode> claims = list(lebanese().get("claims"));
        int idx = -1;
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).at("/source/span/text").asText().equals("two sources")) {
                idx = i;
            }
        }
        assertThat(idx).as("a claim whose source is 'two sources'").isGreaterThanOrEqualTo(0);
        JsonNode c = claims.get(idx);
        assertEquals(true, c.at("/source/anonymous").asBoolean());
        assertEquals("told", c.at("/cue/text").asText());
        assertEquals("Reuters", c.get("channel").asText());
        assertThat(c.at("/content/text").asText()).startsWith("a US envoy had made the request");
        String reported = c.get("id").asText();
        assertThat(list(lebanese().get("links"))).anyMatch(l -> l.get("to").asText().equals(reported) && l.get("type").asText().equals("contradicts"));
    }

    @Test
    void unnamed_sources_of_the_truce_are_anonymous_and_refuted() {
        List<JsonNode> claims = list(articles.get(0).get("claims"));
        assertThat(claims).anyMatch(c -> c.get("stance").asText().equals("claim") && c.at("/source/anonymous").asBoolean());
        assertThat(claims).anyMatch(c -> c.get("stance").asText().equals("refute") && c.at("/source/anonymous").asBoolean());
        assertThat(list(articles.get(0).get("links"))).anyMatch(l -> l.get("type").asText().equals("contradicts"));
        assertThat(claims).allMatch(c -> !c.at("/source/span/text").asText().toLowerCase().contains("source")
                || c.at("/source/anonymous").asBoolean());
    }

    @Test
    void did_not_carry_out_attacks_is_no_attack() {
        JsonNode iraq = articles.get(0);
        for (JsonNode e : iraq.get("events")) {
            if (e.at("/sentence/text").asText().contains("did not carry out attacks") && e.get("type").asText().equals("ASSAULT")) {
                assertEquals(true, e.get("negated").asBoolean(), e.toString());
            }
        }
        assertThat(list(iraq.get("events"))).anyMatch(e -> e.at("/trigger/text").asText().equals("attacks") && e.get("negated").asBoolean());
    }

    @Test
    void kamal_harris_is_kamala_harris_and_the_pm_is_sudani() {
        JsonNode iraq = articles.get(0);
        assertThat(list(iraq.get("actors"))).anyMatch(a -> a.get("id").asText().equals("person:kamala-harris")
                && list(a.get("aliases")).stream().anyMatch(x -> x.asText().equals("Kamal Harris")));
        JsonNode sudani = list(iraq.get("actors")).stream().filter(a -> a.get("id").asText().equals("person:mohammed-shia-al-sudani")).findFirst().orElseThrow();
        assertThat(list(sudani.get("aliases")).stream().map(JsonNode::asText)).contains("Sudani", "the PM");
    }

    @Test
    void they_are_the_two_factions_and_he_is_sudani() {
        JsonNode iraq = articles.get(0);
        String factions = "group:kataib-sayyid-al-shuhada+nujaba";
        JsonNode group = list(iraq.get("actors")).stream().filter(a -> a.get("id").asText().equals(factions)).findFirst().orElseThrow();
        assertThat(list(group.get("members")).stream().map(JsonNode::asText)).containsExactly("org:nujaba", "org:kataib-sayyid-al-shuhada");
        JsonNode vowed = list(iraq.get("claims")).stream().filter(c -> c.at("/cue/text").asText().equals("vowed")).findFirst().orElseThrow();
        assertEquals("They", vowed.at("/source/span/text").asText());
        assertEquals(factions, vowed.at("/source/actor").asText());
        JsonNode meetings = list(iraq.get("events")).stream().filter(e -> e.at("/trigger/text").asText().equals("meetings")
                && e.at("/source/span/text").asText().equals("he")).findFirst().orElseThrow();
        assertEquals("person:mohammed-shia-al-sudani", meetings.at("/source/actor").asText());
    }

    /** The seed's relative expressions (issue 7, "Done when"): normalised wherever a day was inferred. */
    private static final List<String> RELATIVE = List.of("last week", "two weeks ago", "this week", "Friday", "Thursday", "Sept. 27", "a year ago");

    @Test
    void each_article_gets_an_inferred_date_or_window_from_its_text_and_the_evidence_points_into_it() {
        for (JsonNode a : articles) {
            JsonNode p = a.get("published");
            assertEquals("inferred", p.get("source").asText(), p.toString());
            assertThat(p.get("evidence").size()).isGreaterThan(0);
            assertThat(p.get("confidence").asDouble()).isBetween(0.0, 1.0);
            String text = a.get("text").asText();
            for (JsonNode e : p.get("evidence")) {
                assertThat(e.get("says").asText()).isNotBlank();
                JsonNode span = e.get("span");
                if (!span.isNull()) {
                    assertEquals(span.get("text").asText(), text.substring(span.get("start").asInt(), span.get("end").asInt()));
                }
            }
            if (p.get("date").isNull()) {
                assertThat(p.get("notBefore").isNull() && p.get("notAfter").isNull()).as("a window, then").isFalse();
            } else {
                LocalDate d = LocalDate.parse(p.get("date").asText());
                if (!p.get("notBefore").isNull()) {
                    assertThat(d).isAfterOrEqualTo(LocalDate.parse(p.get("notBefore").asText()));
                }
                if (!p.get("notAfter").isNull()) {
                    assertThat(d).isBeforeOrEqualTo(LocalDate.parse(p.get("notAfter").asText()));
                }
            }
        }
        // The Lebanese article dates an event ("Sept. 27") and a then- office holder: it gets a day, not only a window.
        assertThat(lebanese().at("/published/date").isNull()).isFalse();
    }

    @Test
    void relative_times_rest_on_the_inferred_day_and_friday_is_a_friday_before_it() {
        for (JsonNode a : articles) {
            JsonNode date = a.at("/published/date");
            for (JsonNode t : a.get("times")) {
                if (!RELATIVE.contains(t.get("text").asText())) {
                    continue;
                }
                if (date.isNull()) {
                    assertEquals("article-date", t.get("anchor").asText(), t.toString());
                    continue;
                }
                assertEquals("inferred-date", t.get("anchor").asText(), t.toString());
                assertThat(t.get("value").asText()).as(t.toString()).doesNotContain("X");
            }
            if (date.isNull()) {
                continue;
            }
            LocalDate d = LocalDate.parse(date.asText());
            for (JsonNode t : a.get("times")) {
                String text = t.get("text").asText();
                if (text.equals("Friday") || text.equals("Thursday") || text.equals("Sept. 27")) {
                    LocalDate v = LocalDate.parse(t.get("value").asText());
                    assertThat(v).as(text + " was told in the past tense").isBeforeOrEqualTo(d);
                    if (!text.startsWith("Sept")) {
                        assertThat(v.getDayOfWeek().name()).isEqualTo(text.toUpperCase());
                        assertThat(v).isAfter(d.minusDays(7));
                    }
                }
            }
        }
        List<String> covered = new ArrayList<>();
        lebanese().get("times").forEach(t -> covered.add(t.get("text").asText()));
        assertThat(covered).contains("Friday", "Sept. 27", "this week", "a year ago");
    }
}
