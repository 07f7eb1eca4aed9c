package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Token;

/**
 * Intent to cooperate: "said it will support the resolution", "is willing to withdraw", "would meet the mediator".
 * CAMEO codes the announced cooperative act as an intent (03, AGREE), not as the act: a trigger of a type in the
 * lexicon's {@code intent-types} set with a word of its {@code intent} set ("will", "willing", "ready") in its verb
 * chain is an AGREE event.
 */
final class IntentConstruction {
    private IntentConstruction() {}

    /** True when the trigger at {@code i}, coded {@code type}, is announced rather than done. */
    static boolean holds(EventLexicon lexicon, List<Token> s, int i, String type) {
        if (!s.get(i).isVerb() || !lexicon.set("intent-types").contains(type.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            Token t = s.get(k);
            String l = Phrases.lower(t);
            if (lexicon.set("intent").contains(l)) {
                return true;
            }
            // only the verb chain: "will", "be willing to", "will soon", "would not" (negation is read elsewhere)
            if (!(t.pos().matches("MD|RB|TO|VB.?|JJ") || l.equals("to"))) {
                return false;
            }
        }
        return false;
    }
}
