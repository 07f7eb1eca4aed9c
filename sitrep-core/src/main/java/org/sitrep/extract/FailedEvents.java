package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Token;

/**
 * Plans that came to nothing: "was expected to visit Washington ..., but the plans fell through", "the talks were
 * called off", "a failed attempt to storm". The lexicon's {@code failure} set holds the verb lemmas (with a particle
 * after a colon: {@code fall:through}, {@code call:off}); a planned event in the same sentence before the failure, or
 * the event the failure verb's subject names, did not happen.
 */
final class FailedEvents {
    private FailedEvents() {}

    /** The index of the first failure verb in {@code s}, or -1. */
    static int failureAt(EventLexicon lexicon, List<Token> s) {
        for (int k = 0; k < s.size(); k++) {
            Token t = s.get(k);
            if (!t.isVerb() && !t.pos().startsWith("JJ")) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (lexicon.set("failure").contains(lemma)) {
                return k;
            }
            if (k + 1 < s.size() && lexicon.set("failure").contains(lemma + ":" + Phrases.lower(s.get(k + 1)))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the failure at {@code failure} undoes the event triggered at {@code trigger}, planned ({@code planned}) or not. */
    static boolean undoes(List<Token> s, int failure, int trigger, boolean planned) {
        if (failure < 0) {
            return false;
        }
        if (planned && trigger < failure) {
            return true;
        }
        // "the visit was called off", "a failed attempt to storm": the trigger is the failure's subject or object
        Phrases.Range subject = Phrases.subjectBefore(s, failure);
        if (!subject.isEmpty() && trigger >= subject.from() && trigger < subject.to()) {
            return true;
        }
        return trigger > failure && trigger - failure <= 4 && s.get(failure).pos().startsWith("JJ");
    }
}
