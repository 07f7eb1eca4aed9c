package org.sitrep.store;

/** Every index field name, in one place. */
final class Fields {
    static final String KIND = "kind";
    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String ACTOR = "actor";
    static final String DAY = "day";
    static final String DAY_STORED = "day_stored";
    static final String TYPE = "type";
    static final String JSON = "json";

    private Fields() {}
}
