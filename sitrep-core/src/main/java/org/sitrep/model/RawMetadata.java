package org.sitrep.model;

import java.time.LocalDate;

/**
 * What an input says about a document beside its text; every field may be null. {@code published} is the date the
 * input gives for the document, already read (an input date that is not a date is reported by the reader and left null).
 */
public record RawMetadata(String id, String title, LocalDate published, String url, String outlet) {
    public static final RawMetadata NONE = new RawMetadata(null, null, null, null, null);
}
