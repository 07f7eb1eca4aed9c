package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
    private static final String TEXT = "He left last Friday for two weeks, every Monday.";
    //                                  0123456789012345678901234567890123456789012345678

    private static GoldTimex gold(String tid, int start, int end, String type, String value) {
        return new GoldTimex(tid, start, end, TEXT.substring(start, end), type, value, "");
    }

    private static final GoldTimex FRIDAY = gold("t1", 8, 19, "DATE", "1998-08-07");
    private static final GoldTimex WEEKS = gold("t2", 24, 33, "DURATION", "P2W");
    private static final GoldTimex MONDAY = gold("t3", 35, 47, "SET", "XXXX-WXX-1");

    @Test
    void aPerfectSystemScoresOneEverywhere() {
        TimexScorer s = new TimexScorer();
        s.add("d", TEXT, List.of(FRIDAY, WEEKS, MONDAY), List.of(FRIDAY.asFound(), WEEKS.asFound(), MONDAY.asFound()));
        assertEquals(1.0, s.strict().f1());
        assertEquals(1.0, s.relaxed().f1());
        assertEquals(1.0, s.typeAccuracy());
        assertEquals(1.0, s.value().f1());
        assertTrue(s.errors().isEmpty());
    }

    @Test
    void anOverlappingExtentIsRelaxedButNotStrict() {
        TimexScorer s = new TimexScorer();
        // "Friday" only (13..19) against gold "last Friday"; same value
        s.add("d", TEXT, List.of(FRIDAY), List.of(new FoundTimex(13, 19, "DATE", "1998-08-07")));
        assertEquals(new Score(0, 1, 1), s.strict());
        assertEquals(new Score(1, 1, 1), s.relaxed());
        assertEquals(new Score(1, 1, 1), s.value());
        assertEquals("Friday", s.errors().get(0).foundText());
    }

    @Test
    void valueFOneCountsOverFoundAndGold() {
        TimexScorer s = new TimexScorer();
        // right value for Friday, wrong value for the weeks, Monday missed, one spurious "He"
        s.add("d", TEXT, List.of(FRIDAY, WEEKS, MONDAY), List.of(new FoundTimex(8, 19, "DATE", "1998-08-07"),
                new FoundTimex(24, 33, "DURATION", "P14D"), new FoundTimex(0, 2, "DATE", "PRESENT_REF")));
        assertEquals(new Score(2, 3, 3), s.strict());
        assertEquals(new Score(1, 3, 3), s.value());
        assertEquals(1.0 / 3, s.value().f1(), 1e-9);
        assertEquals(0.5, s.valueAccuracy());
    }

    @Test
    void typeAccuracyIsOverRelaxedMatchesAndTypeFOneOverAll() {
        TimexScorer s = new TimexScorer();
        s.add("d", TEXT, List.of(FRIDAY, WEEKS, MONDAY), List.of(new FoundTimex(8, 19, "DATE", "x"), new FoundTimex(24, 33, "DATE", "P2W")));
        assertEquals(0.5, s.typeAccuracy());
        assertEquals(new Score(1, 2, 3), s.type());
    }

    @Test
    void valuesAndTypesAreComparedTrimmedAndUpperCased() {
        TimexScorer s = new TimexScorer();
        s.add("d", TEXT, List.of(WEEKS), List.of(new FoundTimex(24, 33, " duration", "p2w ")));
        assertEquals(new Score(1, 1, 1), s.value());
        assertEquals(1.0, s.typeAccuracy());
    }

    @Test
    void pairingIsOneToOneAndPrefersTheExactExtent() {
        TimexScorer s = new TimexScorer();
        // two found expressions overlap gold Friday; the exact one takes it, the other is spurious
        s.add("d", TEXT, List.of(FRIDAY), List.of(new FoundTimex(13, 19, "DATE", "1998-08-07"), new FoundTimex(8, 19, "DATE", "1998-08-07")));
        assertEquals(new Score(1, 2, 1), s.strict());
        assertEquals(new Score(1, 2, 1), s.relaxed());
        List<TimexScorer.Item> errors = s.errors();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).spurious());
        assertEquals("Friday", errors.get(0).foundText());
    }

    @Test
    void theLargestOverlapWinsWhenNoneIsExact() {
        // one found span "last Friday for two weeks" (8..33) overlaps both gold expressions; it pairs with the larger overlap
        List<TimexScorer.Pair> pairs = TimexScorer.match(List.of(FRIDAY, WEEKS), List.of(new FoundTimex(8, 33, "DATE", "")));
        assertEquals(List.of(new TimexScorer.Pair(0, 0)), pairs);
        List<TimexScorer.Pair> later = TimexScorer.match(List.of(FRIDAY, WEEKS), List.of(new FoundTimex(17, 33, "DATE", "")));
        assertEquals(List.of(new TimexScorer.Pair(1, 0)), later);
    }

    @Test
    void missedAndSpuriousAreListedInTextOrder() {
        TimexScorer s = new TimexScorer();
        s.add("d", TEXT, List.of(MONDAY), List.of(new FoundTimex(0, 2, "DATE", "PRESENT_REF")));
        List<TimexScorer.Item> errors = s.errors();
        assertTrue(errors.get(0).spurious());
        assertTrue(errors.get(1).missed());
        assertEquals(new Score(0, 1, 1), s.relaxed());
    }

    @Test
    void aNullListIsRefusedByName() {
        TimexScorer s = new TimexScorer();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.add("d", TEXT, List.of(), null));
        assertEquals("The parameter 'foundTimexes' must not be null.", e.getMessage());
    }
}
