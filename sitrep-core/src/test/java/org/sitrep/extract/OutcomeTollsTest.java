package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Casualties;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventContext;
import org.sitrep.model.Participant;
import org.sitrep.model.Span;

class OutcomeTollsTest {
    private static Event assault(Document d, String trigger, String source, Casualties c) {
        int at = d.text().indexOf(trigger);
        Span t = Span.of(d.text(), at, at + trigger.length());
        Span sentence = d.sentences().stream().map(x -> x.span()).filter(x -> x.contains(t)).findFirst().orElseThrow();
        Participant src = null;
        if (source != null) {
            int s = d.text().indexOf(source);
            src = new Participant(Span.of(d.text(), s, s + source.length()), null, null);
        }
        return new Event("ASSAULT", null, t, src, null, null, null, EventContext.ASSERTED, sentence, null).withCasualties(c);
    }

    @Test
    void the_next_sentence_reporting_the_dead_gives_the_attack_its_toll() {
        Document d = ClaimFixture.doc("airplanes/NNS struck/VBD a/DT house/NN . 10/CD persons/NNS were/VBD killed/VBN . ");
        List<Event> out = OutcomeTolls.apply(d, List.of(assault(d, "struck", "airplanes", null),
                assault(d, "killed", null, new Casualties(10, null, false, null))));
        assertEquals(10, out.get(0).casualties().killed());
    }

    @Test
    void a_next_sentence_with_an_attack_of_its_own_keeps_its_toll() {
        Document d = ClaimFixture.doc("airplanes/NNS struck/VBD a/DT house/NN . tanks/NNS shelled/VBD a/DT camp/NN ,/, killing/VBG 10/CD ./.");
        List<Event> out = OutcomeTolls.apply(d, List.of(assault(d, "struck", "airplanes", null), assault(d, "shelled", "tanks", null),
                assault(d, "killing", null, new Casualties(10, null, false, null))));
        assertNull(out.get(0).casualties());
    }
}
