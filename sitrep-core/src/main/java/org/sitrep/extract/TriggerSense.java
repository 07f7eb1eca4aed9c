package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Picks the sense of a polysemous trigger from its object and sentence: politicians "attack plans" (ACCUSE), unions
 * go on "strike" (PROTEST), a government may "kill a bill" (REJECT), and candidates "fight a seat" (no event).
 */
final class TriggerSense {
    /** Things one attacks or kills only in words. */
    private static final Set<String> ABSTRACT = Set.of("plan", "pledge", "proposal", "policy", "move", "word", "remark",
            "comment", "claim", "record", "decision", "bill", "budget", "idea", "stance", "approach", "spending", "tax",
            "scheme", "strategy", "reform", "law", "legislation", "deal", "report", "statement", "speech", "manifesto",
            "lie", "attitude", "handling", "performance", "failure", "rhetoric", "view", "position", "motion", "amendment");
    private static final Set<String> NOT_AN_EVENT_WHEN_FOUGHT = Set.of("seat", "election", "campaign", "case", "corruption",
            "poverty", "crime", "fire", "cancer", "disease", "battle", "constituency", "way", "cause", "inflation");
    private static final Set<String> LABOUR = Set.of("union", "unions", "worker", "workers", "staff", "pay", "walkout",
            "industrial", "teachers", "nurses", "doctors", "drivers", "employees", "pickets", "picket", "wage", "wages", "pension", "pensions");
    private static final Set<String> ARMED = Set.of("air", "drone", "missile", "military", "retaliatory", "rocket", "artillery", "naval", "israeli", "american", "russian");

    /** "strike a deal" agrees; "strike a chord" is no event. */
    private static final Set<String> STRUCK_AGREEMENTS = Set.of("deal", "pact", "agreement", "accord", "bargain", "compromise");
    private static final Set<String> STRUCK_IDIOMS = Set.of("chord", "balance", "note", "tone", "pose", "match", "blow");
    /** What policies "target": aims, not victims. */
    private static final Set<String> AIMED_AT = Set.of("problem", "voter", "audience", "market", "sector", "issue", "area", "need", "saving", "cut");

    private TriggerSense() {}

    /** The coding this use of the trigger deserves, or empty when it is no event. */
    static Optional<EventLexicon.Coding> refine(EventLexicon.Coding coding, List<Token> s, int i, Phrases.Range object) {
        Token t = s.get(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String objectHead = object.isEmpty() ? null : headLemma(s, object);
        if (t.isVerb() && lemma.equals("strike") && objectHead != null) {
            if (STRUCK_AGREEMENTS.contains(objectHead)) {
                return Optional.of(new EventLexicon.Coding("AGREE", null));
            }
            if (STRUCK_IDIOMS.contains(objectHead)) {
                return Optional.empty();
            }
        }
        if (t.isVerb() && lemma.equals("target") && objectHead != null && (AIMED_AT.contains(objectHead) || ABSTRACT.contains(objectHead))) {
            return Optional.empty();
        }
        if (t.isVerb() && Set.of("attack", "hit", "slam", "blast").contains(lemma)
                && (objectHead != null && ABSTRACT.contains(objectHead) || followedByReporting(s, i) || verbalAttack(s, i, object))) {
            return Optional.of(new EventLexicon.Coding("ACCUSE", null));
        }
        if (t.isVerb() && lemma.equals("kill") && objectHead != null && ABSTRACT.contains(objectHead)) {
            return Optional.of(new EventLexicon.Coding("REJECT", null));
        }
        if (lemma.equals("fight") || lemma.equals("fighting")) {
            if (objectHead != null && NOT_AN_EVENT_WHEN_FOUGHT.contains(objectHead)) {
                return Optional.empty();
            }
        }
        if (!t.isVerb() && (lemma.equals("strike") || lemma.equals("strikes"))) {
            String before = i > 0 ? s.get(i - 1).lemma().toLowerCase(Locale.ROOT) : "";
            if (!ARMED.contains(before) && s.stream().anyMatch(x -> LABOUR.contains(x.lemma().toLowerCase(Locale.ROOT)) || LABOUR.contains(Phrases.lower(x)))) {
                return Optional.of(new EventLexicon.Coding("PROTEST", "strike"));
            }
        }
        return Optional.of(coding);
    }

    private static String headLemma(List<Token> s, Phrases.Range r) {
        Token head = Phrases.head(s, r);
        return head == null ? null : head.lemma().toLowerCase(Locale.ROOT);
    }

    /** "attack X politically", "attack X for wanting ...": words, not weapons. */
    private static boolean verbalAttack(List<Token> s, int i, Phrases.Range object) {
        int after = object.isEmpty() ? i + 1 : object.to();
        if (after < s.size()) {
            String l = Phrases.lower(s.get(after));
            if (l.equals("politically") || l.equals("verbally") || l.equals("publicly")
                    || l.equals("for") && after + 1 < s.size() && s.get(after + 1).pos().matches("VBG|PRP\\$")) {
                return true;
            }
        }
        return false;
    }

    /** "attacked X, saying ..." and "attacked X as \"vacuous\"": the attack is a statement. */
    private static boolean followedByReporting(List<Token> s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 10); k++) {
            String l = Phrases.lower(s.get(k));
            if (l.equals("saying") || l.equals("calling") || l.equals("as") && k + 1 < s.size() && s.get(k + 1).text().matches("[\"“'‘`]+")) {
                return true;
            }
            if (s.get(k).pos().matches("VBD|VBZ|VBP|MD")) {
                return false;
            }
        }
        return false;
    }
}
