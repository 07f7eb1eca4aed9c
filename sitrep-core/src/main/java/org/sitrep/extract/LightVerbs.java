package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Token;

/**
 * Light-verb triggers: a verb whose bare noun object carries the meaning ("opened fire", "set fire to", "exchanged
 * fire"). The lexicon lists them as verb rows {@code lemma:noun}, the form of phrasal verbs; the verb takes that row
 * when the next word is that noun with no determiner, before its own.
 */
final class LightVerbs {
    private LightVerbs() {}

    /** The coding of the light-verb phrase the verb at {@code i} and the noun after it make, if the lexicon lists one. */
    static Optional<EventLexicon.Coding> at(EventLexicon lexicon, List<Token> s, int i) {
        if (!s.get(i).isVerb() || i + 1 >= s.size() || !s.get(i + 1).pos().equals("NN")) {
            return Optional.empty();
        }
        return lexicon.verb(s.get(i).lemma().toLowerCase(Locale.ROOT) + ":" + Phrases.lower(s.get(i + 1)));
    }
}
