package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

/**
 * Visits told without the word "visit": "Hochstein was in Israel on Thursday", "the envoy arrived in Beirut", "they did
 * not continue on to Lebanon". A verb of the lexicon's {@code travel-verbs} set (or "be"), followed by "in"/"to" (after
 * an optional particle: "continue on to") and a geocoded place, whose subject is a person, is a CONSULT visit to that
 * place. "Be in" counts only for a person the article gives a role (an envoy, a minister): a holidaymaker is no visit.
 */
final class VisitConstruction {
    private static final Set<String> TO = Set.of("to", "in", "into");

    private VisitConstruction() {}

    /** The index of the token where the visited place starts, or -1 when the verb at {@code i} tells no visit. */
    static int placeAfter(EventLexicon lexicon, Document doc, List<Token> s, int i) {
        Token t = s.get(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean be = lemma.equals("be");
        if (!t.isVerb() && !be || !(be || lexicon.set("travel-verbs").contains(lemma))) {
            return -1;
        }
        int k = i + 1;
        if (k < s.size() && (s.get(k).pos().equals("RP") || Phrases.lower(s.get(k)).equals("on") && !be)) {
            k++; // "continue on to", "flew back to"
        }
        if (k >= s.size() || !TO.contains(Phrases.lower(s.get(k))) || be && !Phrases.lower(s.get(k)).equals("in")) {
            return -1;
        }
        int place = k + 1;
        if (place < s.size() && s.get(place).pos().equals("DT")) {
            place++;
        }
        if (place >= s.size() || !isPlace(doc, s.get(place))) {
            return -1;
        }
        return place;
    }

    private static boolean isPlace(Document doc, Token t) {
        for (Mention m : doc.entities()) {
            if (m.span().start() == t.start() && m.place() != null && m.type() == EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }
}
