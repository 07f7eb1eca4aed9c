package org.sitrep.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Claim;
import org.sitrep.model.Span;

/**
 * Scores claims against gold attributions, per role (source, cue, content), two ways:
 * <ul>
 *   <li><b>exact</b>: a predicted span equals a gold span of that role, after trimming spaces, quotes and end punctuation;</li>
 *   <li><b>overlap</b>: predicted and gold spans of that role are paired one to one, greedily, when they share a character.</li>
 * </ul>
 * Roles are scored independently. {@code attribution} pairs whole claims by overlapping cues.
 */
public final class AttributionScorer {
    /** The roles scored. */
    public enum Role { SOURCE, CUE, CONTENT, ATTRIBUTION }

    private final Map<Role, Score> exact = new EnumMap<>(Role.class);
    private final Map<Role, Score> overlap = new EnumMap<>(Role.class);

    public AttributionScorer() {
        for (Role r : Role.values()) {
            exact.put(r, new Score(0, 0, 0));
            overlap.put(r, new Score(0, 0, 0));
        }
    }

    /** Adds one document: its text, Sitrep's claims, and the gold attributions. */
    public void add(String text, List<Claim> claims, List<GoldAttribution> gold) {
        for (Role role : List.of(Role.SOURCE, Role.CUE, Role.CONTENT)) {
            List<int[]> predicted = new ArrayList<>();
            for (Claim c : claims) {
                Span s = role == Role.SOURCE ? c.source().span() : role == Role.CUE ? c.cue() : c.content();
                predicted.add(new int[] {s.start(), s.end()});
            }
            List<GoldSpan> goldSpans = new ArrayList<>();
            for (GoldAttribution g : gold) {
                GoldSpan s = role == Role.SOURCE ? g.source() : role == Role.CUE ? g.cue() : g.content();
                if (s != null) {
                    goldSpans.add(s);
                }
            }
            exact.merge(role, new Score(exactMatches(text, predicted, goldSpans), predicted.size(), goldSpans.size()), Score::plus);
            overlap.merge(role, new Score(overlapMatches(predicted, goldSpans), predicted.size(), goldSpans.size()), Score::plus);
        }
        List<int[]> cues = claims.stream().map(c -> new int[] {c.cue().start(), c.cue().end()}).toList();
        List<GoldSpan> goldCues = gold.stream().map(GoldAttribution::cue).toList();
        overlap.merge(Role.ATTRIBUTION, new Score(overlapMatches(cues, goldCues), cues.size(), goldCues.size()), Score::plus);
        exact.merge(Role.ATTRIBUTION, new Score(fullMatches(text, claims, gold), claims.size(), gold.size()), Score::plus);
    }

    /** Adds one document for a system that finds only contents (quotations): scores the CONTENT role alone. */
    public void addContents(String text, List<Span> contents, List<GoldAttribution> gold) {
        List<int[]> predicted = contents.stream().map(c -> new int[] {c.start(), c.end()}).toList();
        List<GoldSpan> goldSpans = gold.stream().map(GoldAttribution::content).toList();
        exact.merge(Role.CONTENT, new Score(exactMatches(text, predicted, goldSpans), predicted.size(), goldSpans.size()), Score::plus);
        overlap.merge(Role.CONTENT, new Score(overlapMatches(predicted, goldSpans), predicted.size(), goldSpans.size()), Score::plus);
    }

    public Score exact(Role role) {
        return exact.get(role);
    }

    public Score overlap(Role role) {
        return overlap.get(role);
    }

    /** Claims whose cue overlaps a gold cue and whose source and content both match that attribution's exactly. */
    private static int fullMatches(String text, List<Claim> claims, List<GoldAttribution> gold) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        for (Claim c : claims) {
            for (int g = 0; g < gold.size(); g++) {
                GoldAttribution a = gold.get(g);
                if (!used[g] && a.cue().overlaps(c.cue().start(), c.cue().end())
                        && a.source() != null && same(text, c.source().span().start(), c.source().span().end(), a.source())
                        && same(text, c.content().start(), c.content().end(), a.content())) {
                    used[g] = true;
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }

    private static int exactMatches(String text, List<int[]> predicted, List<GoldSpan> gold) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        for (int[] p : predicted) {
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g] && same(text, p[0], p[1], gold.get(g))) {
                    used[g] = true;
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }

    private static int overlapMatches(List<int[]> predicted, List<GoldSpan> gold) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        for (int[] p : predicted) {
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g] && gold.get(g).overlaps(p[0], p[1])) {
                    used[g] = true;
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }

    /** Whether a predicted span equals a gold span under the normalisation the exact scores use. */
    public static boolean same(String text, int start, int end, GoldSpan gold) {
        int[] a = trim(text, start, end);
        int[] b = trim(text, gold.start(), gold.end());
        return a[0] == b[0] && a[1] == b[1];
    }

    /**
     * Drops spaces, quotes and closing punctuation at both ends, and a leading complementiser "that": annotators differ
     * on them (PolNeAR includes "that" in content, Sitrep does not), meaning does not. Applied to both sides alike.
     */
    static int[] trim(String text, int start, int end) {
        String edge = " \t\n\"“”'‘’.,;:!?";
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && edge.indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        if (e - s > 5 && text.regionMatches(true, s, "that ", 0, 5)) {
            s += 5;
        }
        while (e > s && edge.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new int[] {s, e};
    }
}
