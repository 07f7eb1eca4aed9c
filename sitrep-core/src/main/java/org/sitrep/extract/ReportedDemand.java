package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Reported demands: "the rebels announced that Kagame must agree to constitutional changes", "Straw said the government
 * and the rebels must reach an agreement". An act put with an obligation modal ("must", "should", "ought to", "has to")
 * in what a speaker says (a verb of the lexicon's {@code demand-speech} set before it) is the speaker's demand, CAMEO
 * 10 (REQUEST), made of the act's subject; not the act. "Agreed that their countries should cooperate" is no demand:
 * "agree" is no verb of speech.
 */
final class ReportedDemand {
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");

    private ReportedDemand() {}

    /**
     * The index of the verb of speech whose demand the trigger at {@code i}, coded {@code type}, is; -1 when it is
     * none.
     */
    static int speechVerb(EventLexicon lexicon, List<Token> s, int i, String type) {
        if (type.equals("REQUEST") || type.equals("THREATEN")) {
            return -1;
        }
        int verb = i;
        if (!s.get(i).isVerb()) {
            // "must reach an agreement": the noun's light verb
            verb = -1;
            for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
                if (s.get(k).isVerb()) {
                    verb = k;
                    break;
                }
                if (!s.get(k).pos().matches("DT|JJ.*|PRP\\$|NN.*|CD")) {
                    break;
                }
            }
            if (verb < 0) {
                return -1;
            }
        }
        int modal = -1;
        for (int k = verb - 1; k >= 0 && verb - k <= 4; k--) {
            Token t = s.get(k);
            String l = Phrases.lower(t);
            if (OBLIGATION.contains(l) || l.equals("to") && k > 0 && s.get(k - 1).lemma().equalsIgnoreCase("have") && k == verb - 1) {
                modal = k;
                break;
            }
            if (!t.pos().matches("MD|RB|TO|VB.?")) {
                break;
            }
        }
        if (modal < 0) {
            return -1;
        }
        Set<String> speech = lexicon.set("demand-speech");
        for (int k = modal - 1; k >= 0 && modal - k <= 25; k--) {
            Token t = s.get(k);
            String l = Phrases.lower(t);
            if (l.equals(";") || l.equals(":") || OBLIGATION.contains(l)) {
                return -1;
            }
            if (t.isVerb() && speech.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return -1;
    }
}
