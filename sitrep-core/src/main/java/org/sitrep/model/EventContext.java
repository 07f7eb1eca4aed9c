package org.sitrep.model;

/**
 * The factual status of an event mention. Only ASSERTED events are reported as having happened (by the outlet, or by a
 * claim's source when the event's {@code claim} is set).
 */
public enum EventContext {
    ASSERTED,
    /** "did not carry out attacks": the event did not happen, which itself matters (calm). */
    NEGATED,
    /** "if Hezbollah declared", "strikes that could target". */
    HYPOTHETICAL,
    /** Planned or wanted, not yet done: "is expected to visit", "asked Lebanon to declare a ceasefire". */
    FUTURE,
    /** Held over someone as a threat: "vowed to continue their operations", "threatened to strike". */
    THREATENED,
    /** Tried or planned and did not happen: "plans fell through", "the visit was called off", "a failed attempt". */
    FAILED,
    /** Background, well before the article: "the rocket fire a year ago", "the 2006 war". */
    HISTORICAL
}
