package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Means;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * How a violent event was done, from the lexicon's {@code means} words, tried in this order: the trigger itself
 * ("shelling", "airstrike"); for a noun, a modifier before it ("an Israeli air strike", "a drone attack"); for a verb,
 * its subject, the first means word written winning ("Israeli warplanes and artillery struck" is an air strike); the
 * instrument after it ("with rockets", "by artillery fire", "using drones"), a verb joined to an earlier one by "and"
 * sharing that one's subject ("airplanes struck and killed"); and the object of a verb of the lexicon's
 * {@code means-verbs} set ("fired mortar shells", "launched missiles"), whose object is the weapon, not the target.
 */
final class MeansFinder {
    private static final Set<String> INSTRUMENT = Set.of("with", "by", "using", "from");
    /** How far past an instrument preposition the weapon may be named ("with al - Yasin anti - tank shells"). */
    private static final int INSTRUMENT_REACH = 8;
    /** How far after the trigger, within its clause, the instrument may follow ("attacked a tank west of X, in the Y area with ..."). */
    private static final int INSTRUMENT_SEARCH = 30;

    private MeansFinder() {}

    static Optional<Means> find(EventLexicon lexicon, String text, List<Token> s, int i) {
        Optional<Means> own = at(lexicon, text, s, i);
        if (own.isPresent()) {
            return own;
        }
        Optional<Means> before = s.get(i).isVerb() ? inSubject(lexicon, text, s, i) : inModifiers(lexicon, text, s, i);
        if (before.isPresent()) {
            return before;
        }
        for (int k = i + 1; k < Math.min(s.size(), i + INSTRUMENT_SEARCH); k++) {
            if (INSTRUMENT.contains(Phrases.lower(s.get(k)))) {
                Optional<Means> m = inPhrase(lexicon, text, s, k + 1);
                if (m.isPresent()) {
                    return m;
                }
            }
            String p = s.get(k).pos();
            if (s.get(k).text().equals(".") || s.get(k).text().equals(";") || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
                break; // the clause of another finite verb has its own instrument
            }
        }
        if (s.get(i).isVerb() && lexicon.set("means-verbs").contains(s.get(i).lemma().toLowerCase(Locale.ROOT))) {
            return inPhrase(lexicon, text, s, i + 1);
        }
        return Optional.empty();
    }

    /** "an Israeli air strike": the nouns and adjectives right before a noun trigger. */
    private static Optional<Means> inModifiers(EventLexicon lexicon, String text, List<Token> s, int i) {
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
        return Optional.empty();
    }

    /** The first means word of the verb's subject ("Israeli military airplanes struck"). */
    private static Optional<Means> inSubject(EventLexicon lexicon, String text, List<Token> s, int i) {
        Phrases.Range subject = Phrases.subjectBefore(s, i);
        if (subject.isEmpty()) {
            int first = coordinatedVerbBefore(s, i);
            return first < 0 ? Optional.empty() : inSubject(lexicon, text, s, first); // "airplanes struck and killed"
        }
        int from = subject.from();
        while (from > 0 && i - from < 10 && isPhraseWord(s.get(from - 1))) {
            from--; // "Israeli warplanes and artillery": the coordinated nouns before the head phrase
        }
        for (int k = from; k < subject.to(); k++) {
            Optional<Means> m = at(lexicon, text, s, k);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** The verb {@code i} is coordinated with ("struck and killed", "shot and executed"), or -1. */
    private static int coordinatedVerbBefore(List<Token> s, int i) {
        int k = i - 1;
        if (k >= 1 && s.get(k).pos().equals("CC") && s.get(k - 1).isVerb()) {
            return k - 1;
        }
        return -1;
    }

    private static boolean isPhraseWord(Token t) {
        String p = t.pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("CC") || p.equals("DT") || p.equals("HYPH") || p.equals(",");
    }

    /** The first means word of the noun phrase starting at {@code from}. */
    private static Optional<Means> inPhrase(EventLexicon lexicon, String text, List<Token> s, int from) {
        for (int j = from; j < Math.min(s.size(), from + INSTRUMENT_REACH); j++) {
            Token t = s.get(j);
            String p = t.pos();
            boolean of = p.equals("IN") && Phrases.lower(t).equals("of"); // "dozens of rockets"
            if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("DT") || p.equals("CD") || p.equals("HYPH") || p.equals(":") || of)) {
                break;
            }
            Optional<Means> m = at(lexicon, text, s, j);
            if (m.isPresent()) {
                return m;
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
