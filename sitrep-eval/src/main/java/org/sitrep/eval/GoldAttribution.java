package org.sitrep.eval;

/** One annotated attribution; {@code source} is null when the annotators marked none. */
public record GoldAttribution(GoldSpan source, GoldSpan cue, GoldSpan content) {}
