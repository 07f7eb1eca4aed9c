package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventDate;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;
import org.sitrep.model.Token;

/** Threats, failed plans, event dates and the title's event types, on tiny token fixtures. */
class EventStatusesTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();



    @Test
    void vowing_to_continue_operations_is_a_threat_vowing_to_cooperate_is_not() {
        List<Token> s = TaggedTokens.of("They/PRP vowed/VBD/vow to/TO continue/VB their/PRP$ operations/NNS/operation ,/, saying/VBG/say");
        int[] scope = ThreatConstruction.scope(LEXICON, s, TaggedTokens.indexOf(s, "vowed"));
        assertThat(scope).isNotNull();
        assertTrue(TaggedTokens.indexOf(s, "operations") >= scope[0] && TaggedTokens.indexOf(s, "operations") < scope[1]);
        List<Token> t = TaggedTokens.of("They/PRP vowed/VBD/vow to/TO cooperate/VB with/IN the/DT inquiry/NN");
        assertNull(ThreatConstruction.scope(LEXICON, t, TaggedTokens.indexOf(t, "vowed")));
        List<Token> w = TaggedTokens.of("He/PRP warned/VBD/warn that/IN prices/NNS would/MD rise/VB");
        assertNull(ThreatConstruction.scope(LEXICON, w, TaggedTokens.indexOf(w, "warned")), "a warning that ... is a claim");
        List<Token> h = TaggedTokens.of("Iran/NNP threatened/VBD/threaten retaliation/NN");
        assertThat(ThreatConstruction.scope(LEXICON, h, TaggedTokens.indexOf(h, "threatened"))).isNotNull();
    }

    @Test
    void plans_that_fell_through_undo_the_planned_visit_before_them() {
        List<Token> s = TaggedTokens.of("He/PRP was/VBD/be expected/VBN/expect to/TO visit/VB Washington/NNP ,/, but/CC the/DT plans/NNS/plan fell/VBD/fall through/RP");
        int failure = FailedEvents.failureAt(LEXICON, s);
        assertEquals(TaggedTokens.indexOf(s, "fell"), failure);
        assertTrue(FailedEvents.undoes(s, failure, TaggedTokens.indexOf(s, "visit"), true));
        assertFalse(FailedEvents.undoes(s, failure, TaggedTokens.indexOf(s, "visit"), false), "an asserted event before it stands");
        List<Token> ok = TaggedTokens.of("The/DT minister/NN fell/VBD/fall ill/JJ");
        assertEquals(-1, FailedEvents.failureAt(LEXICON, ok));
        List<Token> off = TaggedTokens.of("The/DT visit/NN was/VBD/be called/VBN/call off/RP");
        assertTrue(FailedEvents.undoes(off, FailedEvents.failureAt(LEXICON, off), TaggedTokens.indexOf(off, "visit"), false));
    }

    @Test
    void an_event_date_keeps_the_precision_of_its_value() {
        TimeRef t = new TimeRef(Span.of("in September 2023", 3, 17), "DATE", "2023-09");
        EventDate month = EventDates.parse("2023-09", t);
        assertEquals(EventDate.Precision.MONTH, month.precision());
        assertEquals("2023-09-01", month.day().toString());
        assertEquals("sentence", month.basis());
        EventDate week = EventDates.parse("2024-W41", t);
        assertEquals(EventDate.Precision.WEEK, week.precision());
        assertEquals("2024-10-07", week.day().toString(), "the week's Monday");
        assertEquals(EventDate.Precision.DAY, EventDates.parse("2024-09-27", t).precision());
        assertEquals(EventDate.Precision.YEAR, EventDates.parse("2006", t).precision());
        assertNull(EventDates.parse("PRESENT_REF", t));
        assertNull(EventDates.parse("2024-02-31", t), "no such day");
    }

    @Test
    void the_titles_event_types_in_title_order() {
        assertEquals(List.of("REJECT", "REQUEST", "RETREAT"),
                MainEvent.titleTypes(LEXICON, "Lebanese PM's Office Denies US Asked Lebanon to Declare Unilateral Ceasefire with Israel"));
        assertThat(MainEvent.titleTypes(LEXICON, "Undeclared Truce in Iraq Allows Sudani to Mend Ties with Washington")).first().isEqualTo("RETREAT");
        assertEquals(List.of(), MainEvent.titleTypes(LEXICON, null));
    }
}
