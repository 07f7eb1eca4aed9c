package org.sitrep.ingest;

/** Decoded text with the charset used; {@code warning} is non-null when a fallback was needed. */
public record Decoded(String text, String charset, String warning) {}
