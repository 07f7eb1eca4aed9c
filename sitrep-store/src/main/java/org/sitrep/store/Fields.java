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
    /** The story id, on every record of an article (article, claims, events). */
    static final String STORY = "story";
    /** The article's LSH band keys (org.sitrep.story.Bands), indexed only: how a new article finds its story. */
    static final String BAND = "band";
    /** The article's MinHash signature, stored only: how a candidate is verified. */
    static final String SIGNATURE = "signature";
    /** The article's outlet (its name, else the host of its URL), for counting the outlets of a story. */
    static final String OUTLET = "outlet";

    private Fields() {}
}
