package org.sitrep.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.Document;
import org.sitrep.model.LinkType;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The link stage (within one article): each claim is compared with the claims before it by {@link LinkClassifier}
 * (embeddings, shared actors, places and events, stance). Two answers need more than similarity:
 * <ul>
 *   <li>A refutation or denial whose content only refers back ("refuted the claim", "rejected these reports") answers
 *       the earlier claim that reference fits best: one whose cue the noun names ("the claim" / "claimed"), and whose
 *       content is nearest to what the answering source says instead in the same sentence ("…, saying that …").</li>
 *   <li>"X denied that P, after two sources told Reuters that Q": a denial answers the claims of other sources its own
 *       sentence reports.</li>
 * </ul>
 * Each claim keeps only its strongest {@value #MAX_LINKS_PER_CLAIM} links. Cost: one embedding per claim and one
 * cosine per pair of claims in the article (a few microseconds each).
 */
public final class ClaimLinker implements Stage {
    /** The strongest links kept per claim. */
    static final int MAX_LINKS_PER_CLAIM = 3;
    /** How many claims back a reference ("the claim") may reach. */
    static final int LOOK_BACK = 20;
    /** What a reference noun naming the candidate's cue ("the claim" / "claimed") adds to its fit. */
    static final double NOUN_FITS_CUE = 0.3;
    /** Topical similarity below which a denial does not answer a claim of its own sentence. */
    static final double SAME_SENTENCE_MIN = 0.3;
    private static final boolean DEBUG = Boolean.getBoolean("sitrep.link.debug");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "such", "their", "his", "her", "its");

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
        return doc.withLinks(links(doc.claims(), ClaimFeatures.of(doc, 0)));
    }

    /** The links among one article's claims; {@code features} are theirs, in the same order. */
    static List<ClaimLink> links(List<Claim> claims, List<ClaimFeatures> features) {
        List<ClaimLink> out = new ArrayList<>();
        Set<String> pairs = new java.util.HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            for (ClaimLink l : strongest(linksFrom(i, claims, features))) {
                // a denial may answer a claim later in its sentence: the pair is linked once, whichever comes first
                if (pairs.add(l.from() + " " + l.to()) && pairs.add(l.to() + " " + l.from())) {
                    out.add(l);
                }
            }
        }
        if (DEBUG) {
            for (int i = 0; i < features.size(); i++) {
                for (int j = 0; j < i; j++) {
                    System.err.printf(Locale.ROOT, "link-debug [%d]-[%d] cos %.2f topical %.2f%n", i, j,
                            Embeddings.cosine(features.get(i).vector(), features.get(j).vector()), LinkClassifier.topical(features.get(i), features.get(j)));
                }
            }
        }
        return out;
    }

    private static List<ClaimLink> linksFrom(int i, List<Claim> claims, List<ClaimFeatures> f) {
        ClaimFeatures c = f.get(i);
        List<ClaimLink> out = new ArrayList<>();
        Optional<String> noun = referenceNoun(claims.get(i).content().text());
        if (c.answers() && noun.isPresent()) {
            referent(i, noun.get(), claims, f).ifPresent(out::add);
            return out;
        }
        Map<Integer, ClaimLink> byTarget = new HashMap<>();
        if (c.answers()) {
            int sentence = claims.get(i).sentence().start();
            for (int j = 0; j < claims.size(); j++) {
                ClaimFeatures other = f.get(j);
                if (j != i && claims.get(j).sentence().start() == sentence && !other.answers() && !LinkClassifier.sameSource(c, other)) {
                    double topical = LinkClassifier.topical(c, other);
                    if (topical >= SAME_SENTENCE_MIN) {
                        byTarget.put(j, LinkClassifier.link(c, other, LinkType.CONTRADICTS, Math.max(topical, LinkClassifier.CONTRADICTS),
                                List.of(stance(c) + " vs " + stance(other), "same sentence: answers what it reports",
                                        String.format(Locale.ROOT, "embedding cosine %.2f", Embeddings.cosine(c.vector(), other.vector())))));
                    }
                }
            }
        }
        for (int j = i - 1; j >= 0; j--) { // nearest first: among equal scores the nearest are kept
            if (!byTarget.containsKey(j)) {
                LinkClassifier.classify(c, f.get(j)).ifPresent(l -> out.add(l));
            }
        }
        out.addAll(byTarget.values());
        return out;
    }

    /**
     * What "the claim" refers to: among the earlier claims of other sources that answer nothing, the one whose cue the
     * noun names and whose content is nearest to what the answering source says instead in its sentence; the nearest
     * one when nothing tells them apart.
     */
    private static Optional<ClaimLink> referent(int i, String noun, List<Claim> claims, List<ClaimFeatures> f) {
        ClaimFeatures c = f.get(i);
        List<ClaimFeatures> instead = new ArrayList<>();
        for (int k = 0; k < claims.size(); k++) {
            if (k != i && claims.get(k).sentence().equals(claims.get(i).sentence()) && LinkClassifier.sameSource(c, f.get(k))) {
                instead.add(f.get(k));
            }
        }
        String stem = stem(noun);
        int best = -1;
        double bestFit = Double.NEGATIVE_INFINITY;
        List<String> bestWhy = List.of();
        for (int j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
            ClaimFeatures other = f.get(j);
            if (other.answers() || LinkClassifier.sameSource(c, other)) {
                continue;
            }
            List<String> why = new ArrayList<>();
            double fit = -0.01 * (i - j);
            for (String w : other.cue().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (stem.length() >= 4 && stem(w).equals(stem)) {
                    fit += NOUN_FITS_CUE;
                    why.add("'" + noun + "' names its cue '" + other.cue() + "'");
                    break;
                }
            }
            double near = 0;
            for (ClaimFeatures alt : instead) {
                near = Math.max(near, LinkClassifier.topical(alt, other));
            }
            if (!instead.isEmpty()) {
                fit += near;
                why.add(String.format(Locale.ROOT, "the answer's own words are nearest (%.2f)", near));
            }
            if (fit > bestFit) {
                best = j;
                bestFit = fit;
                bestWhy = why;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(stance(c) + " vs " + stance(f.get(best)));
        evidence.add("refers back: '" + claims.get(i).content().text() + "'");
        evidence.addAll(bestWhy);
        return Optional.of(LinkClassifier.link(c, f.get(best), LinkType.CONTRADICTS, 1.0, evidence));
    }

    /** The noun of a content that only refers back ("the claim", "these reports"), if it is one. */
    static Optional<String> referenceNoun(String content) {
        String[] w = content.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (w.length < 2 || w.length > 3 || !DETERMINERS.contains(w[0])) {
            return Optional.empty();
        }
        return Optional.of(w[w.length - 1].replaceAll("[^\\p{L}]", ""));
    }

    /** A crude stem: the first five letters ("claim"/"claimed", "alleg"ation/"alleg"ed, "repor"t/"repor"ted). */
    private static String stem(String w) {
        String s = w.replaceAll("[^\\p{L}]", "");
        return s.length() > 5 ? s.substring(0, 5) : s;
    }

    /** The strongest few, best score first, then (the sort is stable) in the order found: the nearest first. */
    private static List<ClaimLink> strongest(List<ClaimLink> links) {
        links.sort(Comparator.comparingDouble(ClaimLink::score).reversed());
        return links.size() <= MAX_LINKS_PER_CLAIM ? links : new ArrayList<>(links.subList(0, MAX_LINKS_PER_CLAIM));
    }

    private static String stance(ClaimFeatures c) {
        return c.stance().name().toLowerCase(Locale.ROOT);
    }
}
