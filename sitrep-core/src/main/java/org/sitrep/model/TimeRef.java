package org.sitrep.model;

/** A temporal expression: TIMEX3 {@code type} (DATE, TIME, DURATION, SET) and {@code value} normalised against the article date. */
public record TimeRef(Span span, String type, String value) {}
