package org.sitrep.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.Document;
import org.sitrep.model.LinkType;
import org.sitrep.model.Stance;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The link stage (within one article): a denial or refutation points at the claims it answers, and a claim that
 * repeats another's content from a different source supports it. Every link rests on evidence: "refuted the claim"
 * answers the nearest earlier claim of another source; a denial answers the claims its own sentence reports; otherwise
 * the contents must share enough content words. Each claim keeps only its strongest {@value #MAX_LINKS_PER_CLAIM}
 * links (by evidence, then nearness).
 *
 * <p>Cost is near-linear in the number of claims: candidates come from an inverted index of content words, each word
 * contributing only the {@value #NEIGHBOURS} claims nearest in the text, so a word every claim shares costs no more than
 * a rare one; anaphoric answers look back at most {@value #LOOK_BACK} claims.
 */
public final class ClaimLinker implements Stage {
    /** Minimum share of content words two claims must have in common to be about the same thing. */
    static final double MIN_OVERLAP = 0.5;
    /** A repeat needs at least this many shared content words: one common word is no evidence. */
    static final int MIN_COMMON_WORDS = 2;
    /** The strongest links kept per claim. */
    static final int MAX_LINKS_PER_CLAIM = 3;
    /** Per content word, the claims nearest on each side that are candidates. */
    static final int NEIGHBOURS = 16;
    /** How many claims back "refuted the claim" may reach. */
    static final int LOOK_BACK = 20;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "that", "had",
            "has", "have", "was", "were", "is", "be", "been", "it", "its", "with", "for", "by", "from", "as", "at", "this", "would", "will");

    @Override
    public String name() {
        return "link";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.CLAIMS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.LINKS);
    }

    @Override
    public Document apply(Document doc) {
        List<Claim> claims = doc.claims();
        List<Set<String>> words = new ArrayList<>(claims.size());
        Map<String, List<Integer>> postings = new HashMap<>();
        Map<Integer, List<Integer>> bySentence = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Set<String> w = words(claims.get(i));
            words.add(w);
            for (String s : w) {
                postings.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
            bySentence.computeIfAbsent(claims.get(i).sentence().start(), k -> new ArrayList<>()).add(i);
        }
        List<ClaimLink> links = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            links.addAll(strongest(linksFrom(i, claims, words, postings, bySentence), i));
        }
        return doc.withLinks(links);
    }

    private static List<ClaimLink> linksFrom(int i, List<Claim> claims, List<Set<String>> words, Map<String, List<Integer>> postings,
                                             Map<Integer, List<Integer>> bySentence) {
        Claim c = claims.get(i);
        boolean answers = answers(c);
        LinkType type = c.stance() == Stance.DENY ? LinkType.DENIES : LinkType.REFUTES;
        List<ClaimLink> out = new ArrayList<>();
        if (answers && isAnaphoric(c)) {
            for (int j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
                if (!sameSource(c, claims.get(j))) {
                    out.add(new ClaimLink(i, j, type, 1.0));
                    break;
                }
            }
            return out;
        }
        Set<Integer> linked = new HashSet<>();
        if (answers) {
            // "X denied that P, after two sources told Reuters that Q": the sentence pairs the denial with what it answers.
            for (int j : bySentence.get(c.sentence().start())) {
                Claim other = claims.get(j);
                if (j != i && !answers(other) && !sameSource(c, other)) {
                    out.add(new ClaimLink(i, j, type, 1.0));
                    linked.add(j);
                }
            }
        }
        Map<Integer, Integer> common = new HashMap<>();
        for (String w : words.get(i)) {
            List<Integer> post = postings.get(w);
            int at = java.util.Collections.binarySearch(post, i);
            for (int k = Math.max(0, at - NEIGHBOURS); k < Math.min(post.size(), at + NEIGHBOURS + 1); k++) {
                int j = post.get(k);
                if (j != i) {
                    common.merge(j, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<Integer, Integer> e : common.entrySet()) {
            int j = e.getKey();
            Claim other = claims.get(j);
            if (linked.contains(j) || sameSource(c, other)) {
                continue;
            }
            double overlap = (double) e.getValue() / Math.min(words.get(i).size(), words.get(j).size());
            if (overlap < MIN_OVERLAP) {
                continue;
            }
            boolean otherAnswers = answers(other);
            if (answers && !otherAnswers) {
                out.add(new ClaimLink(i, j, type, round(overlap)));
            } else if (!answers && !otherAnswers && j < i && e.getValue() >= MIN_COMMON_WORDS) {
                out.add(new ClaimLink(i, j, LinkType.SUPPORTS, round(overlap)));
            }
        }
        return out;
    }

    /** The strongest few, best evidence first, then the nearest; kept in the order of the claims they point to. */
    private static List<ClaimLink> strongest(List<ClaimLink> links, int from) {
        if (links.size() <= MAX_LINKS_PER_CLAIM) {
            links.sort(Comparator.comparingInt(ClaimLink::to));
            return links;
        }
        List<ClaimLink> best = new ArrayList<>(links);
        best.sort(Comparator.comparingDouble(ClaimLink::score).reversed().thenComparingInt(l -> Math.abs(l.to() - from))
                .thenComparingInt(ClaimLink::to));
        List<ClaimLink> kept = new ArrayList<>(best.subList(0, MAX_LINKS_PER_CLAIM));
        kept.sort(Comparator.comparingInt(ClaimLink::to));
        return kept;
    }

    private static boolean answers(Claim c) {
        return c.stance() == Stance.DENY || c.stance() == Stance.REFUTE;
    }

    private static boolean isAnaphoric(Claim c) {
        String t = c.content().text().toLowerCase(Locale.ROOT);
        return t.split("\\s+").length <= 3 && (t.startsWith("the ") || t.startsWith("this ") || t.startsWith("that ") || t.startsWith("these "));
    }

    private static boolean sameSource(Claim a, Claim b) {
        return Objects.equals(a.source().description(), b.source().description())
                || a.source().actor() != null && a.source().actor().equals(b.source().actor());
    }

    private static Set<String> words(Claim c) {
        Set<String> out = new HashSet<>();
        for (String w : c.content().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w); // a crude stem: "asked"/"asking", "ceasefire"/"ceasefires"
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
