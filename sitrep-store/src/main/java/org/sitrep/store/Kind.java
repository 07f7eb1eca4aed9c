package org.sitrep.store;

import java.util.Locale;

/** What a stored record is; a LINK joins two claims (of one article or of two). */
public enum Kind {
    ARTICLE, CLAIM, EVENT, LINK;

    String field() {
        return name().toLowerCase(Locale.ROOT);
    }
}
