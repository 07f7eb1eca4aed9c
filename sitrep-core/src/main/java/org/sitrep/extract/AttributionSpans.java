package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;

/**
 * Groups tagged spans into attributions. Each cue takes the nearest unclaimed content after it (or, when none follows,
 * before it: '"...," she said'), and the nearest source before it (or after it: "said the minister"), never across
 * another cue. A content interrupted by its own source and cue ('"X," he said, "Y"') is one content. A content that
 * runs to the end of its sentence continues into the next sentence's leading content when no cue claims that, and a
 * cue whose sentence holds no content takes the next sentence's leading content ('He said:' and a quotation) or the
 * previous sentence's trailing one.
 */
final class AttributionSpans {
    /** One span of one role: token indexes {@code [from, to)} within sentence {@code sentence}. */
    record Piece(int sentence, int role, int from, int to) {}

    /** One attribution: cue and (possibly null) source within sentence {@code sentence}; content from piece to piece. */
    record Found(int sentence, Piece source, Piece cue, Piece contentFrom, Piece contentTo) {}

    private AttributionSpans() {}

    static List<Piece> pieces(int sentence, int[] labels) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            int l = labels[i];
            if (l == AttributionTagger.O) {
                i++;
                continue;
            }
            int role = l % 2 == 1 ? l : l - 1;
            int j = i + 1;
            while (j < labels.length && labels[j] == role + 1) {
                j++;
            }
            out.add(new Piece(sentence, role, i, j));
            i = j;
        }
        return out;
    }

    static List<Found> group(Document doc, List<int[]> labels) {
        List<List<Piece>> bySentence = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            bySentence.add(pieces(k, labels.get(k)));
        }
        List<Piece> used = new ArrayList<>();
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < bySentence.size(); k++) {
            List<Piece> ps = bySentence.get(k);
            List<Piece> cues = ps.stream().filter(p -> p.role() == AttributionTagger.CUE).toList();
            for (int c = 0; c < cues.size(); c++) {
                Piece cue = cues.get(c);
                int lo = c > 0 ? cues.get(c - 1).to() : 0;
                int hi = c + 1 < cues.size() ? cues.get(c + 1).from() : Integer.MAX_VALUE;
                Piece after = first(ps, AttributionTagger.CON, cue.to(), hi, used);
                Piece before = last(ps, AttributionTagger.CON, lo, cue.from(), used);
                Piece srcBefore = last(ps, AttributionTagger.SRC, lo, cue.from(), used);
                Piece srcAfter = first(ps, AttributionTagger.SRC, cue.to(), hi, used);
                Piece from;
                Piece to;
                Piece source;
                if (after != null && before != null && srcBefore != null && srcBefore.from() - before.to() <= 2 && after.from() - cue.to() <= 2
                        && srcBefore.to() <= cue.from()) {
                    // '"X," he said, "Y"': one content around its source and cue
                    from = before;
                    to = after;
                    source = srcBefore;
                } else if (after != null) {
                    from = after;
                    to = after;
                    source = srcBefore != null ? srcBefore : srcAfter != null && srcAfter.to() <= after.from() ? srcAfter : null;
                } else if (before != null) {
                    from = before;
                    to = before;
                    source = srcAfter != null ? srcAfter : srcBefore != null && srcBefore.from() >= before.to() ? srcBefore : null;
                } else {
                    Piece next = k + 1 < bySentence.size() ? leading(bySentence.get(k + 1), used) : null;
                    Piece prev = k > 0 ? trailing(bySentence.get(k - 1), labels.get(k - 1).length, used) : null;
                    from = next != null ? next : prev;
                    to = from;
                    source = srcBefore != null ? srcBefore : srcAfter;
                    if (from == null) {
                        continue;
                    }
                }
                used.add(from);
                used.add(to);
                if (source != null) {
                    used.add(source);
                }
                // Carry a content that ends its sentence into the following sentences' leading content.
                while (to.sentence() + 1 < bySentence.size() && endsSentence(to, labels.get(to.sentence()).length)) {
                    Piece next = leading(bySentence.get(to.sentence() + 1), used);
                    if (next == null || hasCue(bySentence.get(to.sentence() + 1))) {
                        break;
                    }
                    used.add(next);
                    to = next;
                }
                // And one that starts its sentence back into the previous sentences' trailing content.
                while (from.sentence() > 0 && from.from() <= 1) {
                    int prevSentence = from.sentence() - 1;
                    Piece prev = trailing(bySentence.get(prevSentence), labels.get(prevSentence).length, used);
                    if (prev == null || hasCue(bySentence.get(prevSentence))) {
                        break;
                    }
                    used.add(prev);
                    from = prev;
                }
                out.add(new Found(k, source, cue, from, to));
            }
        }
        return out;
    }

    private static boolean hasCue(List<Piece> ps) {
        return ps.stream().anyMatch(p -> p.role() == AttributionTagger.CUE);
    }

    private static boolean endsSentence(Piece p, int length) {
        return p.to() >= length - 1;
    }

    private static Piece leading(List<Piece> ps, List<Piece> used) {
        return !ps.isEmpty() && ps.get(0).role() == AttributionTagger.CON && ps.get(0).from() <= 1 && !used.contains(ps.get(0)) ? ps.get(0) : null;
    }

    private static Piece trailing(List<Piece> ps, int length, List<Piece> used) {
        if (ps.isEmpty()) {
            return null;
        }
        Piece p = ps.get(ps.size() - 1);
        return p.role() == AttributionTagger.CON && p.to() >= length - 1 && !used.contains(p) ? p : null;
    }

    private static Piece first(List<Piece> ps, int role, int from, int to, List<Piece> used) {
        for (Piece p : ps) {
            if (p.role() == role && p.from() >= from && p.to() <= to && !used.contains(p)) {
                return p;
            }
        }
        return null;
    }

    private static Piece last(List<Piece> ps, int role, int from, int to, List<Piece> used) {
        Piece best = null;
        for (Piece p : ps) {
            if (p.role() == role && p.from() >= from && p.to() <= to && !used.contains(p)) {
                best = p;
            }
        }
        return best;
    }

    /** Character offsets of a piece. */
    static int start(Document doc, Piece p) {
        Sentence s = doc.sentences().get(p.sentence());
        return doc.tokens().get(s.firstToken() + p.from()).start();
    }

    static int end(Document doc, Piece p) {
        Sentence s = doc.sentences().get(p.sentence());
        return doc.tokens().get(s.firstToken() + p.to() - 1).end();
    }
}
