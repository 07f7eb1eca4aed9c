package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.AttributionScorer.Role;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

class AttributionScorerTest {
    private static final String TEXT = "Officials said that the road was open. The mayor added nothing. \"It is shut,\" a driver said.";

    @TempDir
    Path dir;

    private static Span span(String part) {
        int at = TEXT.indexOf(part);
        return Span.of(TEXT, at, at + part.length());
    }

    private static Claim claim(String source, String cue, String content) {
        return new Claim(new ClaimSource(span(source), null, false, source), span(cue), span(content), Stance.ASSERT, false, null, span(source));
    }

    private static GoldAttribution gold(String source, String cue, String content) {
        return new GoldAttribution(source == null ? null : goldSpan(source), goldSpan(cue), goldSpan(content));
    }

    private static GoldSpan goldSpan(String part) {
        int at = TEXT.indexOf(part);
        return new GoldSpan(List.of(new int[] {at, at + part.length()}));
    }

    @Test
    void exact_ignores_quotes_punctuation_and_a_leading_that_overlap_needs_one_shared_character() {
        AttributionScorer s = new AttributionScorer();
        s.add(TEXT, List.of(claim("Officials", "said that", "the road was open"), claim("a driver", "said.", "It is shut")),
                List.of(gold("Officials", "said", "that the road was open."), gold("a driver", "said.", "\"It is shut,\"")));
        assertEquals(new Score(2, 2, 2), s.exact(Role.CONTENT));
        assertEquals(new Score(1, 2, 2), s.exact(Role.CUE));
        assertEquals(new Score(2, 2, 2), s.overlap(Role.CUE));
        assertEquals(new Score(2, 2, 2), s.exact(Role.ATTRIBUTION), "cues need only overlap");
    }

    @Test
    void unmatched_predictions_and_gold_count_against_precision_and_recall() {
        AttributionScorer s = new AttributionScorer();
        s.add(TEXT, List.of(claim("The mayor", "added", "nothing")), List.of(gold("Officials", "said that", "the road was open")));
        Score cue = s.overlap(Role.CUE);
        assertEquals(0.0, cue.precision());
        assertEquals(0.0, cue.recall());
        assertEquals(0.0, cue.f1());
    }

    @Test
    void brat_standoff_gives_attributions_with_discontinuous_spans() throws Exception {
        Path ann = dir.resolve("a_x1.ann");
        Files.writeString(ann, String.join("\n",
                "T1\tSource 0 9\tOfficials",
                "T2\tCue 10 14\tsaid",
                "T3\tContent 15 24;25 38\tthat the road was open",
                "T4\tAttribution 10 14\tsaid",
                "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3",
                "T5\tCue 64 68\tsaid",
                "T6\tContent 70 80\tIt is shut",
                "T7\tAttribution-no-source 64 68\tsaid",
                "E2\tAttribution-no-source:T7 Cue:T5 Content:T6", ""));
        List<GoldAttribution> read = BratAttributions.read(ann);
        assertEquals(2, read.size());
        assertEquals(15, read.get(0).content().start());
        assertEquals(38, read.get(0).content().end());
        assertNull(read.get(1).source());
    }
}
