package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Threats: "threatened to strike", "vowed to continue their operations", "warned Hezbollah of retaliation". A verb of
 * the lexicon's {@code threat-verbs} set is a THREATEN event when it governs an infinitive or an "of" phrase whose
 * words are about force (a violent trigger, or a word of the {@code armed-context} or {@code threat-objects} sets); the
 * event the infinitive names is then THREATENED, not done. "Threaten" itself is always a threat; "warned that ..." is a
 * claim (the claims stage's), and "vowed to cooperate" a promise, so neither is a threat.
 */
final class ThreatConstruction {
    private ThreatConstruction() {}

    /** The token range [from, to) the threat verb at {@code i} governs, or null when it is no threat. */
    static int[] scope(EventLexicon lexicon, List<Token> s, int i) {
        String lemma = s.get(i).lemma().toLowerCase(Locale.ROOT);
        if (!lexicon.set("threat-verbs").contains(lemma)) {
            return null;
        }
        int k = i + 1;
        // "warned Hezbollah to stop", "threatened them with": skip a short object
        while (k < s.size() && k - i <= 4 && !Set.of("to", "of", "with", "that").contains(Phrases.lower(s.get(k)))
                && (s.get(k).pos().startsWith("NN") || s.get(k).pos().matches("DT|PRP|JJ.*|POS|PRP\\$"))) {
            k++;
        }
        if (k >= s.size()) {
            return lemma.equals("threaten") ? new int[] {i + 1, i + 1} : null;
        }
        String w = Phrases.lower(s.get(k));
        if (!(w.equals("to") || w.equals("of") || w.equals("with"))) {
            return lemma.equals("threaten") ? new int[] {i + 1, i + 1} : null;
        }
        int end = k + 1;
        while (end < s.size() && end - k <= 10 && !EventContexts.CLAUSE_MARKS.contains(Phrases.lower(s.get(end)))) {
            end++;
        }
        if (lemma.equals("threaten")) {
            return new int[] {k + 1, end};
        }
        Set<String> forceWords = lexicon.set("threat-objects");
        Set<String> armed = lexicon.set("armed-context");
        Set<String> cooperative = lexicon.set("intent-types");
        boolean force = false;
        for (int j = k + 1; j < end; j++) {
            Token t = s.get(j);
            String l = t.lemma().toLowerCase(Locale.ROOT);
            boolean violent = lexicon.verb(l).filter(c -> c.type().equals("ASSAULT")).isPresent() && t.isVerb()
                    || lexicon.noun(l).filter(c -> c.type().equals("ASSAULT")).isPresent() && t.pos().startsWith("NN");
            if (violent || forceWords.contains(l)) {
                return new int[] {k + 1, end};
            }
            boolean helps = (t.isVerb() ? lexicon.verb(l) : t.pos().startsWith("NN") ? lexicon.noun(l) : java.util.Optional.<EventLexicon.Coding>empty())
                    .filter(c -> cooperative.contains(c.type().toLowerCase(Locale.ROOT))).isPresent();
            if (helps) {
                return null; // "promised to continue military aid": a promise of help, though the help is military
            }
            force |= armed.contains(Phrases.lower(t));
        }
        return force ? new int[] {k + 1, end} : null;
    }
}
