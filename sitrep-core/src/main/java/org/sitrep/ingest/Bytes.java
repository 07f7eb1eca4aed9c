package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipException;

/** Reads inputs within the size limit, turning I/O failures into error lines that name the input. */
public final class Bytes {
    private Bytes() {}

    /** All of {@code input}'s decompressed bytes, refused past {@code maxBytes}. */
    public static byte[] readAll(Input input, long maxBytes) throws IngestException {
        try {
            return readLimited(input.stream(), input.name(), maxBytes);
        } catch (IOException e) {
            throw problem(input.name(), e);
        }
    }

    /** The bytes of {@code in} to its end, refused past {@code maxBytes}; I/O failures are thrown as they are. */
    public static byte[] readLimited(InputStream in, String source, long maxBytes) throws IOException, IngestException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxBytes) {
                // A stream's size is known only once read: say that it passed the limit, not by how much.
                throw new IngestException(source, String.format(Locale.ROOT,
                        "file too large (more than the %.1f MB limit; raise --max-file-mb to read it)", maxBytes / 1048576.0));
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Up to {@code n} bytes from the start of {@code in}, which must support mark and reset and is reset to where it was:
     * a look ahead. A read failure (a gzip cut short) ends the look early; reading the stream again meets it in place.
     */
    public static byte[] peek(InputStream in, int n) throws IOException {
        in.mark(n + 1);
        byte[] head = peekPlain(in, n); // a failure ends the look early; reading the stream again meets it in place
        in.reset();
        return head;
    }

    /** Up to {@code n} bytes read from {@code in} (no reset); a read failure ends the read early. */
    public static byte[] peekPlain(InputStream in, int n) {
        byte[] buf = new byte[Math.min(n, 65536)];
        int got = 0;
        try {
            while (got < n) {
                if (got == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, Math.min(n, buf.length * 2));
                }
                int r = in.read(buf, got, buf.length - got);
                if (r < 0) {
                    break;
                }
                got += r;
            }
        } catch (IOException e) {
            // a truncated or corrupt stream: what came before the failure is all there is to look at
        }
        return java.util.Arrays.copyOf(buf, got);
    }

    /** The error an I/O failure while reading {@code source} stands for: a truncated or corrupt gzip, or an unreadable file. */
    public static IngestException problem(String source, IOException e) {
        if (e instanceof EOFException) {
            return new IngestException(source, "truncated gzip: the compressed stream ends early", e);
        }
        if (e instanceof ZipException) {
            return new IngestException(source, "corrupt gzip: " + e.getMessage(), e);
        }
        return new IngestException(source, "cannot read: " + e.getMessage(), e);
    }
}
