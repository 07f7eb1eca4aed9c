package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventContext;
import org.sitrep.model.Token;

/**
 * What a request, a refusal or a promise is about is no event: "rejected a US offer to host a summit", "dismissed an
 * appeal", "refused to deploy peacekeepers", "demanded that its partners refuse", "promised to continue military aid",
 * "will support a resolution that aims to impose a blockade". A verb trigger of a type in the lexicon's
 * {@code content-types} set governs the words after it up to the end of its clause, a noun trigger the words after its
 * "to", "that", "for" or "of" (a day word may stand between: "its demand today that"); triggers there are its content.
 * A threat's condition is what it demands, no event either: "will boycott the elections unless the president agrees to
 * step down" (the words after a {@code threat-conditions} word to the end of the clause).
 */
final class ContentScope {

    private ContentScope() {}

    /** The token range [from, to) the trigger at {@code i}, coded {@code type}, governs; null when it governs none. */
    static int[] of(EventLexicon lexicon, List<Token> s, int i, String type) {
        if (type.equals("THREATEN")) {
            return condition(lexicon, s, i);
        }
        if (!lexicon.set("content-types").contains(type.toLowerCase(Locale.ROOT))) {
            return purpose(lexicon, s, i);
        }
        int next = i + 1;
        if (!s.get(i).isVerb() && next + 1 < s.size() && lexicon.set("day-words").contains(Phrases.lower(s.get(next)))) {
            next++;
        }
        // a noun governs only what it introduces: "refusal to accept", "its demand that Israel ease restrictions"
        if (!s.get(i).isVerb() && !(next < s.size() && Set.of("to", "that", "for", "of").contains(Phrases.lower(s.get(next))))) {
            return null;
        }
        if (type.equals("REJECT") && next < s.size() && Phrases.lower(s.get(next)).equals("that")) {
            return null; // "denied that its forces had shelled the village": a claim, whose event the claim holds
        }
        int end = clauseEnd(s, i);
        return end > i + 1 ? new int[] {i + 1, end} : null;
    }

    /**
     * The purpose of an act done, no event of its own: "resigned yesterday to allow elections", "a hunger strike to demand
     * the resignation". A "to" and a bare verb after the trigger's own words (its object, a day word), with no verb
     * between; "agreed to withdraw" and "willing to withdraw" are the act's content, read elsewhere, and "an offer to
     * host" (a noun of the lexicon's {@code to-nouns} set before the "to") what is offered.
     */
    static int[] purpose(EventLexicon lexicon, List<Token> s, int i) {
        if (EventContexts.of(s, i) != EventContext.ASSERTED) {
            return null; // "the need to de-escalate the situation to avert more strikes": the strikes stay, as a wish's
        }
        int end = clauseEnd(s, i);
        for (int k = i + 2; k + 1 < end; k++) {
            Token t = s.get(k);
            if (t.pos().equals("TO") && s.get(k + 1).pos().equals("VB")) {
                Token before = s.get(k - 1);
                boolean afterPhrase = before.pos().matches("NN.*|RB|RP|CD|PRP") || before.text().equals(")");
                afterPhrase &= !lexicon.set("to-nouns").contains(before.lemma().toLowerCase(Locale.ROOT));
                return afterPhrase ? new int[] {k + 1, clauseEnd(s, k)} : null;
            }
            if (t.isVerb() || Set.of("that", "which", "who", "after", "before", "because", "when", "where", "if", "unless").contains(Phrases.lower(t))) {
                return null;
            }
        }
        return null;
    }

    /** The condition of a threat at {@code i}: from its "unless" to the end of that clause, or null. */
    private static int[] condition(EventLexicon lexicon, List<Token> s, int i) {
        for (int k = i + 1; k < s.size() && k - i <= 15; k++) {
            String l = Phrases.lower(s.get(k));
            if (lexicon.set("threat-conditions").contains(l)) {
                int end = clauseEnd(s, k);
                return end > k + 1 ? new int[] {k + 1, end} : null;
            }
            if (l.equals(";") || l.equals(".")) {
                return null;
            }
        }
        return null;
    }

    /** Where the clause the word at {@code i} stands in ends: a comma, colon or semicolon, "saying", "while", "but", or "and" before a finite verb. */
    private static int clauseEnd(List<Token> s, int i) {
        int end = i + 1;
        while (end < s.size() && end - i <= 15) {
            Token t = s.get(end);
            String l = Phrases.lower(t);
            if (l.equals(",") || l.equals(";") || l.equals(":") || l.equals("saying") || l.equals("while") || l.equals("but")
                    || l.equals("and") && end + 1 < s.size() && s.get(end + 1).pos().matches("VBD|VBZ|VBP|MD")) {
                break;
            }
            end++;
        }
        return end;
    }
}
