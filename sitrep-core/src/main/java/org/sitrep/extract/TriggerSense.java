package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Picks the sense of a polysemous trigger from its object and sentence: politicians "attack plans" (ACCUSE), unions
 * go on "strike" (PROTEST), a government may "kill a bill" (REJECT), and candidates "fight a seat" (no event). The word
 * lists are the events lexicon's sets (abstract, struck-agreement, struck-idiom, aimed-at, not-fought, armed, labour).
 */
final class TriggerSense {
    private TriggerSense() {}

    /** The coding this use of the trigger deserves, or empty when it is no event. */
    static Optional<EventLexicon.Coding> refine(EventLexicon lexicon, EventLexicon.Coding coding, List<Token> s, int i, Phrases.Range object) {
        Set<String> abstractNouns = lexicon.set("abstract");
        Token t = s.get(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String objectHead = object.isEmpty() ? null : headLemma(s, object);
        if (t.isVerb() && lemma.equals("strike") && objectHead != null) {
            if (lexicon.set("struck-agreement").contains(objectHead)) {
                return Optional.of(coding.as("AGREE", null));
            }
            if (lexicon.set("struck-idiom").contains(objectHead)) {
                return Optional.empty();
            }
        }
        if (t.isVerb() && lemma.equals("target") && objectHead != null && (lexicon.set("aimed-at").contains(objectHead) || abstractNouns.contains(objectHead))) {
            return Optional.empty();
        }
        if (t.isVerb() && lexicon.set("verbal-attack-verbs").contains(lemma)
                && (objectHead != null && abstractNouns.contains(objectHead) || followedByReporting(s, i) || verbalAttack(s, i, object))) {
            return Optional.of(coding.as("ACCUSE", "disapprove"));
        }
        if (t.isVerb() && objectHead != null) {
            Set<String> objectWords = objectWords(s, object);
            // "workers blocked the bridge": an obstruction is a protest (CAMEO 144), "blocked the bill" a rejection
            if (lexicon.set("block-verbs").contains(lemma) && lexicon.set("blocked-way").contains(objectHead)) {
                return Optional.of(coding.as("PROTEST", null));
            }
            // "expelled two diplomats": relations cut (CAMEO 16), not a deportation
            if (lexicon.set("expel-verbs").contains(lemma) && lexicon.set("envoys").contains(objectHead)) {
                return Optional.of(coding.as("SANCTION", null));
            }
            // "lifted the sanctions", "eased the embargo": economic pressure eased is a material retreat (CAMEO 085)
            if (lexicon.set("ease-verbs").contains(lemma) && objectWords.stream().anyMatch(lexicon.set("eased-sanctions")::contains)) {
                return Optional.of(coding.as("RETREAT", null));
            }
            // "allowed UN inspectors into the sites": international involvement allowed is a material retreat (CAMEO 086)
            if (lexicon.set("allow-verbs").contains(lemma) && objectWords.stream().anyMatch(lexicon.set("outsiders")::contains)) {
                return Optional.of(coding.as("RETREAT", null));
            }
            // "suspended military aid", "halted talks": ties cut (CAMEO 16), not a de-escalation
            if (lexicon.set("halt-verbs").contains(lemma) && objectWords.stream().anyMatch(lexicon.set("halted-ties")::contains)) {
                return Optional.of(coding.as("SANCTION", null));
            }
        }
        // "ended mediation efforts" cuts ties (above); "ended the war" is no event of its own
        if (t.isVerb() && lexicon.set("ties-only-verbs").contains(lemma)) {
            return Optional.empty();
        }
        // "opened its borders", "reopened the bridge": a blockade eased (CAMEO 0873); "opened fire" is none
        if (t.isVerb() && lexicon.set("open-verbs").contains(lemma) && !coding.type().equals("ASSAULT")) { // "opened fire" is the light verb's
            return objectHead != null && objectWords(s, object).stream().anyMatch(lexicon.set("blocked-way")::contains)
                    ? Optional.of(coding) : Optional.empty();
        }
        // "gave the Ivory Coast 5.1 million dollars of aid": a giving verb is aid only when what it gives is
        if (t.isVerb() && lexicon.set("giving-verbs").contains(lemma)) {
            return givesAid(lexicon, s, i) ? Optional.of(coding) : Optional.empty();
        }
        // "if he gave them a veto", "holds a veto": the power to refuse, not a refusal
        if (!t.isVerb() && lemma.equals("veto") && i > 0) {
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                if (s.get(k).isVerb()) {
                    if (lexicon.set("power-verbs").contains(s.get(k).lemma().toLowerCase(Locale.ROOT))) {
                        return Optional.empty();
                    }
                    break;
                }
            }
        }
        // "insisted on a vote", "insisted that the talks must go ahead" demand; "insisted that he had done nothing wrong" is a claim
        if (t.isVerb() && lexicon.set("insist-verbs").contains(lemma) && !demands(lexicon, s, i)) {
            return Optional.empty();
        }
        // "he told the Brighton conference", "addressed the summit": the meeting is the speaker's audience
        if (!t.isVerb() && coding.type().equals("CONSULT") && audience(lexicon, s, i)) {
            return Optional.empty();
        }
        // "it was an occupation that ...", "his occupation": a job, unless a place is occupied ("an occupation of the city")
        if (!t.isVerb() && lexicon.set("job-nouns").contains(lemma) && i > 0 && lexicon.set("job-determiners").contains(Phrases.lower(s.get(i - 1)))
                && !(i + 1 < s.size() && Phrases.lower(s.get(i + 1)).equals("of"))) {
            return Optional.empty();
        }
        if (t.isVerb() && lemma.equals("kill") && objectHead != null && abstractNouns.contains(objectHead)) {
            return Optional.of(coding.as("REJECT", null));
        }
        if (lemma.equals("fight") || lemma.equals("fighting")) {
            if (objectHead != null && lexicon.set("not-fought").contains(objectHead)) {
                return Optional.empty();
            }
        }
        if (!t.isVerb() && (lemma.equals("strike") || lemma.equals("strikes"))) {
            String before = i > 0 ? s.get(i - 1).lemma().toLowerCase(Locale.ROOT) : "";
            if (!lexicon.set("armed").contains(before) && s.stream().anyMatch(x -> lexicon.set("labour").contains(x.lemma().toLowerCase(Locale.ROOT)) || lexicon.set("labour").contains(Phrases.lower(x)))) {
                return Optional.of(coding.as("PROTEST", "strike"));
            }
        }
        return Optional.of(coding);
    }

    /** After an insisting verb: "on"/"upon", or a clause holding a word of obligation ({@code obligation} set) before the clause ends. */
    private static boolean demands(EventLexicon lexicon, List<Token> s, int i) {
        if (i + 1 < s.size() && Set.of("on", "upon").contains(Phrases.lower(s.get(i + 1)))) {
            return true;
        }
        for (int k = i + 1; k < s.size() && k - i <= 12; k++) {
            String l = Phrases.lower(s.get(k));
            if (lexicon.set("obligation").contains(l)) {
                return true;
            }
            if (l.equals(";") || l.equals(".")) {
                break;
            }
        }
        return false;
    }

    /** The noun at {@code i} ends the object of a verb of the {@code audience-verbs} set ("told the party conference"). */
    private static boolean audience(EventLexicon lexicon, List<Token> s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            Token x = s.get(k);
            if (x.isVerb()) {
                return lexicon.set("audience-verbs").contains(x.lemma().toLowerCase(Locale.ROOT));
            }
            if (Phrases.lower(x).equals("to") && k > 0 && lexicon.set("audience-nouns").contains(s.get(k - 1).lemma().toLowerCase(Locale.ROOT))) {
                return true; // "a speech to the conference"
            }
            if (!x.pos().matches("DT|JJ.*|NN.*|POS|PRP\\$|CD|HYPH")) {
                return false;
            }
        }
        return false;
    }

    /** A word of the lexicon's {@code aid-words} set follows the giving verb at {@code i} within its clause. */
    private static boolean givesAid(EventLexicon lexicon, List<Token> s, int i) {
        for (int k = i + 1; k < s.size() && k - i <= 10; k++) {
            Token t = s.get(k);
            if (lexicon.set("aid-words").contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (EventContexts.CLAUSE_MARKS.contains(Phrases.lower(t)) || t.isVerb()) {
                return false;
            }
        }
        return false;
    }

    /** The lemmas of the object and of an "of" phrase right after it ("part of a military aid program"). */
    private static Set<String> objectWords(List<Token> s, Phrases.Range object) {
        Set<String> out = new java.util.HashSet<>();
        for (int k = object.from(); k < object.to(); k++) {
            out.add(s.get(k).lemma().toLowerCase(Locale.ROOT));
        }
        if (object.to() + 1 < s.size() && Phrases.lower(s.get(object.to())).equals("of")) {
            Phrases.Range of = Phrases.nounPhraseFrom(s, object.to() + 1);
            for (int k = of.from(); k < of.to(); k++) {
                out.add(s.get(k).lemma().toLowerCase(Locale.ROOT));
            }
        }
        return out;
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
