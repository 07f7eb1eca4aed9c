package org.sitrep.store;

/**
 * How many matching records carry one value of a facet.
 *
 * @param value the value as a filter takes it (an actor or place id, a kind, an event type, a stance, an outlet)
 * @param label what to show: an actor's or place's name, else the value itself
 */
public record FacetCount(String value, String label, long count) {}
