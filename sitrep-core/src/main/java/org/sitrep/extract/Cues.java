package org.sitrep.extract;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.Stance;
import org.sitrep.model.Token;

/**
 * The claims stage's view of the claim lexicon ({@link ClaimCues}, data in {@code claim-cues.tsv}): reporting verbs
 * and the stance each gives its content, and the word sets the stage tests. The sets are live views of the lexicon in
 * use on the calling thread (the bundled one unless a user's file was merged, {@link ClaimCues#around}).
 */
final class Cues {
    /** Verbs that report speech only when their object is itself a statement ("rejected the claim", not "rejected the truce"). */
    static final Set<String> NEED_STATEMENT_OBJECT = view(ClaimCues::statementObjectCues);
    /** Cues whose source must be evidence or an inquiring body: a poll shows, a court finds. */
    static final Set<String> EVIDENCE_ONLY = view(ClaimCues::evidenceOnlyCues);
    /** Heads (lemmas) of evidence and inquiring bodies. */
    static final Set<String> EVIDENCE_HEADS = view(c -> c.nouns("evidence"));
    /** Cues that report speech only in one construction: "pointed out", "called X a liar", '"...," he continued.' */
    static final Set<String> CONSTRUCTION_ONLY = view(ClaimCues::constructionOnlyCues);
    /** Nouns (as written, lower case, with plurals) that name a statement: the object of "refuted the claim" is another claim. */
    static final Set<String> STATEMENT_NOUNS = view(ClaimCues::statementNouns);
    /** Heads (lemmas) that make an unnamed source anonymous. */
    static final Set<String> ANONYMOUS_HEADS = view(ClaimCues::anonymousHeads);
    /** Subject pronouns a source may be. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<String> COMPLEMENTISERS = Set.of("that", "whether", "if");

    private Cues() {}

    /** The stance a cue verb (lemma, lower case) gives its content, if it is a cue. */
    static Optional<Stance> stance(String lemma) {
        return ClaimCues.current().cue(lemma).map(ClaimCues.Cue::stance);
    }

    /** The cue a verb (lemma, lower case) is, with its class and flags. */
    static Optional<ClaimCues.Cue> cue(String lemma) {
        return ClaimCues.current().cue(lemma);
    }

    /** Whether a verb (lemma) reports only with a statement as object. */
    static boolean needsStatementObject(String lemma) {
        return NEED_STATEMENT_OBJECT.contains(lemma);
    }

    /** Whether a noun (as written, any case) names a statement. */
    static boolean isStatementNoun(String word) {
        return STATEMENT_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the verb at {@code i} can report its subject's words at all: not in the passive ("he was asked whether",
     * "was told that": the subject is the one addressed), and, for a verb that needs a statement as object, not with
     * a plain object ("rejected a compromise offer that could have ..."; an object followed by its own relative
     * clause is still an object, not the subject of a reported clause).
     */
    static boolean fits(List<Token> s, int i) {
        Token verb = s.get(i);
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        if (verb.pos().equals("VBN") && passive(s, i)) {
            return false;
        }
        Optional<ClaimCues.Cue> cue = cue(lemma);
        if (cue.isPresent() && cue.get().cueClass() == ClaimCues.CueClass.INTENTION && !lemma.equals("hope")) {
            return false; // "wants to leave", "plans to": an infinitive, which the claims stage does not read as content
        }
        if (!needsStatementObject(lemma)) {
            return true;
        }
        int k = i + 1;
        while (k < s.size() && (s.get(k).pos().equals("RB") || s.get(k).text().equals(","))) {
            k++;
        }
        if (k < s.size() && s.get(k).pos().equals("IN") && !COMPLEMENTISERS.contains(Phrases.lower(s.get(k)))) {
            // "agreed with politicians who have objected": a prepositional object, then a complement clause or nothing
            Phrases.Range pp = Phrases.nounPhraseFrom(s, k + 1);
            int after = pp.isEmpty() ? k + 1 : pp.to();
            return after < s.size() && (COMPLEMENTISERS.contains(Phrases.lower(s.get(after))) || s.get(after).text().equals(":")
                    || s.get(after).text().equals(",") || Quotations.isQuote(s.get(after)));
        }
        // "denied that ..." is a clause; "accepted that invitation" an object
        boolean demonstrative = k + 1 < s.size() && Phrases.lower(s.get(k)).equals("that") && s.get(k + 1).pos().matches("NNS?");
        if (k >= s.size() || Phrases.lower(s.get(k)).equals("that") && !demonstrative || !s.get(k).pos().matches("DT|JJ.*|NN.*|PRP\\$|CD")) {
            return true; // a clause, a quotation, "that", "whether": judged by the stage
        }
        Phrases.Range object = Phrases.nounPhraseFrom(s, k);
        if (object.isEmpty()) {
            return true;
        }
        Token head = Phrases.head(s, object);
        if (head != null && isStatementNoun(head.text())) {
            return true;
        }
        int after = object.to();
        if (after >= s.size()) {
            return false;
        }
        Token next = s.get(after);
        // "denied the US had asked": the phrase is the subject of the reported clause when a finite verb follows it.
        boolean finite = next.pos().matches("VBD|VBZ|VBP|MD") || Phrases.isAuxiliary(next) && !next.pos().equals("VBN");
        return finite;
    }

    /** Whether the verb at {@code i} is a passive participle ("was asked", "were told"). */
    static boolean passive(List<Token> s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token t = s.get(k);
            String l = t.lemma().toLowerCase(Locale.ROOT);
            if (l.equals("be") || l.equals("get")) {
                return true;
            }
            if (!(t.pos().equals("RB") || Phrases.lower(t).equals("not") || Phrases.lower(t).equals("n't"))) {
                return false;
            }
        }
        return false;
    }

    private static Set<String> view(Function<ClaimCues, Set<String>> set) {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return set.apply(ClaimCues.current()).contains(o);
            }

            @Override
            public Iterator<String> iterator() {
                return set.apply(ClaimCues.current()).iterator();
            }

            @Override
            public int size() {
                return set.apply(ClaimCues.current()).size();
            }
        };
    }
}
