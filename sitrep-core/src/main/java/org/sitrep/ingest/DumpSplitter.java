package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a scraped dump into articles. An article starts at a header: a title line that is printed again a few lines
 * further down, with the scraper's signature between the copies (a caption printed twice, or a debris line like "TT"), and no
 * run of blank lines (an article break) between them. A dump with no such header is cut at runs of two or more blank lines.
 */
public final class DumpSplitter {
    /** How many non-blank lines may stand between a title and its repetition. */
    static final int MAX_HEADER_LINES = 8;
    private static final int MAX_TITLE_LENGTH = 300;

    /** A piece [start, end) of the dump holding one article. */
    public record Piece(int start, int end) {}

    public List<Piece> split(String dump) {
        List<Line> lines = Line.split(dump);
        return atHeaders(dump, lines).orElseGet(() -> splitOnBlankRuns(dump, lines));
    }

    /** The articles cut at scraper headers; empty when the text shows none (it is then no scraped dump). */
    public java.util.Optional<List<Piece>> splitAtHeaders(String text) {
        return atHeaders(text, Line.split(text));
    }

    private static java.util.Optional<List<Piece>> atHeaders(String dump, List<Line> lines) {
        List<Integer> headers = headerLines(lines);
        if (headers.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Piece> pieces = new ArrayList<>();
        int preambleEnd = lines.get(headers.get(0)).start();
        if (!dump.substring(0, preambleEnd).isBlank()) {
            pieces.addAll(splitOnBlankRuns(dump, lines.subList(0, headers.get(0))));
        }
        for (int h = 0; h < headers.size(); h++) {
            int from = headers.get(h);
            int to = h + 1 < headers.size() ? headers.get(h + 1) : lines.size();
            trimmed(lines.subList(from, to)).ifPresent(pieces::add);
        }
        return java.util.Optional.of(pieces);
    }

    /** Indexes of lines that open an article: titles repeated within the next few non-blank lines. */
    static List<Integer> headerLines(List<Line> lines) {
        List<Integer> headers = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int repeat = repetitionOf(lines, i);
            if (repeat > 0) {
                headers.add(i);
                // The rest of the header repeats what it already showed (captions printed twice): skip it whole.
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int k = i; k <= repeat; k++) {
                    seen.add(lines.get(k).trimmed());
                }
                i = repeat + 1;
                while (i < lines.size() && (lines.get(i).isBlank() || Debris.isDebris(lines.get(i).text()) || seen.contains(lines.get(i).trimmed()))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return headers;
    }

    private static int repetitionOf(List<Line> lines, int i) {
        String title = lines.get(i).trimmed();
        if (title.isEmpty() || title.length() > MAX_TITLE_LENGTH || Debris.isDebris(title)) {
            return -1;
        }
        int nonBlank = 0;
        java.util.Set<String> between = new java.util.HashSet<>();
        boolean signature = false; // a caption printed twice, or debris: what a scraper leaves, and prose does not
        int blanks = 0;
        for (int j = i + 1; j < lines.size() && nonBlank <= MAX_HEADER_LINES; j++) {
            String t = lines.get(j).trimmed();
            if (t.isEmpty()) {
                if (++blanks >= 2) {
                    return -1; // a run of blank lines separates articles: a copy past it belongs to another article
                }
                continue;
            }
            blanks = 0;
            if (t.equals(title)) {
                return signature ? j : -1;
            }
            signature |= Debris.isDebris(t) || !between.add(t);
            nonBlank++;
        }
        return -1;
    }

    private static List<Piece> splitOnBlankRuns(String dump, List<Line> lines) {
        List<Piece> pieces = new ArrayList<>();
        int blankRun = 0;
        int from = 0;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).isBlank()) {
                blankRun++;
            } else {
                if (blankRun >= 2 && k > from) {
                    trimmed(lines.subList(from, k)).ifPresent(pieces::add);
                    from = k;
                }
                blankRun = 0;
            }
        }
        trimmed(lines.subList(from, lines.size())).ifPresent(pieces::add);
        return pieces;
    }

    private static java.util.Optional<Piece> trimmed(List<Line> lines) {
        int a = 0;
        int b = lines.size();
        while (a < b && lines.get(a).isBlank()) {
            a++;
        }
        while (b > a && lines.get(b - 1).isBlank()) {
            b--;
        }
        return a == b ? java.util.Optional.empty() : java.util.Optional.of(new Piece(lines.get(a).start(), lines.get(b - 1).end()));
    }
}
