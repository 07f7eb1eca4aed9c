package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;

/** One line of a text: [start, end) excludes the line break; {@code next} is where the following line starts. */
public record Line(int start, int end, int next, String text) {
    public boolean isBlank() {
        return text.isBlank();
    }

    public String trimmed() {
        return text.strip();
    }

    /** Splits on \n, \r\n and \r, keeping offsets into {@code text}. */
    public static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int next = end;
            if (next < n && text.charAt(next) == '\r') {
                next++;
            }
            if (next < n && text.charAt(next) == '\n' && (next == end || text.charAt(next - 1) == '\r')) {
                next++;
            }
            lines.add(new Line(start, end, next, text.substring(start, end)));
            start = next;
        }
        return lines;
    }
}
