package org.sitrep.model;

/** How a raw document is laid out, which decides how it is cleaned. */
public enum Layout {
    /** One article cut from a scraped dump: title and captions may be printed twice, debris lines may appear. */
    DUMP,
    /** One article per file, kept verbatim: the first line is the title and offsets are offsets into the file. */
    TEXT,
    /** One article given as fields (JSONL): the text is the body. */
    FIELDS,
    /**
     * One web page (a saved page, a WARC response, a feed item's HTML): the content is the decoded HTML, from which the
     * clean stage extracts the article; its offsets map back into that HTML.
     */
    HTML
}
