package org.sitrep.ingest.html;

import java.util.Arrays;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * Writes text nodes out as a block's text: runs of white space become one space, leading and trailing space is
 * dropped, soft hyphens and zero-width characters vanish; inside {@code <pre>} line breaks are kept. With an
 * {@link OffsetMapBuilder} it also records, for each character written, its offset in the raw HTML, found by walking
 * the node's source range beside its decoded text (character references and CR LF pairs map to where they start).
 */
final class TextNormalizer {
    private final StringBuilder out;
    private final OffsetMapBuilder map;
    private final String html;
    private boolean pendingSpace;
    private int pendingRaw = -1;
    private final int start;

    /** Appends to {@code out}; {@code map} and {@code html} are null when no offsets are wanted. */
    TextNormalizer(StringBuilder out, OffsetMapBuilder map, String html) {
        this.out = out;
        this.map = map;
        this.html = html;
        this.start = out.length();
    }

    /** Characters written so far by this normalizer. */
    int written() {
        return out.length() - start;
    }

    void append(TextNode node, boolean pre) {
        String text = node.getWholeText();
        int[] raw = map == null ? null : rawOffsets(node, text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int r = raw == null ? -1 : raw[i];
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060') {
                continue;
            }
            if (pre && c == '\n') {
                if (out.length() > start) {
                    pendingSpace = false;
                    emit('\n', r);
                }
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                if (!pendingSpace) {
                    pendingSpace = true;
                    pendingRaw = r;
                }
                continue;
            }
            if (pendingSpace) {
                if (out.length() > start && out.charAt(out.length() - 1) != '\n') {
                    emit(' ', pendingRaw);
                }
                pendingSpace = false;
            }
            emit(c, r);
        }
    }

    private void emit(char c, int raw) {
        if (map != null) {
            map.add(out.length(), raw);
        }
        out.append(c);
    }

    /**
     * The raw offset of each character of the node's decoded text: equal characters advance together; a character
     * reference ({@code &amp;}, {@code &#233;}) maps to its '&'; a CR LF pair to its CR. -1 when jsoup did not track
     * the node's position.
     */
    private int[] rawOffsets(TextNode node, String text) {
        int[] pos = new int[text.length()];
        Range range = node.sourceRange();
        if (!range.isTracked() || range.startPos() < 0 || range.endPos() > html.length()) {
            Arrays.fill(pos, -1);
            return pos;
        }
        int p = range.startPos();
        int end = range.endPos();
        int lastRef = p;
        for (int i = 0; i < text.length(); i++) {
            char d = text.charAt(i);
            if (p >= end) {
                pos[i] = Math.max(range.startPos(), end - 1);
                continue;
            }
            char h = html.charAt(p);
            if (h == '&') {
                int after = referenceEnd(p, end);
                if (after > p + 1) {
                    pos[i] = p;
                    lastRef = p;
                    p = after;
                    continue;
                }
            }
            if (h == d) {
                pos[i] = p++;
            } else if (h == '\r' && d == '\n') {
                pos[i] = p++;
                if (p < end && html.charAt(p) == '\n') {
                    p++;
                }
            } else {
                // A second character of one reference (a surrogate pair), or a character jsoup replaced.
                pos[i] = Character.isLowSurrogate(d) ? lastRef : p;
            }
        }
        return pos;
    }

    /** The end of a character reference starting at the '&' at {@code p}, or {@code p + 1} when there is none. */
    private int referenceEnd(int p, int end) {
        int q = p + 1;
        int limit = Math.min(end, p + 40);
        if (q < limit && html.charAt(q) == '#') {
            q++;
            if (q < limit && (html.charAt(q) == 'x' || html.charAt(q) == 'X')) {
                q++;
            }
        }
        int namestart = q;
        while (q < limit && Character.isLetterOrDigit(html.charAt(q))) {
            q++;
        }
        if (q == namestart) {
            return p + 1;
        }
        if (q < limit && html.charAt(q) == ';') {
            q++;
        }
        return q;
    }
}
