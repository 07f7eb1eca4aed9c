package org.sitrep.model;

/** What an input says about a document beside its text; every field may be null. */
public record RawMetadata(String id, String title, String published, String url, String outlet) {
    public static final RawMetadata NONE = new RawMetadata(null, null, null, null, null);
}
