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

    /** A claim's content embedding (org.sitrep.link.Embeddings), for nearest-neighbour candidates. */
    static final String VECTOR = "vector";
    /** The same embedding, stored: how a candidate is classified. */
    static final String VECTOR_STORED = "vector_stored";
    /** A claim's linking features as JSON (org.sitrep.link.ClaimFeatures), stored only. */
    static final String FEATURES = "features";
    /** The actors and places a claim's content involves, lower-cased: the candidate filter. */
    static final String INVOLVES = "involves";
    /** A claim's source actor id. */
    static final String SOURCE_ACTOR = "source_actor";
    /** Whether a claim's source is anonymous ("true"/"false"). */
    static final String ANONYMOUS = "anonymous";
    /** On a link record, both claim ids it joins: how the links of a claim are found from either end. */
    static final String CLAIM_REF = "claim_ref";

    /** An event's own day (its date's first day, else the article day): a point for ranges, doc values for sorting, stored. */
    static final String EVENT_DAY = "event_day";
    /** An event's ISO week ("2024-W41") of {@link #EVENT_DAY}. */
    static final String EVENT_WEEK = "event_week";
    /** An event's factual status, lower-case ("asserted", "negated", ...). */
    static final String CONTEXT = "context";
    /** An event's CAMEO root code (the code's first two digits). */
    static final String CAMEO_ROOT = "cameo_root";
    /** An event's source actor terms (id, name, name and alias words; a group's members' too), lower-case. */
    static final String SOURCE = "source";
    /** An event's target actor terms, as {@link #SOURCE}. */
    static final String TARGET = "target";
    /** An event's source country (ISO 3166 alpha-3, upper-case). */
    static final String SOURCE_COUNTRY = "source_country";
    /** An event's target country (ISO 3166 alpha-3, upper-case). */
    static final String TARGET_COUNTRY = "target_country";
    /** An event's place: its id, its name and name words, lower-case. */
    static final String PLACE = "place";
    /** An event's place country (ISO 3166 alpha-2, upper-case). */
    static final String PLACE_COUNTRY = "place_country";
    /** Whether an event is its article's main event ("true"/"false"). */
    static final String MAIN = "main";
    /** An event's record id as doc values: the tie-break of the event order. */
    static final String ID_SORT = "id_sort";
    /** What an event export needs of its article, stored as JSON: the participants' actors, the place, url and outlet. */
    static final String REFS = "refs";

    private Fields() {}
}
