package org.sitrep.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import org.sitrep.ingest.BufferedBytes;

/**
 * The members of a multi-member gzip stream, one at a time, each as its own decompressed stream. WARC writers compress
 * every record as a member of its own, so a reader that takes one member at a time can drop a broken record and carry
 * on at the next member, where one gzip stream over the whole file would lose everything after the damage. Only one
 * member is open at a time; moving on drains the previous one.
 */
final class GzipMembers extends BufferedBytes implements AutoCloseable {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private Member current;
    private int members;
    private boolean damaged;

    GzipMembers(InputStream raw) {
        super(raw);
    }

    /**
     * The next member's decompressed bytes, or null at the end of the input (bytes after the last member that are not a
     * gzip header, such as padding, end it too). Throws {@link ZipException} for a header that is not gzip at the
     * first member, {@link EOFException} for a header cut short.
     */
    InputStream next() throws IOException {
        if (current != null) {
            Member m = current;
            current = null;
            m.skipRest();
        }
        if (damaged) {
            damaged = false;
            resync(); // the last member's deflate data was corrupt: carry on at the next member header
        }
        if (!fill(1)) {
            return null;
        }
        if (!fill(10) || (buf[pos] & 0xFF) != 0x1F || (buf[pos + 1] & 0xFF) != 0x8B) {
            if (members == 0) {
                throw new ZipException("not in gzip format");
            }
            return null; // trailing bytes after the last member, as gzip itself ignores them
        }
        if (buf[pos + 2] != 8) {
            throw new ZipException("unsupported compression method " + buf[pos + 2]);
        }
        int flags = buf[pos + 3] & 0xFF;
        pos += 10;
        if ((flags & FEXTRA) != 0) {
            need(2);
            int xlen = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8;
            pos += 2;
            skip(xlen);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
        members++;
        current = new Member();
        return current;
    }

    /** How many members have been opened. */
    int count() {
        return members;
    }

    @Override
    public void close() {
        if (current != null) {
            current.inflater.end();
            current = null;
        }
    }

    /** Skips to the next {@code 1F 8B 08}, the start of a gzip member, or to the end of the input. */
    private void resync() throws IOException {
        while (fill(3)) {
            if ((buf[pos] & 0xFF) == 0x1F && (buf[pos + 1] & 0xFF) == 0x8B && buf[pos + 2] == 8) {
                return;
            }
            pos++;
        }
        pos = limit;
    }

    private void need(int n) throws IOException {
        if (!fill(n)) {
            throw new EOFException("gzip member header cut short");
        }
    }

    private void skip(int n) throws IOException {
        while (n > 0) {
            need(1);
            int k = Math.min(n, limit - pos);
            pos += k;
            n -= k;
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (true) {
            need(1);
            if (buf[pos++] == 0) {
                return;
            }
        }
    }

    /** One member's decompressed bytes; checks the CRC and length in its trailer. */
    private final class Member extends InputStream {
        final Inflater inflater = new Inflater(true);
        private final CRC32 crc = new CRC32();
        private long size;
        private int given;
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            while (true) {
                if (inflater.needsInput()) {
                    pos += given; // all of it was consumed
                    given = 0;
                    if (!fill(1)) {
                        finish();
                        throw new EOFException("Unexpected end of ZLIB input stream");
                    }
                    given = limit - pos;
                    inflater.setInput(buf, pos, given);
                }
                int n;
                try {
                    n = inflater.inflate(b, off, len);
                } catch (DataFormatException e) {
                    given = 0; // pos stays inside this member: the search for the next member header starts here
                    damaged = true;
                    finish();
                    throw new ZipException(e.getMessage() == null ? "invalid deflate data" : e.getMessage());
                }
                if (n > 0) {
                    crc.update(b, off, n);
                    size += n;
                    return n;
                }
                if (inflater.finished()) {
                    pos += given - inflater.getRemaining();
                    given = 0;
                    trailer();
                    return -1;
                }
                if (inflater.needsDictionary()) {
                    finish();
                    throw new ZipException("deflate stream needs a preset dictionary");
                }
            }
        }

        private void trailer() throws IOException {
            finish();
            need(8);
            long expectedCrc = (buf[pos] & 0xFFL) | (buf[pos + 1] & 0xFFL) << 8 | (buf[pos + 2] & 0xFFL) << 16 | (buf[pos + 3] & 0xFFL) << 24;
            long expectedSize = (buf[pos + 4] & 0xFFL) | (buf[pos + 5] & 0xFFL) << 8 | (buf[pos + 6] & 0xFFL) << 16 | (buf[pos + 7] & 0xFFL) << 24;
            pos += 8;
            if (expectedCrc != crc.getValue() || expectedSize != (size & 0xFFFFFFFFL)) {
                throw new ZipException("corrupt gzip member (CRC or length mismatch)");
            }
        }

        private void finish() {
            done = true;
            inflater.end();
        }

        /** Reads the member to its end, so that the next member can start. */
        void skipRest() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // drained
            }
        }
    }
}
