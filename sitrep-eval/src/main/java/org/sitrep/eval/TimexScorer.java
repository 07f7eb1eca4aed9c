package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The TempEval-3 timex measures (UzZaman et al. 2013, the TE3 evaluation toolkit), over character extents:
 * <ul>
 *   <li>each document's found and gold expressions are paired one to one: first those with identical extents, then
 *       the remaining overlapping ones, largest overlap first (ties: earlier gold, then earlier found);</li>
 *   <li><b>strict</b> match: identical extent; <b>relaxed</b> match: a pair at all (overlapping extent). Precision is
 *       over found expressions, recall over gold ones;</li>
 *   <li><b>type</b>: accuracy over relaxed matches, and type F1 with P = relaxed matches of the same type / found,
 *       R = the same / gold;</li>
 *   <li><b>value</b>: F1 with P = relaxed matches with the same value / found, R = the same / gold.</li>
 * </ul>
 * Types and values are compared after trimming and upper-casing only ({@code p1w} equals {@code P1W}, {@code 1998-W30}
 * does not equal {@code 1998-07-24}). Not thread-safe: one scorer per system.
 */
public final class TimexScorer {
    private int gold;
    private int found;
    private int strict;
    private int relaxed;
    private int sameType;
    private int sameValue;
    private final List<Item> items = new ArrayList<>();

    /**
     * One gold or found expression after pairing: a pair, a missed gold expression ({@code found} null) or a spurious
     * found one ({@code gold} null).
     *
     * @param foundText the document text under the found extent, or empty
     */
    public record Item(String document, GoldTimex gold, FoundTimex found, String foundText) {
        public boolean missed() {
            return found == null;
        }

        public boolean spurious() {
            return gold == null;
        }

        /** Paired with an identical extent. */
        public boolean strict() {
            return gold != null && found != null && gold.start() == found.start() && gold.end() == found.end();
        }

        public boolean sameType() {
            return gold != null && found != null && norm(gold.type()).equals(norm(found.type()));
        }

        public boolean sameValue() {
            return gold != null && found != null && norm(gold.value()).equals(norm(found.value()));
        }

        /** Right extent, type and value. */
        public boolean correct() {
            return strict() && sameType() && sameValue();
        }
    }

    /** A pairing of gold index {@code g} with found index {@code f}. */
    record Pair(int g, int f) {}

    /**
     * Scores one document.
     *
     * @param document a name for error listings (file or id)
     * @param text     the document text the offsets point into (for the found expressions' text in listings)
     */
    public void add(String document, String text, List<GoldTimex> goldTimexes, List<FoundTimex> foundTimexes) {
        if (goldTimexes == null) {
            throw new IllegalArgumentException("The parameter 'goldTimexes' must not be null.");
        }
        if (foundTimexes == null) {
            throw new IllegalArgumentException("The parameter 'foundTimexes' must not be null.");
        }
        gold += goldTimexes.size();
        found += foundTimexes.size();
        List<Pair> pairs = match(goldTimexes, foundTimexes);
        boolean[] goldPaired = new boolean[goldTimexes.size()];
        boolean[] foundPaired = new boolean[foundTimexes.size()];
        List<Item> doc = new ArrayList<>();
        for (Pair p : pairs) {
            goldPaired[p.g()] = true;
            foundPaired[p.f()] = true;
            FoundTimex f = foundTimexes.get(p.f());
            Item item = new Item(document, goldTimexes.get(p.g()), f, slice(text, f));
            relaxed++;
            strict += item.strict() ? 1 : 0;
            sameType += item.sameType() ? 1 : 0;
            sameValue += item.sameValue() ? 1 : 0;
            doc.add(item);
        }
        for (int g = 0; g < goldPaired.length; g++) {
            if (!goldPaired[g]) {
                doc.add(new Item(document, goldTimexes.get(g), null, ""));
            }
        }
        for (int f = 0; f < foundPaired.length; f++) {
            if (!foundPaired[f]) {
                doc.add(new Item(document, null, foundTimexes.get(f), slice(text, foundTimexes.get(f))));
            }
        }
        doc.sort(Comparator.comparingInt(TimexScorer::position));
        items.addAll(doc);
    }

    /** One-to-one pairs: identical extents first, then the largest overlaps. */
    static List<Pair> match(List<GoldTimex> gold, List<FoundTimex> found) {
        List<Pair> out = new ArrayList<>();
        boolean[] g = new boolean[gold.size()];
        boolean[] f = new boolean[found.size()];
        for (int j = 0; j < found.size(); j++) {
            for (int i = 0; i < gold.size(); i++) {
                if (!g[i] && gold.get(i).start() == found.get(j).start() && gold.get(i).end() == found.get(j).end()) {
                    g[i] = true;
                    f[j] = true;
                    out.add(new Pair(i, j));
                    break;
                }
            }
        }
        record Candidate(int g, int f, int overlap) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < found.size(); j++) {
                if (!g[i] && !f[j] && found.get(j).overlaps(gold.get(i).start(), gold.get(i).end())) {
                    int overlap = Math.min(gold.get(i).end(), found.get(j).end()) - Math.max(gold.get(i).start(), found.get(j).start());
                    candidates.add(new Candidate(i, j, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(c -> gold.get(c.g()).start()).thenComparingInt(c -> found.get(c.f()).start()));
        for (Candidate c : candidates) {
            if (!g[c.g()] && !f[c.f()]) {
                g[c.g()] = true;
                f[c.f()] = true;
                out.add(new Pair(c.g(), c.f()));
            }
        }
        return out;
    }

    /** Exact extents: P over found, R over gold. */
    public Score strict() {
        return new Score(strict, found, gold);
    }

    /** Overlapping extents, paired one to one. */
    public Score relaxed() {
        return new Score(relaxed, found, gold);
    }

    /** Relaxed matches of the same type, over found (P) and gold (R). */
    public Score type() {
        return new Score(sameType, found, gold);
    }

    /** Relaxed matches with the same value, over found (P) and gold (R): TempEval-3's value F1. */
    public Score value() {
        return new Score(sameValue, found, gold);
    }

    /** Relaxed matches of the same type, over relaxed matches (0 when there are none). */
    public double typeAccuracy() {
        return relaxed == 0 ? 0 : (double) sameType / relaxed;
    }

    /** Relaxed matches with the same value, over relaxed matches (0 when there are none). */
    public double valueAccuracy() {
        return relaxed == 0 ? 0 : (double) sameValue / relaxed;
    }

    /** Expressions found so far. */
    public int found() {
        return found;
    }

    /** Gold expressions so far. */
    public int gold() {
        return gold;
    }

    /** Every paired, missed and spurious expression so far, document by document in text order. */
    public List<Item> items() {
        return List.copyOf(items);
    }

    /** The items that are not {@link Item#correct() correct}: missed, spurious, or wrong in extent, type or value. */
    public List<Item> errors() {
        return items.stream().filter(i -> !i.correct()).toList();
    }

    static String norm(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static int position(Item i) {
        return i.gold() != null ? i.gold().start() : i.found().start();
    }

    private static String slice(String text, FoundTimex t) {
        if (text == null || t.end() > text.length()) {
            return "";
        }
        return text.substring(t.start(), t.end());
    }
}
