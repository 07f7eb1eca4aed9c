package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.LinkGold.GoldArticle;
import org.sitrep.eval.LinkGold.GoldClaim;
import org.sitrep.eval.LinkGold.GoldLink;
import org.sitrep.eval.LinkGold.Group;
import org.sitrep.eval.LinkScorer.PredictedClaim;
import org.sitrep.eval.LinkScorer.PredictedLink;

class LinkScorerTest {
    private static final String A = "Police said the road was shut. The mayor said the road was open.";
    private static final String B = "The governor confirmed the road was shut. Officials said it would reopen.";

    private static Group group(String kind, List<GoldLink> links) {
        return new Group("g1", "dev", kind, List.of(
                new GoldArticle("a", "Reuters", LocalDate.of(2026, 3, 2), "T", A),
                new GoldArticle("b", "AP", LocalDate.of(2026, 3, 3), "U", B)),
                List.of(gold("a1", "a", A, "Police said the road was shut"), gold("a2", "a", A, "The mayor said the road was open"),
                        gold("b1", "b", B, "The governor confirmed the road was shut"), gold("b2", "b", B, "Officials said it would reopen")),
                links);
    }

    private static GoldClaim gold(String key, String article, String text, String quote) {
        int at = text.indexOf(quote);
        return new GoldClaim(key, article, at, at + quote.length(), "x", "assert");
    }

    /** A predicted claim whose cue is the first occurrence of {@code cue} in the text, from {@code from} on. */
    private static PredictedClaim cue(String id, String article, String cue, int from) {
        String text = article.equals("a") ? A : B;
        int at = text.indexOf(cue, from);
        return new PredictedClaim(id, article, at, at + cue.length());
    }

    private static final List<GoldLink> GOLD = List.of(new GoldLink("a2", "a1", "contradicts"), new GoldLink("b1", "a1", "supports"),
            new GoldLink("b1", "a2", "contradicts"));

    @Test
    void a_predicted_claim_matches_the_gold_quote_containing_its_cue() {
        Group g = group("mixed", GOLD);
        assertThat(LinkScorer.match(g, cue("p", "a", "said", 20)).key()).isEqualTo("a2");
        assertThat(LinkScorer.match(g, cue("p", "b", "confirmed", 0)).key()).isEqualTo("b1");
        assertThat(LinkScorer.match(g, new PredictedClaim("p", "a", 25, 33))).as("cue straddles the end of a1's quote").isNull();
        assertThat(LinkScorer.match(g, new PredictedClaim("p", "b", 40, 42))).as("cue between two quotes").isNull();
        assertThat(LinkScorer.match(g, new PredictedClaim("p", "b", 44, 50)).key()).as("same offsets as a2's cue, other article").isEqualTo("b2");
    }

    @Test
    void links_count_in_either_direction_only_with_the_right_type() {
        LinkScorer s = new LinkScorer();
        List<PredictedClaim> claims = List.of(cue("x", "a", "said", 0), cue("y", "a", "said", 20), cue("z", "b", "confirmed", 0));
        s.add(group("mixed", GOLD), claims, List.of(
                new PredictedLink("x", "y", "contradicts"),
                new PredictedLink("x", "z", "supports"),
                new PredictedLink("z", "y", "supports")));
        assertThat(s.type("contradicts")).isEqualTo(new Score(1, 1, 2));
        assertThat(s.type("supports")).isEqualTo(new Score(1, 2, 1));
        assertThat(s.type("elaborates")).isEqualTo(new Score(0, 0, 0));
        assertThat(s.overall()).isEqualTo(new Score(2, 3, 3));
        assertThat(s.claims()).isEqualTo(new Score(3, 3, 4));
        assertThat(s.misses()).containsExactly("g1 contradicts: b1 \"The governor confirmed the road was shut\" -> a2 \"The mayor said the road was open\"");
        assertThat(s.falseHits()).containsExactly("g1 supports: b1 \"The governor confirmed the road was shut\" -> a2 \"The mayor said the road was open\"");
    }

    @Test
    void links_touching_unmatched_claims_and_repeats_are_false_positives() {
        LinkScorer s = new LinkScorer();
        List<PredictedClaim> claims = List.of(cue("x", "a", "said", 0), cue("z", "b", "confirmed", 0), cue("w", "b", "reopen", 0),
                new PredictedClaim("v", "a", 30, 34));
        s.add(group("support", GOLD), claims, List.of(
                new PredictedLink("z", "x", "supports"),
                new PredictedLink("x", "z", "supports"),
                new PredictedLink("v", "x", "contradicts"),
                new PredictedLink("w", "x", "elaborates")));
        assertThat(s.type("supports")).isEqualTo(new Score(1, 2, 1));
        assertThat(s.type("contradicts")).isEqualTo(new Score(0, 1, 2));
        assertThat(s.type("elaborates")).isEqualTo(new Score(0, 1, 0));
        assertThat(s.falseHits()).contains("g1 contradicts: [unmatched v] -> a1 \"Police said the road was shut\"");
    }

    @Test
    void scores_add_up_per_kind_and_the_report_shows_them() {
        LinkScorer s = new LinkScorer();
        List<PredictedClaim> claims = List.of(cue("x", "a", "said", 0), cue("y", "a", "said", 20));
        s.add(group("deny", GOLD), claims, List.of(new PredictedLink("y", "x", "contradicts")));
        s.add(group("unrelated", List.of()), claims, List.of(new PredictedLink("y", "x", "contradicts")));
        assertThat(s.byKind()).containsEntry("deny", new Score(1, 1, 3)).containsEntry("unrelated", new Score(0, 1, 0));
        assertThat(s.overall()).isEqualTo(new Score(1, 2, 3));
        assertThat(s.groups()).isEqualTo(2);
        assertThat(s.report()).contains("| contradicts | 0.500 | 0.500 | 0.500 | 1 | 2 | 2 |", "| kind unrelated | 0.000 | 0.000 | 0.000 | 0 | 1 | 0 |",
                "| **all (micro)** | 0.500 | 0.333 | 0.400 | 1 | 2 | 3 |");
    }

    @Test
    void bad_predictions_are_rejected_with_the_bad_value() {
        LinkScorer s = new LinkScorer();
        Group g = group("deny", GOLD);
        List<PredictedClaim> claims = List.of(cue("x", "a", "said", 0), cue("y", "a", "said", 20));
        assertThatThrownBy(() -> s.add(g, claims, List.of(new PredictedLink("y", "x", "Contradicts"))))
                .hasMessage("link y->x: type must be one of [supports, contradicts, elaborates], not 'Contradicts'");
        assertThatThrownBy(() -> s.add(g, claims, List.of(new PredictedLink("q", "x", "supports"))))
                .hasMessage("link q->x: no predicted claim 'q' in group g1");
        assertThatThrownBy(() -> s.add(g, List.of(new PredictedClaim("x", "c", 0, 4)), List.of()))
                .hasMessage("claim 'x': article 'c' is not in group g1");
        assertThat(s.groups()).isZero();
    }
}
