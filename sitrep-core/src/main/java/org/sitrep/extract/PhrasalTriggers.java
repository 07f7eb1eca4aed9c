package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Phrasal verbs: "step down" (CONCEDE), "pull out" (RETREAT), "call for" (REQUEST). The lexicon lists them as verb rows
 * {@code lemma:particle}; a verb followed by a particle or preposition takes that row when there is one, before its
 * own. A day word may stand between the two ("called Thursday on Arabs to unite").
 */
final class PhrasalTriggers {

    private PhrasalTriggers() {}

    /** The coding of the phrasal verb the verb at {@code i} and the word after it make, if the lexicon lists one. */
    static Optional<EventLexicon.Coding> at(EventLexicon lexicon, List<Token> s, int i) {
        if (!s.get(i).isVerb() || i + 1 >= s.size()) {
            return Optional.empty();
        }
        int particle = i + 1;
        if ((lexicon.set("day-words").contains(Phrases.lower(s.get(particle))) || lexicon.set("manner-words").contains(Phrases.lower(s.get(particle)))) && particle + 1 < s.size()) {
            particle++;
        }
        if (!s.get(particle).pos().matches("RP|IN|RB")) {
            return Optional.empty();
        }
        return lexicon.verb(s.get(i).lemma().toLowerCase(Locale.ROOT) + ":" + Phrases.lower(s.get(particle)));
    }
}
