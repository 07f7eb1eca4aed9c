package org.sitrep.store;

import java.time.LocalDate;

/**
 * A claim as the store holds it, with what a listing needs of its article.
 *
 * @param outlet    the article's outlet, or null
 * @param published the article's publication date, or null
 */
public record StoredClaim(String id, String article, String title, String outlet, LocalDate published, String source, String actor,
                          boolean anonymous, String stance, String cue, int cueStart, int cueEnd, String content) {}
