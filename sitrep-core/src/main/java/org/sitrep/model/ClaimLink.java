package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Claim {@code from} (the later one) relates to claim {@code to}, both by id ({@link Ids#claim}), so a link may join
 * claims of two articles.
 *
 * @param score    the strength of the evidence, 0..1
 * @param evidence short human-readable reasons the link rests on ("deny vs assert", "same actors: org:hezbollah",
 *                 "embedding cosine 0.83", "refers back: 'the claim'")
 */
public record ClaimLink(String from, String to, LinkType type, double score, List<String> evidence) {
    public ClaimLink {
        Objects.requireNonNull(from, "The parameter 'from' must not be null.");
        Objects.requireNonNull(to, "The parameter 'to' must not be null.");
        Objects.requireNonNull(type, "The parameter 'type' must not be null.");
        evidence = List.copyOf(evidence);
    }
}
