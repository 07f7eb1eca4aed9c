package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * What a request or a refusal is about is no event: "rejected a US offer to host a summit", "dismissed an appeal",
 * "refused to deploy peacekeepers", "demanded that its partners refuse". A verb trigger of a type in the lexicon's
 * {@code content-types} set governs the words after it up to the end of its clause, a noun trigger the words after its
 * "to", "that", "for" or "of"; triggers there are its content.
 */
final class ContentScope {
    private ContentScope() {}

    /** The token range [from, to) the trigger at {@code i}, coded {@code type}, governs; null when it governs none. */
    static int[] of(EventLexicon lexicon, List<Token> s, int i, String type) {
        if (!lexicon.set("content-types").contains(type.toLowerCase(Locale.ROOT))) {
            return null;
        }
        // a noun governs only what it introduces: "refusal to accept", "its demand that Israel ease restrictions"
        if (!s.get(i).isVerb() && !(i + 1 < s.size() && Set.of("to", "that", "for", "of").contains(Phrases.lower(s.get(i + 1))))) {
            return null;
        }
        if (type.equals("REJECT") && i + 1 < s.size() && Phrases.lower(s.get(i + 1)).equals("that")) {
            return null; // "denied that its forces had shelled the village": a claim, whose event the claim holds
        }
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
        return end > i + 1 ? new int[] {i + 1, end} : null;
    }
}
