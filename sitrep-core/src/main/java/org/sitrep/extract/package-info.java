/**
 * Extract: claims ({@link org.sitrep.extract.ClaimExtractor}: source, cue, content, stance, channel) and events
 * ({@link org.sitrep.extract.EventExtractor}: PLOVER type, participants, place, context) from the annotated, resolved
 * document. Both read part-of-speech patterns over tokens. Next: link.
 */
package org.sitrep.extract;
