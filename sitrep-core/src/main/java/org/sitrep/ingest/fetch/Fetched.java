package org.sitrep.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A fetched resource.
 *
 * @param requested   the address asked for
 * @param uri         the address it came from after redirects
 * @param status      the final HTTP status (2xx)
 * @param contentType the {@code Content-Type} header, or null
 * @param body        the body as served (never decompressed: Sitrep asks for no content encoding)
 */
public record Fetched(URI requested, URI uri, int status, String contentType, byte[] body) {
    public Fetched {
        Objects.requireNonNull(requested, "The parameter 'requested' must not be null.");
        Objects.requireNonNull(uri, "The parameter 'uri' must not be null.");
        Objects.requireNonNull(body, "The parameter 'body' must not be null.");
    }
}
