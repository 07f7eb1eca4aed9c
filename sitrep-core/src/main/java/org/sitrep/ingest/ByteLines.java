package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a byte stream into lines at {@code \n}, {@code \r\n} and {@code \r}, without decoding it, so that each line can
 * be decoded (and fail) on its own. Works on code units of one byte (UTF-8 and the single-byte charsets) or two (UTF-16,
 * either byte order). A line longer than the limit is not kept: it is skipped to its end and reported as too long, so
 * memory stays bounded by the limit.
 */
final class ByteLines extends BufferedBytes {
    /** One line without its break: its bytes, or none when it was longer than the limit. */
    record Line(byte[] bytes, boolean tooLong, long length) {}

    private final int unit;
    private final boolean bigEndian;
    private final long maxLine;

    /** @param unit 1 or 2 bytes per code unit; {@code bigEndian} matters for 2 */
    ByteLines(InputStream in, int unit, boolean bigEndian, long maxLine) {
        super(in);
        this.unit = unit;
        this.bigEndian = bigEndian;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            int c = unit();
            if (c < 0) {
                return any ? done(line, length) : null;
            }
            any = true;
            if (c == '\n') {
                return done(line, length);
            }
            if (c == '\r') {
                if (peekUnit() == '\n') {
                    unit();
                }
                return done(line, length);
            }
            length += unit;
            if (length <= maxLine) {
                writeUnit(line, c);
            }
        }
    }

    private Line done(ByteArrayOutputStream line, long length) {
        return length > maxLine ? new Line(null, true, length) : new Line(line.toByteArray(), false, length);
    }

    private void writeUnit(ByteArrayOutputStream out, int c) {
        if (unit == 1) {
            out.write(c);
        } else if (bigEndian) {
            out.write(c >> 8);
            out.write(c & 0xFF);
        } else {
            out.write(c & 0xFF);
            out.write(c >> 8);
        }
    }

    /** The next code unit, or -1 at the end (a lone trailing byte of UTF-16 ends the stream). */
    private int unit() throws IOException {
        int c = peekUnit();
        if (c >= 0) {
            pos += unit;
        }
        return c;
    }

    private int peekUnit() throws IOException {
        if (!fill(unit)) {
            return -1;
        }
        if (unit == 1) {
            return buf[pos] & 0xFF;
        }
        int a = buf[pos] & 0xFF;
        int b = buf[pos + 1] & 0xFF;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }
}
