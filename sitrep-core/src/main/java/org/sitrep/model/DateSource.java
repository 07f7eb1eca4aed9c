package org.sitrep.model;

/** How an article's publication date was determined. */
public enum DateSource {
    /** Given by the user (for example {@code --doc-date}). */
    GIVEN,
    /** Read from the input's own metadata (a JSONL field, a feed entry, an HTML meta tag). */
    METADATA,
    /** Inferred from the article's text. */
    INFERRED,
    /** Not known; relative dates are then left unresolved. */
    UNKNOWN
}
