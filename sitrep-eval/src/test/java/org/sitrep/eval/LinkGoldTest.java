package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.LinkGold.GoldArticle;
import org.sitrep.eval.LinkGold.GoldClaim;
import org.sitrep.eval.LinkGold.GoldLink;
import org.sitrep.eval.LinkGold.Group;

class LinkGoldTest {
    private static final String GOOD = """
            {"group":"g1","split":"dev","kind":"deny","articles":[\
            {"id":"g1-a","outlet":"Reuters","published":"2026-03-02","title":"T","text":"Police said the road was shut. It rained."},\
            {"id":"g1-b","outlet":"AP","published":"2026-03-03","title":"U","text":"The mayor denied that the road was shut."}],\
            "claims":[{"key":"a1","article":"g1-a","quote":"Police said the road was shut","source":"Police","stance":"assert"},\
            {"key":"b1","article":"g1-b","quote":"denied that the road was shut","source":"The mayor","stance":"deny"}],\
            "links":[{"from":"b1","to":"a1","type":"contradicts"}]}""";

    @TempDir
    Path dir;

    private Path write(String... lines) throws Exception {
        Path file = dir.resolve("links.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reads_groups_and_turns_quotes_into_offsets() throws Exception {
        LinkGold gold = LinkGold.read(write(GOOD));
        assertThat(gold.groups()).hasSize(1);
        Group g = gold.groups().get(0);
        assertThat(g.articles()).extracting(GoldArticle::id).containsExactly("g1-a", "g1-b");
        assertThat(g.articles().get(1).published()).hasToString("2026-03-03");
        GoldClaim b1 = g.claim("b1").orElseThrow();
        assertThat(g.article("g1-b").orElseThrow().text().substring(b1.start(), b1.end())).isEqualTo("denied that the road was shut");
        assertThat(b1.start()).isEqualTo(10);
        assertThat(g.quote(g.claim("a1").orElseThrow())).isEqualTo("Police said the road was shut");
        assertThat(g.links()).containsExactly(new GoldLink("b1", "a1", "contradicts"));
        assertThat(gold.split("dev")).hasSize(1);
        assertThat(gold.split("test")).isEmpty();
    }

    @Test
    void a_malformed_line_is_an_error_naming_file_and_line() throws Exception {
        Path file = write(GOOD, "{\"group\": \"g2\", ");
        assertThatThrownBy(() -> LinkGold.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":2: malformed JSON");
    }

    @Test
    void a_missing_quote_is_an_error_naming_file_and_line() throws Exception {
        Path file = write("", GOOD.replace("\"quote\":\"denied that the road was shut\"", "\"quote\":\"denied the road was open\""));
        assertThatThrownBy(() -> LinkGold.read(file))
                .hasMessage(file + ":2: claim 'b1': quote not found in g1-b: \"denied the road was open\"");
    }

    @Test
    void a_quote_found_twice_is_an_error_naming_file_and_line() throws Exception {
        Path file = write(GOOD.replace("It rained.", "Police said the road was shut again."));
        assertThatThrownBy(() -> LinkGold.read(file))
                .hasMessage(file + ":1: claim 'a1': quote occurs more than once in g1-a: \"Police said the road was shut\"");
    }

    @Test
    void every_bad_line_is_reported_and_good_lines_do_not_hide_them() throws Exception {
        Path file = write(GOOD.replace("\"split\":\"dev\"", "\"split\":\"train\""), GOOD.replace("g1", "g2"),
                GOOD.replace("g1", "g3").replace("\"to\":\"a1\"", "\"to\":\"a9\""));
        assertThatThrownBy(() -> LinkGold.read(file)).satisfies(e -> assertThat(e.getMessage().lines().toList()).containsExactly(
                file + ":1: \"split\" must be one of [dev, test], not 'train'",
                file + ":3: link b1->a9: no claim 'a9'"));
    }

    @Test
    void duplicate_ids_unknown_articles_and_bad_dates_are_errors() throws Exception {
        assertThatThrownBy(() -> LinkGold.read(write(GOOD, GOOD))).hasMessageEndingWith(":2: duplicate group id 'g1'");
        assertThatThrownBy(() -> LinkGold.read(write(GOOD.replace("\"article\":\"g1-b\"", "\"article\":\"g1-c\""))))
                .hasMessageEndingWith(":1: claim 'b1': no article 'g1-c' in the group");
        assertThatThrownBy(() -> LinkGold.read(write(GOOD.replace("2026-03-03", "3 March 2026"))))
                .hasMessageEndingWith(":1: \"published\" is not a yyyy-mm-dd date: '3 March 2026'");
        assertThatThrownBy(() -> LinkGold.read(write(GOOD.replace("\"stance\":\"deny\"", "\"stance\":\"denial\""))))
                .hasMessageContaining(":1: \"stance\" must be one of");
    }

    @Test
    void the_bundled_set_parses_and_is_complete() {
        LinkGold gold = LinkGold.bundled();
        assertThat(gold.groups()).hasSizeGreaterThanOrEqualTo(72);
        for (String split : List.of("dev", "test")) {
            assertThat(gold.split(split)).hasSizeGreaterThanOrEqualTo(36);
            assertThat(gold.split(split).stream().map(Group::kind).collect(Collectors.toSet())).as(split).isEqualTo(LinkGold.KINDS);
            Set<String> types = gold.split(split).stream().flatMap(g -> g.links().stream()).map(GoldLink::type).collect(Collectors.toSet());
            assertThat(types).as(split).isEqualTo(LinkGold.TYPES);
        }
        for (int i = 0; i < gold.groups().size(); i++) {
            Group g = gold.groups().get(i);
            assertThat(g.split()).as(g.id()).isEqualTo(i % 2 == 0 ? "dev" : "test");
            assertThat(g.articles()).as(g.id()).hasSizeBetween(2, 3);
            Set<String> keys = new HashSet<>();
            for (GoldClaim c : g.claims()) {
                keys.add(c.key());
                String text = g.article(c.article()).orElseThrow().text();
                assertThat(text.indexOf(g.quote(c))).as(g.id() + " " + c.key()).isEqualTo(c.start());
                assertThat(text.indexOf(g.quote(c), c.start() + 1)).as(g.id() + " " + c.key()).isEqualTo(-1);
            }
            if (g.kind().equals("unrelated")) {
                assertThat(g.links()).as(g.id()).isEmpty();
            } else {
                assertThat(g.links()).as(g.id()).isNotEmpty();
            }
            for (GoldLink l : g.links()) {
                assertThat(keys).as(g.id()).contains(l.from(), l.to());
                assertThat(later(g, g.claim(l.from()).orElseThrow(), g.claim(l.to()).orElseThrow())).as(g.id() + " " + l).isTrue();
            }
        }
    }

    /** Whether a is later than b: in a later article of the group, or later in the same article. */
    private static boolean later(Group g, GoldClaim a, GoldClaim b) {
        List<String> order = g.articles().stream().map(GoldArticle::id).toList();
        int byArticle = Integer.compare(order.indexOf(a.article()), order.indexOf(b.article()));
        return byArticle > 0 || byArticle == 0 && a.start() > b.start();
    }
}
