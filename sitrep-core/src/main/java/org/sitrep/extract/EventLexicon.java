package org.sitrep.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Trigger lemmas and the PLOVER event type (and mode) they code, separately for verbs and nouns. */
final class EventLexicon {
    /** A trigger's coding. */
    record Coding(String type, String mode) {}

    private static final Map<String, Coding> VERBS = new HashMap<>();
    private static final Map<String, Coding> NOUNS = new HashMap<>();

    static {
        verbs("ASSAULT", null, "attack", "strike", "kill", "bomb", "shell", "raid", "shoot", "assassinate", "target", "fire", "wound", "injure", "massacre", "storm", "ambush");
        verbs("ASSAULT", "air", "airstrike");
        nouns("ASSAULT", null, "attack", "strike", "bombing", "shelling", "raid", "assault", "killing", "assassination", "ambush", "offensive", "incursion", "hostilities", "fighting", "clash", "clashes");
        nouns("ASSAULT", "air", "airstrike", "air strike");
        verbs("CONSULT", "visit", "visit");
        nouns("CONSULT", "visit", "visit", "trip");
        verbs("CONSULT", null, "meet", "consult", "negotiate", "mediate");
        nouns("CONSULT", null, "meeting", "talks", "negotiation", "negotiations", "summit");
        verbs("REQUEST", null, "ask", "request", "urge", "demand", "appeal", "invite", "seek");
        nouns("REQUEST", null, "request", "demand", "appeal", "invitation", "call");
        verbs("REJECT", null, "reject", "refuse", "deny", "veto", "dismiss", "rebuff");
        nouns("REJECT", null, "rejection", "refusal", "denial");
        verbs("RETREAT", null, "suspend", "halt", "withdraw", "retreat", "de-escalate", "deescalate");
        nouns("RETREAT", "ceasefire", "ceasefire", "truce", "cease-fire", "armistice");
        nouns("RETREAT", null, "withdrawal", "suspension", "de-escalation");
        verbs("THREATEN", null, "threaten");
        nouns("THREATEN", null, "threat", "ultimatum");
        verbs("AGREE", null, "agree");
        nouns("AGREE", null, "agreement", "deal", "accord");
        verbs("SUPPORT", null, "back", "support", "endorse", "praise");
        verbs("ACCUSE", null, "accuse", "blame", "condemn", "criticize", "criticise", "denounce");
        nouns("ACCUSE", null, "accusation", "condemnation");
        verbs("MOBILIZE", null, "deploy", "mobilize", "mobilise");
        nouns("MOBILIZE", null, "deployment", "mobilization", "mobilisation");
        verbs("COERCE", null, "arrest", "detain", "abduct", "kidnap", "expel", "deport");
        verbs("SANCTION", null, "sanction", "boycott");
        nouns("SANCTION", null, "sanctions", "embargo", "boycott");
        verbs("PROTEST", null, "protest", "demonstrate", "rally");
        nouns("PROTEST", null, "protest", "protests", "demonstration", "rally");
        verbs("AID", null, "aid", "assist");
        nouns("AID", null, "aid", "assistance");
    }

    private EventLexicon() {}

    private static void verbs(String type, String mode, String... lemmas) {
        for (String l : lemmas) {
            VERBS.put(l, new Coding(type, mode));
        }
    }

    private static void nouns(String type, String mode, String... lemmas) {
        for (String l : lemmas) {
            NOUNS.put(l, new Coding(type, mode));
        }
    }

    static Optional<Coding> verb(String lemma) {
        return Optional.ofNullable(VERBS.get(lemma));
    }

    static Optional<Coding> noun(String lemma) {
        return Optional.ofNullable(NOUNS.get(lemma));
    }
}
