/**
 * Extract: claims ({@link org.sitrep.extract.ClaimExtractor}: source, cue, content, stance, channel) and events
 * ({@link org.sitrep.extract.EventExtractor}: PLOVER type, participants, place, context) from the annotated, resolved
 * document. Both read part-of-speech patterns over tokens. The claims stage's verbs, stances and source words are data
 * ({@link org.sitrep.extract.ClaimCues}, {@code claim-cues.tsv}, merged with a user's file); a source gets a type and,
 * when unnamed, a description of its anonymity. Next: link.
 */
package org.sitrep.extract;
