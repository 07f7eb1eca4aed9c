package org.sitrep.ingest;

/**
 * What every reader is made with.
 *
 * @param maxBytes the size limit, after decompression, of a single-document input, and of each record of an archive
 */
public record ReaderSettings(long maxBytes) {
    /** The settings with the default 20 MB limit. */
    public static final ReaderSettings DEFAULT = new ReaderSettings(SourceReader.DEFAULT_MAX_BYTES);

    public ReaderSettings {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The parameter 'maxBytes' must be positive, got " + maxBytes);
        }
    }
}
