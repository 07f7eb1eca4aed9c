package org.sitrep.model;

/**
 * A statement attributed to a source.
 *
 * @param direct  true when the content is a direct quotation, false when it is reported speech
 * @param channel whom the source told ("Reuters") when the text says so, else null
 */
public record Claim(ClaimSource source, Span cue, Span content, Stance stance, boolean direct, String channel, Span sentence) {}
