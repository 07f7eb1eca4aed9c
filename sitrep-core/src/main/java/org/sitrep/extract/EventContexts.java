package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventContext;
import org.sitrep.model.Token;

/**
 * The factual status of an event mention, read from the words before its trigger: negated ("did not carry out
 * attacks", "averted strikes"), hypothetical ("if", "could"), future or wanted ("will", "asked Lebanon to declare a
 * ceasefire", "efforts for a ceasefire"), else asserted.
 */
final class EventContexts {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "without", "neither", "nor");
    private static final Set<String> NEGATING_VERBS = Set.of("fail", "refrain", "deny", "avoid", "stop", "cease", "avert",
            "prevent", "thwart", "foil", "repel", "halt");
    private static final Set<String> HYPOTHETICAL = Set.of("if", "could", "would", "might", "may", "should", "must", "unless", "whether");
    /** Infinitives after these verbs report what happened ("decided to suspend"); after others, what is wanted or planned. */
    private static final Set<String> FACTUAL_BEFORE_TO = Set.of("decide", "manage", "begin", "start", "happen", "use", "continue");
    /** What is sought is not yet done: "seeking a ceasefire", "efforts for a ceasefire", "pushing for a truce". */
    private static final Set<String> WANTING = Set.of("seek", "want", "demand", "request", "propose", "urge", "call", "push",
            "press", "need", "plan", "effort", "bid", "proposal", "hope", "campaign", "appeal", "work", "offer", "negotiate");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    /** Words that end the clause a trigger's context is read in. */
    static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "that", "which", "who", "after", "before", "because", "but", "while", "when", "where");

    private EventContexts() {}

    /**
     * Negated, hypothetical, future, or asserted, read from the words before the trigger in its clause. Negators, modals
     * and "will" reach only through the verb chain ("did not carry out attacks", not "... troops deployed"); a
     * conditional ("if", "unless") covers its whole clause.
     */
    static EventContext of(List<Token> s, int i) {
        boolean future = false;
        boolean inChain = true;
        boolean inPhrase = !s.get(i).isVerb(); // a noun trigger's own modifiers ("a 60-day ceasefire") come first
        EventContext found = null;
        for (int k = i - 1; k >= 0 && i - k <= 12; k--) {
            Token t = s.get(k);
            String l = Phrases.lower(t);
            if (inPhrase && !NEGATORS.contains(l) && t.pos().matches("DT|JJ.*|CD|NN.*|HYPH|PRP\\$|POS|,") && !t.text().equals(",")) {
                continue;
            }
            inPhrase = false;
            if (CLAUSE_MARKS.contains(l) && !l.equals("that")) {
                break;
            }
            if (Set.of("if", "unless", "whether").contains(l)) {
                return EventContext.HYPOTHETICAL;
            }
            if (!inChain || found != null) {
                continue;
            }
            if (i - k > 7) {
                inChain = false;
                continue;
            }
            if (NEGATING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) && k > 0 && s.get(k - 1).pos().equals("TO")) {
                found = EventContext.HYPOTHETICAL; // "to avert more strikes": strikes that might come, not strikes that did not
            } else if (NEGATORS.contains(l) || NEGATING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                found = EventContext.NEGATED;
            } else if ((t.pos().startsWith("NN") || t.pos().equals("PRP")) && !(k > 0 && s.get(k - 1).pos().equals("TO"))) {
                inChain = false; // "troops deployed": a noun closes the verb chain
            } else if (HYPOTHETICAL.contains(l)) {
                found = EventContext.HYPOTHETICAL;
            } else if (WANTING.contains(t.lemma().toLowerCase(Locale.ROOT)) && (t.isVerb() || t.pos().startsWith("NN"))
                    || l.equals("for") && k > 0 && WANTING.contains(s.get(k - 1).lemma().toLowerCase(Locale.ROOT))) {
                future = true;
            } else if (FUTURE.contains(l) || l.equals("expected") || l.equals("planned") || l.equals("scheduled")) {
                future = true;
            } else if (t.pos().equals("TO") && k > 0 && infinitiveReaches(s, k, i)) {
                // "asked Lebanon to declare a ceasefire", "the need to de-escalate": wanted, not done
                future |= !FACTUAL_BEFORE_TO.contains(s.get(k - 1).lemma().toLowerCase(Locale.ROOT));
            }
        }
        if (found != null) {
            return found;
        }
        // "had the calm been arranged": an inverted conditional at the clause start.
        if (i >= 2 && Phrases.lower(s.get(0)).equals("had")) {
            return EventContext.HYPOTHETICAL;
        }
        return future ? EventContext.FUTURE : EventContext.ASSERTED;
    }

    /** "to" at {@code to} governs the trigger at {@code i}: only the infinitive verb and the trigger's own phrase lie between. */
    private static boolean infinitiveReaches(List<Token> s, int to, int i) {
        if (to == i - 1) {
            return true;
        }
        if (!s.get(to + 1).pos().equals("VB")) {
            return false;
        }
        for (int k = to + 2; k < i; k++) {
            String p = s.get(k).pos();
            if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("RB") || p.equals("RP") || p.startsWith("NN") && k == i - 1 || p.equals("PRP$"))) {
                return false;
            }
        }
        return true;
    }
}
