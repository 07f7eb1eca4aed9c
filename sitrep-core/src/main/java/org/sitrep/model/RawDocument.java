package org.sitrep.model;

import java.util.Objects;

/**
 * One article's worth of decoded input, before cleaning.
 *
 * @param source    the file path or URL it came from, with {@code #n} for the n-th record of a multi-record file
 * @param rawOffset offset of {@code content} in the decoded input file, so provenance reaches the original
 * @param content   the decoded characters
 * @param charset   the character set the bytes were decoded with
 */
public record RawDocument(String source, int rawOffset, String content, String charset, Layout layout, RawMetadata metadata) {
    public RawDocument {
        Objects.requireNonNull(source, "The parameter 'source' must not be null.");
        Objects.requireNonNull(content, "The parameter 'content' must not be null.");
        Objects.requireNonNull(layout, "The parameter 'layout' must not be null.");
        metadata = metadata == null ? RawMetadata.NONE : metadata;
    }
}
