package org.sitrep.ingest;

/** The formats `--input-format` accepts. */
public enum InputFormat {
    /** Choose by file name and content. */
    AUTO,
    /** Several scraped articles in one file, like the seed dump. */
    DUMP,
    /** One article per file, kept verbatim. */
    TEXT,
    /** One JSON object per line: id, text, and optional title, published, url, source. */
    JSONL
}
