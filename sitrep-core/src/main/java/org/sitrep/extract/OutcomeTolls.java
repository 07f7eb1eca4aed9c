package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Casualties;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;

/**
 * The toll a sentence reports right after an attack is that attack's: "Israeli airplanes struck a house. 10 persons
 * were killed." An act of violence done by someone (a source or a means) whose own sentence counts no dead takes the
 * count of the next sentence when that sentence only reports harm (its violent events have no one doing them).
 */
final class OutcomeTolls {
    private OutcomeTolls() {}

    /** {@code events} with each attack given the toll of the outcome sentence after its own. */
    static List<Event> apply(Document doc, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        List<Sentence> sentences = doc.sentences();
        for (int k = 0; k < out.size(); k++) {
            Event e = out.get(k);
            if (!e.type().equals("ASSAULT") || e.source() == null && e.means() == null
                    || e.casualties() != null && e.casualties().killed() != null) {
                continue;
            }
            int next = nextSentence(sentences, e.sentence().end());
            if (next < 0 || !onlyOutcomes(events, sentences.get(next))) {
                continue;
            }
            Optional<Casualties> toll = CasualtyCounts.find(doc.text(), doc.tokens(sentences.get(next)));
            if (toll.isPresent() && toll.get().killed() != null) {
                Casualties own = e.casualties();
                Casualties t = toll.get();
                out.set(k, e.withCasualties(new Casualties(t.killed(), own != null && own.injured() != null ? own.injured() : t.injured(),
                        t.atLeast(), t.span())));
            }
        }
        return out;
    }

    private static int nextSentence(List<Sentence> sentences, int end) {
        for (int k = 0; k < sentences.size(); k++) {
            if (sentences.get(k).span().start() >= end) {
                return k;
            }
        }
        return -1;
    }

    /** The sentence has a violent event and every event in it is violence with no one named doing it. */
    private static boolean onlyOutcomes(List<Event> events, Sentence sentence) {
        boolean any = false;
        for (Event o : events) {
            if (sentence.span().contains(o.trigger())) {
                if (!o.type().equals("ASSAULT") || o.source() != null) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
