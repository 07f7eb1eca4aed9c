package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Casualties;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The killed and injured an event's sentence counts: "killed at least 12 people", "killing two", "12 were killed",
 * "three dead", "two children among the dead", "wounding 30", "five people were injured". A count is a number near a
 * word of death or injury, in the trigger's sentence; "at least" and "more than" make it a lower bound. A count put
 * with a participle ("fatalities estimated at 12", "deaths put at 40") is read too. Later sentences may give the toll
 * of an event whose own sentence gives none ({@link #after}); there a period total ("4,000 deaths since October",
 * "deaths between 7 and 9 May") or a count denied ("12 fatalities not attributed to ...") is no event's toll, and a
 * count said to be "this event's" ("15 fatalities coded to this event", "in this attack") wins over any other.
 */
final class CasualtyCounts {
    private static final Set<String> DEATH = Set.of("kill", "killed", "killing", "dead", "die", "died", "death", "deaths", "fatality",
            "fatalities", "slain", "body", "bodies", "martyr", "martyrs", "massacre", "murder", "murdered");
    private static final Set<String> INJURY = Set.of("injure", "injured", "injuring", "injury", "injuries", "wound", "wounded", "wounding",
            "hurt", "casualty", "casualties");
    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100),
            Map.entry("dozen", 12), Map.entry("couple", 2));
    private static final int REACH = 6;

    /** Words after a count that make it a total over a period, not one event's. */
    private static final Set<String> PERIOD = Set.of("between", "since", "upto", "up", "so", "throughout", "during");
    /** Nouns that, after "this", name the event being reported. */
    private static final Set<String> THIS_EVENT = Set.of("event", "attack", "strike", "airstrike", "incident", "raid", "bombing", "shelling");

    /**
     * A death toll read from a sentence after the event's own.
     *
     * @param killed     the count
     * @param atLeast    a lower bound
     * @param attributed the sentence says the count is this event's
     */
    record Toll(int killed, boolean atLeast, boolean attributed, Span span) {}

    private CasualtyCounts() {}

    /**
     * The death toll the sentences starting at or after {@code offset} give: the first count said to be this event's,
     * else the first that is no period total nor denied; empty when none.
     */
    static Optional<Toll> after(Document doc, int offset) {
        Toll first = null;
        for (Sentence sentence : doc.sentences()) {
            if (sentence.span().start() < offset) {
                continue;
            }
            List<Token> s = doc.tokens(sentence);
            for (int k = 0; k < s.size(); k++) {
                String w = Phrases.lower(s.get(k));
                if (!DEATH.contains(w) && !DEATH.contains(s.get(k).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int[] n = numberNear(s, k);
                if (n == null) {
                    continue;
                }
                int end = Math.max(n[1], k);
                if (isPeriodOrDenied(s, end)) {
                    continue;
                }
                Span span = Span.of(doc.text(), s.get(Math.min(n[1], k)).start(), s.get(end).end());
                Toll toll = new Toll(n[0], lowerBound(s, n[1]), saysThisEvent(s, end), span);
                if (toll.attributed()) {
                    return Optional.of(toll);
                }
                if (first == null) {
                    first = toll;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /** "5087 fatalities upto 22 October", "479 fatalities not attributed": within the count's clause. */
    private static boolean isPeriodOrDenied(List<Token> s, int end) {
        for (int j = end + 1; j < Math.min(s.size(), end + 4); j++) {
            String l = Phrases.lower(s.get(j));
            if (l.equals(",") || l.equals(";")) {
                return false;
            }
            if (PERIOD.contains(l) || l.equals("not")) {
                return true;
            }
        }
        return false;
    }

    /** "coded to this event", "killed in this attack": "this" and an event noun within the count's clause. */
    private static boolean saysThisEvent(List<Token> s, int end) {
        for (int j = end + 1; j + 1 < Math.min(s.size(), end + 6); j++) {
            String l = Phrases.lower(s.get(j));
            if (l.equals(",") || l.equals(";")) {
                return false;
            }
            if (l.equals("this") && THIS_EVENT.contains(s.get(j + 1).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The counts stated in {@code s} (a death toll over a period or denied is none), or empty when it states none. */
    static Optional<Casualties> find(String text, List<Token> s) {
        Integer killed = null;
        Integer injured = null;
        boolean atLeast = false;
        Span span = null;
        for (int k = 0; k < s.size(); k++) {
            String w = Phrases.lower(s.get(k));
            String lemma = s.get(k).lemma().toLowerCase(Locale.ROOT);
            boolean death = DEATH.contains(w) || DEATH.contains(lemma);
            boolean injury = !death && (INJURY.contains(w) || INJURY.contains(lemma));
            if (!death && !injury) {
                continue;
            }
            int[] n = numberNear(s, k);
            if (n == null) {
                continue;
            }
            int from = Math.min(n[1], k);
            int to = Math.max(n[1], k);
            if (death && (isPeriodOrDenied(s, k) || isPeriodOrDenied(s, to))) {
                continue; // "400 militants were killed between 7-8 October": a total over days, not this event's toll
            }
            if (death && killed == null) {
                killed = n[0];
            } else if (injury && injured == null && !w.startsWith("casualt")) {
                injured = n[0];
            } else {
                continue;
            }
            atLeast |= lowerBound(s, n[1]);
            if (span == null) {
                span = Span.of(text, s.get(from).start(), s.get(to).end());
            }
        }
        return killed == null && injured == null ? Optional.empty() : Optional.of(new Casualties(killed, injured, atLeast, span));
    }

    /** {value, token index} of the count nearest the casualty word at {@code k}, after it first ("killing 12"), or null. */
    private static int[] numberNear(List<Token> s, int k) {
        for (int j = k + 1; j < Math.min(s.size(), k + 4); j++) {
            Integer v = number(s.get(j));
            if (v != null) {
                return new int[] {v, j};
            }
            if (j == k + 1 && s.get(j).pos().equals("VBN") && j + 1 < s.size()) {
                // "fatalities estimated at 12", "deaths put at 40", "fatalities coded as 12"
                int n = Set.of("as", "at").contains(Phrases.lower(s.get(j + 1))) ? j + 2 : j + 1;
                Integer counted = n < s.size() ? number(s.get(n)) : null;
                if (counted != null) {
                    return new int[] {counted, n};
                }
            }
            if (s.get(j).isVerb() || s.get(j).text().equals(",") || s.get(j).pos().equals("CC")) {
                break; // "three were killed and 12 injured": the 12 is the other count's
            }
        }
        for (int j = k - 1; j >= Math.max(0, k - REACH); j--) {
            Integer v = number(s.get(j));
            if (v != null) {
                return new int[] {v, j};
            }
            if (s.get(j).text().equals(",") || s.get(j).text().equals(";")) {
                break;
            }
        }
        return null;
    }

    static Integer number(Token t) {
        String w = Phrases.lower(t).replace(",", "");
        if (w.matches("\\d{1,6}")) {
            return Integer.parseInt(w);
        }
        if (t.pos().equals("CD") || t.pos().equals("DT") && !w.equals("a") && !w.equals("an")) {
            return NUMBER_WORDS.get(w);
        }
        return null;
    }

    private static boolean lowerBound(List<Token> s, int n) {
        if (n >= 2) {
            String a = Phrases.lower(s.get(n - 2));
            String b = Phrases.lower(s.get(n - 1));
            return a.equals("at") && b.equals("least") || b.equals("than") && (a.equals("more") || a.equals("over")) || b.equals("over");
        }
        return n >= 1 && Set.of("over", "nearly", "almost").contains(Phrases.lower(s.get(n - 1)));
    }
}
