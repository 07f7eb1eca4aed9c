package org.sitrep.model;

import java.time.LocalDate;

/**
 * What an input says about a document beside its text; every field may be null. {@code published} is the date the
 * input gives for the document, already read (an input date that is not a date is reported by the reader and left null).
 * {@code fetched} is the day the page was fetched or archived (a WARC record's {@code WARC-Date}): a weak hint, an upper
 * bound on the publication date, never the publication date itself.
 */
public record RawMetadata(String id, String title, LocalDate published, String url, String outlet, LocalDate fetched) {
    public static final RawMetadata NONE = new RawMetadata(null, null, null, null, null, null);

    /** Metadata without a fetch date. */
    public RawMetadata(String id, String title, LocalDate published, String url, String outlet) {
        this(id, title, published, url, outlet, null);
    }
}
