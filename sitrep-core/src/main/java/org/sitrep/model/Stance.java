package org.sitrep.model;

/** What a source does with the content it utters; the cue verbs of each are data (docs/knowledge.md, "Claim cues"). */
public enum Stance {
    /** States it as fact (say, tell, stress, reveal). */
    ASSERT,
    /** Claims it, signalling contestability (claim, allege). */
    CLAIM,
    /** Denies it (deny). */
    DENY,
    /** Argues against an earlier statement (refute, and reject or dismiss when their object is a statement). */
    REFUTE,
    /** Confirms it (confirm, acknowledge). */
    CONFIRM,
    /** Commits to or intends a future act (vow, pledge, promise; plan, intend, want). */
    PROMISE,
    /** Warns of it or threatens it (warn, threaten, caution). */
    WARN,
    /** Blames someone or condemns something (accuse, blame, charge, criticise, condemn). */
    ACCUSE,
    /** Holds it as a belief, expectation, hope or fear rather than a fact (believe, think, expect, fear). */
    SPECULATE,
    /** Asks it (ask whether, question, wonder). */
    QUESTION
}
