package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Means;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * How a violent event was done, from the lexicon's {@code means} words: the trigger itself ("shelling", "airstrike"),
 * a modifier before it ("an Israeli air strike", "a drone attack"), or its instrument after it ("with rockets", "by
 * artillery fire", "using drones").
 */
final class MeansFinder {
    private static final Set<String> INSTRUMENT = Set.of("with", "by", "using", "from");

    private MeansFinder() {}

    static Optional<Means> find(EventLexicon lexicon, String text, List<Token> s, int i) {
        Optional<Means> own = at(lexicon, text, s, i);
        if (own.isPresent()) {
            return own;
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String p = s.get(k).pos();
            if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("HYPH") || p.equals(":"))) {
                break;
            }
            Optional<Means> m = at(lexicon, text, s, k);
            if (m.isPresent()) {
                return m;
            }
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 8); k++) {
            if (INSTRUMENT.contains(Phrases.lower(s.get(k)))) {
                for (int j = k + 1; j < Math.min(s.size(), k + 5); j++) {
                    String p = s.get(j).pos();
                    if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("DT") || p.equals("CD") || p.equals("HYPH"))) {
                        break;
                    }
                    Optional<Means> m = at(lexicon, text, s, j);
                    if (m.isPresent()) {
                        return m;
                    }
                }
            }
            if (s.get(k).text().equals(".") || s.get(k).text().equals(";")) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Means> at(EventLexicon lexicon, String text, List<Token> s, int k) {
        Token t = s.get(k);
        Optional<String> kind = lexicon.means(Phrases.lower(t)).or(() -> lexicon.means(t.lemma().toLowerCase(Locale.ROOT)));
        return kind.map(x -> new Means(x, Span.of(text, t.start(), t.end())));
    }
}
