package org.sitrep.model;

/** An event's source or target: its words in the text, the actor id when resolved, and its country (alpha-3) when known. */
public record Participant(Span span, String actor, String country) {}
