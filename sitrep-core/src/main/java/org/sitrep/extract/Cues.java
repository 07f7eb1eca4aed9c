package org.sitrep.extract;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Stance;

/** Reporting verbs and the stance each gives its content. */
final class Cues {
    private static final Map<String, Stance> VERBS = Map.ofEntries(
            Map.entry("say", Stance.ASSERT), Map.entry("tell", Stance.ASSERT), Map.entry("add", Stance.ASSERT),
            Map.entry("stress", Stance.ASSERT), Map.entry("assert", Stance.ASSERT), Map.entry("reveal", Stance.ASSERT),
            Map.entry("underscore", Stance.ASSERT), Map.entry("emphasize", Stance.ASSERT), Map.entry("emphasise", Stance.ASSERT),
            Map.entry("explain", Stance.ASSERT), Map.entry("note", Stance.ASSERT), Map.entry("state", Stance.ASSERT),
            Map.entry("announce", Stance.ASSERT), Map.entry("insist", Stance.ASSERT), Map.entry("warn", Stance.ASSERT),
            Map.entry("indicate", Stance.ASSERT), Map.entry("maintain", Stance.ASSERT), Map.entry("argue", Stance.ASSERT),
            Map.entry("report", Stance.ASSERT), Map.entry("write", Stance.ASSERT), Map.entry("testify", Stance.ASSERT),
            Map.entry("tweet", Stance.ASSERT), Map.entry("reply", Stance.ASSERT), Map.entry("respond", Stance.ASSERT),
            Map.entry("declare", Stance.ASSERT), Map.entry("suggest", Stance.ASSERT), Map.entry("recall", Stance.ASSERT),
            Map.entry("predict", Stance.ASSERT), Map.entry("joke", Stance.ASSERT), Map.entry("conclude", Stance.ASSERT),
            Map.entry("observe", Stance.ASSERT), Map.entry("remark", Stance.ASSERT), Map.entry("concede", Stance.CONFIRM),
            Map.entry("contend", Stance.CLAIM), Map.entry("charge", Stance.CLAIM), Map.entry("accuse", Stance.CLAIM),
            Map.entry("believe", Stance.ASSERT), Map.entry("think", Stance.ASSERT), Map.entry("signal", Stance.ASSERT),
            Map.entry("estimate", Stance.ASSERT), Map.entry("show", Stance.ASSERT), Map.entry("find", Stance.ASSERT),
            Map.entry("call", Stance.ASSERT), Map.entry("point", Stance.ASSERT), Map.entry("continue", Stance.ASSERT),
            Map.entry("claim", Stance.CLAIM), Map.entry("allege", Stance.CLAIM),
            Map.entry("deny", Stance.DENY),
            Map.entry("refute", Stance.REFUTE), Map.entry("dispute", Stance.REFUTE), Map.entry("contradict", Stance.REFUTE),
            Map.entry("reject", Stance.REFUTE), Map.entry("dismiss", Stance.REFUTE),
            Map.entry("confirm", Stance.CONFIRM), Map.entry("acknowledge", Stance.CONFIRM), Map.entry("admit", Stance.CONFIRM),
            Map.entry("vow", Stance.PROMISE), Map.entry("pledge", Stance.PROMISE), Map.entry("promise", Stance.PROMISE));

    /** Verbs that report speech only when their object is itself a statement ("rejected the claim", not "rejected the truce"). */
    static final Set<String> NEED_STATEMENT_OBJECT = Set.of("reject", "dismiss", "dispute", "contradict", "refute", "deny",
            "confirm", "report", "write", "state", "note", "believe", "think", "signal", "estimate", "declare", "predict",
            "charge", "accuse", "recall", "observe", "concede", "respond", "reply", "suggest", "show", "find");
    /** Cues whose source must be evidence or an inquiring body: a poll shows, a court finds. */
    static final Set<String> EVIDENCE_ONLY = Set.of("show", "find");
    static final Set<String> EVIDENCE_HEADS = Set.of("poll", "survey", "study", "report", "data", "figure", "record",
            "document", "video", "footage", "image", "research", "analysis", "investigation", "review", "audit", "result",
            "statistic", "census", "test", "evidence", "court", "jury", "judge", "inquiry", "panel", "committee",
            "investigator", "researcher", "probe", "watchdog", "monitor", "assessment", "estimate", "model");
    /** Cues that report speech only in one construction: "pointed out", "called X a liar", '"...," he continued.' */
    static final Set<String> CONSTRUCTION_ONLY = Set.of("point", "call", "continue");
    /** Nouns that name a statement: the object of "refuted the claim" is another claim. */
    static final Set<String> STATEMENT_NOUNS = Set.of("claim", "claims", "report", "reports", "allegation", "allegations",
            "accusation", "accusations", "statement", "statements", "assertion", "assertions", "account", "accounts",
            "rumour", "rumours", "rumor", "rumors", "story", "stories", "remarks", "charge", "charges", "suggestion", "suggestions");
    /** Heads of anonymous sources. */
    static final Set<String> ANONYMOUS_HEADS = Set.of("source", "official", "diplomat", "circle", "people", "person",
            "witness", "analyst", "observer", "insider", "aide", "expert", "activist", "resident", "member", "officer",
            "commander", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "politician", "negotiator", "figure",
            "party", "mediator", "envoy", "minister", "leader", "adviser", "advisor", "employee", "worker", "staff", "someone");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    private Cues() {}

    static Optional<Stance> stance(String lemma) {
        return Optional.ofNullable(VERBS.get(lemma));
    }
}
