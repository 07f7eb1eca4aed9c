package org.sitrep.model;

/** Claim {@code from} relates to claim {@code to} (indices into the document's claims); {@code score} is the evidence strength 0..1. */
public record ClaimLink(int from, int to, LinkType relation, double score) {}
