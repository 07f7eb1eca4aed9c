package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.eval.LinkGold.GoldClaim;
import org.sitrep.eval.LinkGold.GoldLink;
import org.sitrep.eval.LinkGold.Group;

/**
 * Scores predicted claim links against {@link LinkGold}, group by group.
 * <ul>
 *   <li>A predicted claim <b>matches</b> the gold claim of its article whose quote span contains its cue.</li>
 *   <li>A predicted link is a true positive when both its ends match gold claims and a gold link joins those two claims,
 *       in either direction, with the same type; each gold link is credited once. Every other predicted link, including one
 *       touching an unmatched claim, is a false positive.</li>
 * </ul>
 * Scores are kept per link type, overall (micro: the sum over types) and per group kind; {@link #claims()} tells how
 * many gold claims the predicted claims found, since a missed claim can only lose its links.
 */
public final class LinkScorer {
    /** The link types, in report order. */
    public static final List<String> TYPES = List.of("supports", "contradicts", "elaborates");

    private final Map<String, Score> byType = new LinkedHashMap<>();
    private final Map<String, Score> byKind = new TreeMap<>();
    private Score claims = new Score(0, 0, 0);
    private int groups;
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseHits = new ArrayList<>();

    /** A claim found by the system under test: its id, its article's id and its cue's character offsets. */
    public record PredictedClaim(String id, String article, int cueStart, int cueEnd) {}

    /** A link found by the system under test, between {@link PredictedClaim} ids; type is lowercase. */
    public record PredictedLink(String from, String to, String type) {}

    public LinkScorer() {
        for (String t : TYPES) {
            byType.put(t, new Score(0, 0, 0));
        }
    }

    /**
     * Adds one group: the claims the system found in its articles and the links it made between them.
     *
     * @throws IllegalArgumentException when a claim names an article not in the group, a cue is not a span, a link names
     *     a claim id not among {@code claims}, or a link's type is not one of {@link #TYPES}
     */
    public void add(Group g, List<PredictedClaim> claims, List<PredictedLink> links) {
        Map<String, GoldClaim> matched = new HashMap<>();
        Map<String, PredictedClaim> byId = new HashMap<>();
        Set<String> found = new HashSet<>();
        for (PredictedClaim c : claims) {
            if (g.article(c.article()).isEmpty()) {
                throw new IllegalArgumentException("claim '" + c.id() + "': article '" + c.article() + "' is not in group " + g.id());
            }
            if (c.cueStart() < 0 || c.cueEnd() < c.cueStart()) {
                throw new IllegalArgumentException("claim '" + c.id() + "': cue [" + c.cueStart() + ", " + c.cueEnd() + ") is not a span");
            }
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("claim id '" + c.id() + "' used twice in group " + g.id());
            }
            GoldClaim m = match(g, c);
            if (m != null) {
                matched.put(c.id(), m);
                found.add(m.key());
            }
        }
        this.claims = this.claims.plus(new Score(found.size(), claims.size(), g.claims().size()));

        List<GoldLink> open = new ArrayList<>(g.links());
        Map<String, int[]> counts = new HashMap<>();
        for (PredictedLink l : links) {
            if (!TYPES.contains(l.type())) {
                throw new IllegalArgumentException("link " + l.from() + "->" + l.to() + ": type must be one of " + TYPES + ", not '" + l.type() + "'");
            }
            for (String end : List.of(l.from(), l.to())) {
                if (!byId.containsKey(end)) {
                    throw new IllegalArgumentException("link " + l.from() + "->" + l.to() + ": no predicted claim '" + end + "' in group " + g.id());
                }
            }
            int[] c = counts.computeIfAbsent(l.type(), t -> new int[2]);
            c[1]++;
            GoldClaim from = matched.get(l.from());
            GoldClaim to = matched.get(l.to());
            GoldLink hit = from == null || to == null ? null : open.stream().filter(gl -> gl.type().equals(l.type()) && joins(gl, from, to))
                    .findFirst().orElse(null);
            if (hit != null) {
                open.remove(hit);
                c[0]++;
            } else {
                falseHits.add(g.id() + " " + l.type() + ": " + describe(g, from, l.from()) + " -> " + describe(g, to, l.to()));
            }
        }
        for (GoldLink gl : open) {
            misses.add(g.id() + " " + gl.type() + ": " + describe(g, g.claim(gl.from()).orElseThrow(), gl.from()) + " -> "
                    + describe(g, g.claim(gl.to()).orElseThrow(), gl.to()));
        }
        Score total = new Score(0, 0, 0);
        for (String t : TYPES) {
            int[] c = counts.getOrDefault(t, new int[2]);
            int gold = (int) g.links().stream().filter(gl -> gl.type().equals(t)).count();
            Score s = new Score(c[0], c[1], gold);
            byType.merge(t, s, Score::plus);
            total = total.plus(s);
        }
        byKind.merge(g.kind(), total, Score::plus);
        groups++;
    }

    /** The gold claim of the predicted claim's article whose quote contains its cue, or null. */
    public static GoldClaim match(Group g, PredictedClaim c) {
        for (GoldClaim gc : g.claims()) {
            if (gc.article().equals(c.article()) && gc.start() <= c.cueStart() && c.cueEnd() <= gc.end()) {
                return gc;
            }
        }
        return null;
    }

    /** The gold link joining two gold claims, either way round, or null. */
    public static GoldLink link(Group g, GoldClaim a, GoldClaim b) {
        for (GoldLink gl : g.links()) {
            if (joins(gl, a, b)) {
                return gl;
            }
        }
        return null;
    }

    private static boolean joins(GoldLink gl, GoldClaim a, GoldClaim b) {
        return gl.from().equals(a.key()) && gl.to().equals(b.key()) || gl.from().equals(b.key()) && gl.to().equals(a.key());
    }

    private static String describe(Group g, GoldClaim c, String id) {
        return c == null ? "[unmatched " + id + "]" : c.key() + " \"" + g.quote(c) + "\"";
    }

    /** Link scores per type, in {@link #TYPES} order. */
    public Map<String, Score> byType() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    /** The score of one link type. */
    public Score type(String type) {
        Score s = byType.get(type);
        if (s == null) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ", not '" + type + "'");
        }
        return s;
    }

    /** All links, micro-averaged over types. */
    public Score overall() {
        return byType.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    }

    /** Link scores (all types) per group kind, by kind name. */
    public Map<String, Score> byKind() {
        return Collections.unmodifiableMap(new TreeMap<>(byKind));
    }

    /** Gold claims found: true positives are gold claims matched by at least one predicted claim. */
    public Score claims() {
        return claims;
    }

    /** Groups added so far. */
    public int groups() {
        return groups;
    }

    /** Gold links no predicted link found, one line each: group, type, from-claim and to-claim quotes. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** Predicted links that are not gold, one line each. */
    public List<String> falseHits() {
        return List.copyOf(falseHits);
    }

    /** A Markdown table of the scores: per type, overall, per kind, and the claims found. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d groups%n%n", groups));
        out.append("| links | P | R | F1 | tp | predicted | gold |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        for (String t : TYPES) {
            row(out, t, byType.get(t));
        }
        row(out, "**all (micro)**", overall());
        for (Map.Entry<String, Score> e : byKind.entrySet()) {
            row(out, "kind " + e.getKey(), e.getValue());
        }
        row(out, "*claims found*", claims);
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Score s) {
        out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n", label, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.predicted(), s.gold()));
    }
}
