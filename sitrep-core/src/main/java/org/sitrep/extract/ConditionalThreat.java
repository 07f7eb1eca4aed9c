package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Token;

/**
 * Ultimatums: "will boycott the elections unless the president steps down". A hostile act (a type of the lexicon's
 * {@code hostile-types} set) announced with "will"/"would" and made conditional by a word of the {@code threat-conditions}
 * set after it is a THREATEN event (CAMEO 13), not the act.
 */
final class ConditionalThreat {
    private ConditionalThreat() {}

    /** True when the trigger at {@code i}, coded {@code type}, is the content of a conditional threat. */
    static boolean holds(EventLexicon lexicon, List<Token> s, int i, String type) {
        if (!lexicon.set("hostile-types").contains(type.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean announced = false;
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            String l = Phrases.lower(s.get(k));
            if (l.equals("will") || l.equals("would") || l.equals("'ll")) {
                announced = true;
                break;
            }
            if (!s.get(k).pos().matches("MD|RB|TO|VB.?")) {
                break;
            }
        }
        if (!announced) {
            return false;
        }
        for (int k = i + 1; k < s.size() && k - i <= 15; k++) {
            String l = Phrases.lower(s.get(k));
            if (lexicon.set("threat-conditions").contains(l)) {
                return true;
            }
            if (l.equals(";")) {
                return false;
            }
        }
        return false;
    }
}
