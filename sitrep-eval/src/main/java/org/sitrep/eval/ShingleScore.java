package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (its {@code evaluate.py}), reproduced exactly. Texts are split into word
 * tokens (maximal runs of letters, digits and underscores, as Python's {@code \w+}), tokens into overlapping 4-word
 * shingles counted as a multiset (a text of fewer than 4 tokens is one shorter shingle), and each page's true positives,
 * false positives and false negatives are normalised to sum to 1. Precision is averaged over the pages with a non-empty
 * prediction, recall over the pages with a non-empty gold text, and F1 is the harmonic mean of those two averages.
 * Accuracy is the share of pages whose token sequence equals the gold's exactly.
 */
public final class ShingleScore {
    /** Python's {@code \w} on str: letters (Lu, Ll, Lt, Lm, Lo), numbers and the underscore; not combining marks. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private ShingleScore() {}

    /**
     * One page's shingle counts, normalised to sum to 1 (all 0 when both texts have no token), and whether the two
     * token sequences are equal.
     */
    public record PageMatch(double tp, double fp, double fn, boolean exact) {
        /** The page's own precision, as the benchmark computes it (1 when both texts are empty of shingles). */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        /** The page's own recall, as the benchmark computes it. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }

        /** The page's own F1 (for ranking pages; the benchmark's F1 is over the averages). */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The benchmark's figures over a set of pages. */
    public record Summary(int pages, double precision, double recall, double f1, double accuracy) {}

    /** Word tokens of {@code text} (null reads as empty). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Compares a predicted body with the gold body. */
    public static PageMatch match(String gold, String predicted) {
        List<String> goldTokens = tokens(gold);
        List<String> predictedTokens = tokens(predicted);
        Map<List<String>, Integer> g = shingles(goldTokens);
        Map<List<String>, Integer> p = shingles(predictedTokens);
        Set<List<String>> keys = new HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int gc = g.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new PageMatch(tp, fp, fn, goldTokens.equals(predictedTokens));
    }

    /** Averages pages as the benchmark does; precision or recall is 0 over a set with no page that counts for it. */
    public static Summary summarise(List<PageMatch> pages) {
        double precision = 0;
        int predictedPages = 0;
        double recall = 0;
        int goldPages = 0;
        int exact = 0;
        for (PageMatch m : pages) {
            if (m.tp() + m.fp() > 0) {
                precision += m.precision();
                predictedPages++;
            }
            if (m.tp() + m.fn() > 0) {
                recall += m.recall();
                goldPages++;
            }
            exact += m.exact() ? 1 : 0;
        }
        precision = predictedPages == 0 ? 0 : precision / predictedPages;
        recall = goldPages == 0 ? 0 : recall / goldPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(pages.size(), precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }

    /**
     * The paragraphs of {@code text} (split at blank lines or newlines) of which less than half the shingles occur in
     * {@code other}: what one text has and the other misses, for error analysis.
     */
    public static List<String> uncovered(String text, String other) {
        Map<List<String>, Integer> known = shingles(tokens(other));
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n+")) {
            Map<List<String>, Integer> own = shingles(tokens(paragraph));
            if (own.isEmpty()) {
                continue;
            }
            int found = 0;
            int all = 0;
            for (Map.Entry<List<String>, Integer> e : own.entrySet()) {
                all += e.getValue();
                found += Math.min(e.getValue(), known.getOrDefault(e.getKey(), 0));
            }
            if (found * 2 < all) {
                out.add(paragraph.strip());
            }
        }
        return out;
    }

    /** Shingles as counts: every run of 4 tokens, or the whole sequence when it is shorter (none when empty). */
    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }
}
