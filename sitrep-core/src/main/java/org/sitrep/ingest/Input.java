package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.sitrep.ingest.fetch.PageFetcher;

/**
 * One input handed to a {@link DocumentReader}.
 *
 * @param name        the input's name in messages and the source of its documents: a path, a URL or {@code <stdin>}
 * @param raw         the bytes as stored, still gzip-compressed when {@code gzip} is set; the caller owns and closes it
 * @param gzip        whether {@code raw} is gzip (by a {@code .gz} name or the magic bytes)
 * @param fileName    the file name without {@code .gz}, a hint for the format; "" when there is none
 * @param url         the address the input was fetched from, else null
 * @param contentType the HTTP {@code Content-Type} it was served with, else null
 * @param fetcher     fetches the pages the input links to (feed items that only link to their article); null when
 *                    fetching is off
 */
public record Input(String name, InputStream raw, boolean gzip, String fileName, String url, String contentType, PageFetcher fetcher) {
    public Input {
        Objects.requireNonNull(name, "The parameter 'name' must not be null.");
        Objects.requireNonNull(raw, "The parameter 'raw' must not be null.");
        fileName = fileName == null ? "" : fileName;
    }

    /** A plain input with no URL and no fetching: for tests and in-memory text. */
    public static Input of(String name, InputStream raw) {
        return new Input(name, raw, false, "", null, null, null);
    }

    /** The bytes, decompressed when the input is gzip. Reading may throw {@link java.io.EOFException} for a truncated gzip. */
    public InputStream stream() throws IOException {
        return gzip ? new GZIPInputStream(raw, 65536) : raw;
    }

    /** The charset the HTTP {@code Content-Type} declares, or null. */
    public String declaredCharset() {
        return ContentTypes.charset(contentType);
    }
}
