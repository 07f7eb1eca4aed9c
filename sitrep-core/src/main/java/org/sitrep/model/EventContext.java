package org.sitrep.model;

/** The factual status of an event mention. Only ASSERTED events are reported as having happened. */
public enum EventContext {
    ASSERTED,
    /** "did not carry out attacks": the event did not happen, which itself matters (calm). */
    NEGATED,
    /** "if Hezbollah declared", "strikes that could target". */
    HYPOTHETICAL,
    /** "vowed to continue", "is expected to visit". */
    FUTURE
}
