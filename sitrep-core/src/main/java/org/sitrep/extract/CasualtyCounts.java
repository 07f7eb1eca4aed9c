package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Casualties;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The killed and injured an event's sentence counts: "killed at least 12 people", "killing two", "12 were killed",
 * "three dead", "two children among the dead", "wounding 30", "five people were injured". A count is a number near a
 * word of death or injury, in the trigger's sentence; "at least" and "more than" make it a lower bound.
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

    private CasualtyCounts() {}

    /** The counts stated in {@code s}, or empty when it states none. */
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
            if (s.get(j).isVerb() || s.get(j).text().equals(",")) {
                break;
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
