package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.OffsetMap;

/**
 * Collects text-offset → raw-offset pairs one character at a time and merges runs where both advance by one into a
 * single {@link OffsetMap.Segment}, so a paragraph copied from the HTML with its spacing intact costs one segment.
 */
final class OffsetMapBuilder {
    private final List<OffsetMap.Segment> segments = new ArrayList<>();
    private int textStart = -1;
    private int rawStart;
    private int length;
    private int lastRaw = -1;

    /** Character {@code textOffset} of the text came from {@code rawOffset} of the HTML (-1 when unknown). */
    void add(int textOffset, int rawOffset) {
        int raw = rawOffset < 0 ? Math.max(lastRaw, 0) : rawOffset;
        if (textStart >= 0 && textOffset == textStart + length && raw == rawStart + length) {
            length++;
        } else {
            flush();
            textStart = textOffset;
            rawStart = raw;
            length = 1;
        }
        lastRaw = raw;
    }

    private void flush() {
        if (textStart >= 0) {
            segments.add(new OffsetMap.Segment(textStart, rawStart, length));
        }
    }

    OffsetMap build() {
        flush();
        textStart = -1;
        return new OffsetMap(segments);
    }
}
