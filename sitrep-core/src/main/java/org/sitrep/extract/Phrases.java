package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Finds noun phrases around a verb from part-of-speech tags alone (no parser: see docs/architecture.md for why).
 * Token ranges are [from, to) indexes into one sentence's token list.
 */
final class Phrases {
    /** A token range [from, to); empty when from == to. */
    record Range(int from, int to) {
        boolean isEmpty() {
            return from >= to;
        }
    }

    static final Range NONE = new Range(0, 0);
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "in", "from", "at", "for", "near", "to", "close");
    private static final Set<String> SKIPPABLE = Set.of("also", "however", "reportedly", "previously", "later", "earlier",
            "again", "still", "now", "repeatedly", "openly", "both", "publicly", "immediately", "allegedly", "already",
            "never", "not", "n't", "even", "then", "further", "today", "yesterday", "week", "friday", "monday", "tuesday",
            "wednesday", "thursday", "saturday", "sunday", "this", "last", "on", "apparently", "strongly", "firmly");
    private static final Set<String> CONTINUATIVES = Set.of("continue", "keep", "go", "begin", "start", "appear", "seem", "decide", "try", "want",
            "expect", "plan", "schedule", "intend", "willing", "ready", "prepared", "prepare");

    private Phrases() {}

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    static boolean isAuxiliary(Token t) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        return t.pos().equals("MD") || (t.isVerb() && (l.equals("have") || l.equals("be") || l.equals("do")));
    }

    /**
     * The subject of the verb at {@code verb}: steps back over auxiliaries, adverbs, short time phrases ("on Friday")
     * and catenatives ("continued to"), then takes the noun phrase before them. A relative pronoun ("which") hands over
     * to the phrase before its comma.
     */
    static Range subjectBefore(List<Token> s, int verb) {
        int j = verb - 1;
        while (j >= 0) {
            Token t = s.get(j);
            String l = lower(t);
            if (isAuxiliary(t) || t.pos().equals("RB") || SKIPPABLE.contains(l)) {
                j--;
            } else if ((t.text().equals(")") || t.pos().equals("-RRB-")) && j == verb - 1) {
                // "The International Labor Office (ILO) reiterated": the name before its abbreviation
                int open = j - 1;
                while (open > 0 && j - open <= 6 && !(s.get(open).text().equals("(") || s.get(open).pos().equals("-LRB-"))) {
                    open--;
                }
                if (open <= 0 || j - open > 6 || !(s.get(open).text().equals("(") || s.get(open).pos().equals("-LRB-"))) {
                    break;
                }
                j = open - 1;
            } else if (t.pos().equals("TO") && j > 0 && CONTINUATIVES.contains(s.get(j - 1).lemma().toLowerCase(Locale.ROOT))) {
                j -= 2;
            } else if (j == verb - 1 && s.get(verb).pos().equals("VBG") && t.isVerb() && CONTINUATIVES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                j--; // "began firing rockets": the subject of "began"
            } else {
                break;
            }
        }
        if (j >= 1 && isDash(s.get(j))) {
            // "Jason Sims — a teacher from Mount Pleasant — says": the subject stands before the first dash.
            for (int open = j - 1; open >= 1 && j - open <= 15; open--) {
                if (isDash(s.get(open))) {
                    Range before = nounPhraseEndingAt(s, open - 1);
                    if (!before.isEmpty()) {
                        return before;
                    }
                    break;
                }
            }
        }
        if (j >= 1 && s.get(j).text().equals(",")) {
            // "Chris Cox, who runs the NRA's lobbying arm, says": skip a relative clause between commas.
            for (int open = j - 1; open >= 1 && j - open <= 25; open--) {
                if (s.get(open).text().equals(",")) {
                    if (open + 1 < j && s.get(open + 1).pos().matches("WP|WDT|WP\\$")) {
                        Range before = nounPhraseEndingAt(s, open - 1);
                        if (!before.isEmpty()) {
                            return before;
                        }
                    }
                    break;
                }
            }
            // "the Kataib Hezbollah, one of the most prominent factions, decided": skip the appositive.
            int open = j - 1;
            // an appositive noun phrase or a participle ("speaking on condition of anonymity") between two commas
            while (open >= 0 && j - open <= 12 && !s.get(open).text().equals(",")
                    && !(s.get(open).isVerb() && !s.get(open).pos().equals("VBG") && !s.get(open).pos().equals("VBN"))) {
                open--;
            }
            if (open >= 1 && s.get(open).text().equals(",") && open < j - 1) {
                Range before = nounPhraseEndingAt(s, open - 1);
                if (!before.isEmpty()) {
                    return before;
                }
            }
        }
        if (j >= 0 && (s.get(j).pos().equals("WDT") || s.get(j).pos().equals("WP"))) {
            int k = j - 1;
            if (k >= 0 && s.get(k).text().equals(",")) {
                k--;
            }
            return nounPhraseEndingAt(s, k);
        }
        return nounPhraseEndingAt(s, j);
    }

    static boolean isDash(Token t) {
        return t.text().equals("—") || t.text().equals("–") || t.text().equals("--");
    }

    /** The subject of the clause's first finite verb: "Wilson praised X and said ..." gives "Wilson" for "said". */
    static Range clauseSubject(List<Token> s, int before) {
        for (int v = 0; v < before; v++) {
            if (s.get(v).pos().matches("VBD|VBZ|VBP|MD")) {
                return subjectBefore(s, v);
            }
        }
        return NONE;
    }

    /** The noun phrase whose last token is {@code end}, reaching back over determiners, adjectives, "of"-phrases and "and". */
    static Range nounPhraseEndingAt(List<Token> s, int end) {
        if (end < 0 || !(s.get(end).isNoun() || s.get(end).pos().equals("POS"))) {
            return NONE;
        }
        int i = end;
        while (i - 1 >= 0 && isPhraseToken(s, i - 1)) {
            i--;
        }
        while (i <= end && !startsPhrase(s.get(i))) {
            i++;
        }
        return i > end ? NONE : new Range(i, end + 1);
    }

    private static boolean isPhraseToken(List<Token> s, int k) {
        Token t = s.get(k);
        String p = t.pos();
        String l = lower(t);
        if (p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD") || p.equals("PRP$") || p.equals("POS")) {
            return !(p.equals("DT") && (l.equals("that") || l.equals("which")));
        }
        if (p.equals("VBN") || p.equals("VBG")) {
            // "Other informed sources", not "kept Israeli forces": a participle inside a phrase follows a modifier.
            boolean inside = k > 0 && s.get(k - 1).pos().matches("DT|JJ.*|PRP\\$|CD|POS");
            return inside && k + 1 < s.size() && (s.get(k + 1).pos().startsWith("NN") || s.get(k + 1).pos().startsWith("JJ"));
        }
        if (p.equals("IN") || p.equals("TO")) {
            return NP_PREPOSITIONS.contains(l) && k > 0 && (s.get(k - 1).isNoun() || lower(s.get(k - 1)).equals("close"));
        }
        if (p.equals("RB") && l.equals("close")) {
            return true;
        }
        if (p.equals("CC") && l.equals("and")) {
            return k > 0 && s.get(k - 1).isNoun() && k + 1 < s.size() && !s.get(k + 1).isVerb();
        }
        return p.equals("HYPH") || t.text().equals("-") || p.equals("PRP") && k + 1 < s.size() && s.get(k + 1).pos().equals("POS");
    }

    private static boolean startsPhrase(Token t) {
        String p = t.pos();
        return !(p.equals("IN") || p.equals("TO") || p.equals("CC") || p.equals("POS") || p.equals("HYPH") || lower(t).equals("close"));
    }

    /** The noun phrase starting at {@code from}: determiners, adjectives and nouns, with "of"-phrases; stops at verbs and clause marks. */
    private static final Set<String> NAME_JOINTS = Set.of("of", "at", "for");
    private static final Set<String> TIME_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /**
     * Where a proper name starting at {@code from} ends: proper nouns, with a leading article and the possessives,
     * articles, hyphens and "of", "at" or "for" a name holds between them ("BBC Radio Four's the World at One", "the
     * Bank of England"; never a weekday or month: "Reuters on Monday" ends at Reuters); {@code from} when no name starts there.
     */
    static int nameEnd(List<Token> s, int from) {
        int end = from;
        for (int k = from; k < s.size(); k++) {
            Token t = s.get(k);
            Token next = k + 1 < s.size() ? s.get(k + 1) : null;
            boolean name = t.pos().startsWith("NNP") || t.pos().equals("CD") && end > from;
            boolean nextName = next != null && next.pos().startsWith("NNP");
            boolean joint = end > from && next != null && (nextName && (t.pos().equals("POS") || t.pos().equals("DT") || t.pos().equals("HYPH"))
                    || NAME_JOINTS.contains(lower(t)) && (nextName || next.pos().equals("CD")) && !TIME_NAMES.contains(lower(next)));
            boolean article = end == from && k == from && t.pos().equals("DT") && nextName;
            if (name) {
                end = k + 1;
            } else if (!joint && !article && !(t.pos().equals("POS") && end > from)) {
                break;
            }
        }
        return end;
    }

    static Range nounPhraseFrom(List<Token> s, int from) {
        int i = from;
        int lastNoun = -1;
        while (i < s.size()) {
            Token t = s.get(i);
            String p = t.pos();
            boolean np = p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD") || p.equals("PRP$")
                    || p.equals("PRP") || p.equals("POS") || p.equals("HYPH")
                    || (p.equals("VBN") || p.equals("VBG")) && i + 1 < s.size() && s.get(i + 1).pos().startsWith("NN");
            boolean of = p.equals("IN") && lower(t).equals("of") && (lastNoun >= 0
                    || i > from && Set.of("most", "some", "all", "many", "much", "several", "part", "each", "none").contains(lower(s.get(i - 1))));
            if (!(np || of)) {
                break;
            }
            if (p.equals("DT") && lower(t).equals("that") && i > from) {
                break;
            }
            if (t.isNoun()) {
                lastNoun = i;
            }
            if (p.equals("PRP") && i == from) {
                return new Range(from, from + 1);
            }
            i++;
        }
        return lastNoun < 0 ? NONE : new Range(from, lastNoun + 1);
    }

    /** The last noun of a phrase before any "of": the head ("a senior Lebanese political source" → "source"). */
    static Token head(List<Token> s, Range r) {
        Token head = null;
        for (int k = r.from(); k < r.to(); k++) {
            Token t = s.get(k);
            if (t.pos().equals("IN") && head != null) {
                break;
            }
            if (t.isNoun()) {
                head = t;
            }
        }
        return head;
    }
}
