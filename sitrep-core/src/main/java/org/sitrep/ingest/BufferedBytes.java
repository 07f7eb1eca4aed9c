package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A window of 64 KiB over a stream for readers that parse bytes in place (lines, gzip member headers): the unread
 * bytes are {@code buf[pos..limit)}, and {@link #fill(int)} slides them to the front and reads more.
 */
public abstract class BufferedBytes {
    protected final InputStream source;
    protected final byte[] buf = new byte[65536];
    protected int pos;
    protected int limit;
    private boolean eof;

    protected BufferedBytes(InputStream source) {
        this.source = source;
    }

    /** Makes at least {@code n} bytes available in the window; false when the input ends first. */
    protected final boolean fill(int n) throws IOException {
        while (limit - pos < n) {
            if (eof) {
                return false;
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            int r = source.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return true;
    }
}
