package org.sitrep.store;

import java.util.Locale;

/** What a stored record is. */
public enum Kind {
    ARTICLE, CLAIM, EVENT;

    String field() {
        return name().toLowerCase(Locale.ROOT);
    }
}
