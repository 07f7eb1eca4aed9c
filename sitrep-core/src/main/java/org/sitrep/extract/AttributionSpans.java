package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;

/** Turns the tagger's labels into attributions: pieces of one role, then each cue with its source and content ({@link #resolve}). */
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

    /** One cue and the span model's labels of its sentence for it ({@link AttributionTagger#SPAN_LABELS}). */
    record CueSpans(Piece cue, int[] spans) {}

    /**
     * The attributions of the given cues: each takes the source its span model labels nearest to it (one before it
     * first) and the content from the first to the last piece labelled content, so a quotation interrupted by its
     * source and cue is one content. A cue left without content takes the next sentence's leading content piece of
     * {@code labels} ('He said:' and a quotation) or the previous sentence's trailing one; a content that reaches the
     * end of its sentence runs on into the following sentences' leading content, and one that starts its sentence back
     * into the previous sentences' trailing content, while no cue of theirs claims it.
     */
    static List<Found> resolve(List<int[]> labels, List<CueSpans> cues) {
        List<List<Piece>> bySentence = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            bySentence.add(pieces(k, labels.get(k)));
        }
        List<Piece> used = new ArrayList<>();
        List<Found> out = new ArrayList<>();
        for (CueSpans c : cues) {
            Piece cue = c.cue();
            int k = cue.sentence();
            Piece source = null;
            Piece from = null;
            Piece to = null;
            for (Piece p : pieces(k, c.spans())) {
                if (p.role() == AttributionTagger.SPAN_SRC) {
                    Piece src = new Piece(k, AttributionTagger.SRC, p.from(), p.to());
                    if (source == null || gap(src, cue) < gap(source, cue) || gap(src, cue) == gap(source, cue) && src.to() <= cue.from()) {
                        source = src;
                    }
                } else if (p.role() == AttributionTagger.SPAN_CON) {
                    Piece con = new Piece(k, AttributionTagger.CON, p.from(), p.to());
                    from = from == null ? con : from;
                    to = con;
                }
            }
            if (from == null) {
                Piece next = k + 1 < bySentence.size() && !hasCue(bySentence.get(k + 1)) ? leading(bySentence.get(k + 1), used) : null;
                Piece prev = k > 0 && !hasCue(bySentence.get(k - 1)) ? trailing(bySentence.get(k - 1), labels.get(k - 1).length, used) : null;
                from = next != null ? next : prev;
                to = from;
                if (from == null) {
                    continue;
                }
                used.add(from);
            }
            // Carry a content that ends its sentence ('"X," said Y.' ends it too) into the following sentences' leading content.
            int reach = to.sentence() == k ? Math.max(to.to(), Math.max(cue.to(), source == null ? 0 : source.to())) : to.to();
            Piece tail = new Piece(to.sentence(), to.role(), to.from(), reach);
            while (tail.sentence() + 1 < bySentence.size() && endsSentence(tail, labels.get(tail.sentence()).length)) {
                Piece next = leading(bySentence.get(tail.sentence() + 1), used);
                if (next == null || hasCue(bySentence.get(tail.sentence() + 1))) {
                    break;
                }
                used.add(next);
                to = next;
                tail = next;
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
        return out;
    }

    /** Tokens between two pieces of one sentence. */
    private static int gap(Piece a, Piece b) {
        return a.to() <= b.from() ? b.from() - a.to() : a.from() - b.to();
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
