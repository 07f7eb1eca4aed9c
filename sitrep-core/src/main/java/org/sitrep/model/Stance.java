package org.sitrep.model;

/** What a source does with the content it utters. */
public enum Stance {
    /** States it as fact (say, tell, stress, reveal). */
    ASSERT,
    /** Claims it, signalling contestability (claim, allege). */
    CLAIM,
    /** Denies it (deny). */
    DENY,
    /** Argues against an earlier claim (refute, reject, dismiss). */
    REFUTE,
    /** Confirms it (confirm, acknowledge). */
    CONFIRM,
    /** Commits to a future act (vow, pledge, promise). */
    PROMISE
}
