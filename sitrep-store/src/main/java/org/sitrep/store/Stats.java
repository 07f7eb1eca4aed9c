package org.sitrep.store;

import java.util.Map;

/** Counts in the store: records per kind, and the most-mentioned actors with their record counts. */
public record Stats(Map<Kind, Long> records, Map<String, Long> topActors) {}
