package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.BbcEventGold.GoldEvent;
import org.sitrep.eval.BbcEventGold.Item;
import org.sitrep.eval.EventPrecisionScorer.Coded;

class EventPrecisionScorerTest {
    private static final String TEXT = "Title\n\nThe Tories   attacked the plan.\nPolice arrested two men and the Tories went on the offensive.";

    private static Coded coded(String type, String words, String context) {
        int at = TEXT.indexOf(words);
        return new Coded(type, at, at + words.length(), context);
    }

    @Test
    void a_coded_event_is_right_when_the_gold_holds_its_type() {
        Item item = new Item("pol-01", "politics/001.txt", "dev", "The Tories attacked the plan.",
                List.of(new GoldEvent("ACCUSE", "attacked", "The Tories", "the plan", "asserted")), List.of());
        EventPrecisionScorer s = new EventPrecisionScorer();
        assertThat(s.add(item, TEXT, List.of(coded("ACCUSE", "attacked", "ASSERTED"), coded("ASSAULT", "attacked", "ASSERTED"),
                coded("COERCE", "arrested", "ASSERTED")))).isTrue();
        // the arrest lies outside the gold sentence: not scored here
        assertThat(s.overall()).isEqualTo(new EventPrecisionScorer.Counts(1, 2, 1));
        assertThat(s.perType().get("ASSAULT")).isEqualTo(new EventPrecisionScorer.Counts(0, 1, 0));
        assertThat(s.falsePositives()).containsExactly(new EventPrecisionScorer.Error("pol-01", "ASSAULT", "attacked", "asserted", false));
        assertThat(s.contextAgreed()).isEqualTo(1);
    }

    @Test
    void figurative_words_coded_as_events_are_counted_by_type() {
        Item item = new Item("pol-02", "politics/002.txt", "test", "Police arrested two men and the Tories went on the offensive.",
                List.of(new GoldEvent("COERCE", "arrested", "Police", "two men", "historical")), List.of("offensive"));
        EventPrecisionScorer s = new EventPrecisionScorer();
        s.add(item, TEXT, List.of(coded("ASSAULT", "offensive", "ASSERTED"), coded("COERCE", "arrested", "FUTURE")));
        assertThat(s.figurativeAssault()).isEqualTo(1);
        assertThat(s.figurativeCoded()).containsExactly(java.util.Map.entry("ASSAULT", 1));
        assertThat(s.overall().precision()).isEqualTo(0.5);
        assertThat(s.overall().recall()).isEqualTo(1.0);
        assertThat(s.contextAgreed()).isZero();
        assertThat(s.contextCompared()).isEqualTo(1);
    }

    @Test
    void each_gold_event_matches_once_and_trigger_overlap_comes_first() {
        Item item = new Item("pol-03", "politics/003.txt", "dev", "The Tories attacked the plan.",
                List.of(new GoldEvent("ACCUSE", "attacked", null, null, "asserted")), List.of());
        EventPrecisionScorer s = new EventPrecisionScorer();
        // the event on "Tories" comes first but the one on the gold trigger takes the gold event
        s.add(item, TEXT, List.of(coded("ACCUSE", "Tories", "ASSERTED"), coded("ACCUSE", "attacked", "ASSERTED")));
        assertThat(s.overall()).isEqualTo(new EventPrecisionScorer.Counts(1, 2, 1));
        assertThat(s.falsePositives()).extracting(EventPrecisionScorer.Error::trigger).containsExactly("Tories");
    }

    @Test
    void a_sentence_missing_from_the_text_is_reported_and_not_scored() {
        Item item = new Item("bus-01", "business/001.txt", "dev", "Shares fell sharply.",
                List.of(new GoldEvent("ACCUSE", "fell", null, null, "asserted")), List.of());
        EventPrecisionScorer s = new EventPrecisionScorer();
        assertThat(s.add(item, TEXT, List.of())).isFalse();
        assertThat(s.notFound()).containsExactly("bus-01");
        assertThat(s.overall()).isEqualTo(new EventPrecisionScorer.Counts(0, 0, 0));
        assertThat(s.misses()).isEmpty();
    }

    @Test
    void locates_a_sentence_across_runs_of_white_space() {
        var at = EventPrecisionScorer.locate(TEXT, "The Tories attacked the plan.").orElseThrow();
        assertThat(TEXT.substring(at.start(), at.end())).isEqualTo("The Tories   attacked the plan.");
        assertThat(at.inSentence(TEXT.indexOf("attacked"))).isEqualTo("The Tories ".length());
    }
}
