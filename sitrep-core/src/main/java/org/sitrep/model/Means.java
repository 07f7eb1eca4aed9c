package org.sitrep.model;

/**
 * How a violent event was carried out: {@code kind} is one of the means the events lexicon names (air strike, drone,
 * shelling, rockets, gunfire, IED, ground raid, ...), {@code span} the words that say so.
 */
public record Means(String kind, Span span) {}
