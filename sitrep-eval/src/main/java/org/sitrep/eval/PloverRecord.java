package org.sitrep.eval;

import java.util.List;

/**
 * One PLOVER gold-standard record: a sentence, its event type (in the 2021 names), and source and target codes.
 *
 * @param sources      the sources' codes (those with one), as before
 * @param targets      the targets' codes (those with one), as before
 * @param sourceActors every source with its words, code and sector
 * @param targetActors every target with its words, code and sector
 */
public record PloverRecord(String id, String date, String text, String type, List<String> sources, List<String> targets,
                           List<PloverActor> sourceActors, List<PloverActor> targetActors) {
    public PloverRecord {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        sourceActors = List.copyOf(sourceActors);
        targetActors = List.copyOf(targetActors);
    }

    /** A record with codes only (no actor words or sectors). */
    public PloverRecord(String id, String date, String text, String type, List<String> sources, List<String> targets) {
        this(id, date, text, type, sources, targets, List.of(), List.of());
    }
}
