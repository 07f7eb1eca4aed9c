package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores event typing on one-event gold sentences. Per sentence: is the gold type among the types coded (recall),
 * how many coded events carry the gold type (precision), and, where the gold type was found with a source country,
 * does that country agree with the gold source code's first three letters.
 */
public final class EventTypeScorer {
    private int sentences;
    private int found;
    private int coded;
    private int codedRight;
    private int sourceCompared;
    private int sourceAgreed;
    private final Map<String, int[]> perType = new TreeMap<>();

    /** One predicted event: its type and its source's country (alpha-3) or null. */
    public record Predicted(String type, String sourceCountry) {}

    public void add(PloverRecord gold, List<Predicted> predicted) {
        sentences++;
        int[] t = perType.computeIfAbsent(gold.type(), k -> new int[2]);
        t[1]++;
        coded += predicted.size();
        Predicted hit = null;
        for (Predicted p : predicted) {
            if (p.type().equals(gold.type())) {
                codedRight++;
                if (hit == null) {
                    hit = p;
                }
            }
        }
        if (hit != null) {
            found++;
            t[0]++;
            if (hit.sourceCountry() != null && !gold.sources().isEmpty()) {
                sourceCompared++;
                String country = hit.sourceCountry();
                if (gold.sources().stream().anyMatch(c -> c.startsWith(country))) {
                    sourceAgreed++;
                }
            }
        }
    }

    /** Sentences whose gold type is among the types coded. */
    public int found() {
        return found;
    }

    /** Events coded, over all sentences. */
    public int coded() {
        return coded;
    }

    /** Coded events whose type is their sentence's gold type. */
    public int codedRight() {
        return codedRight;
    }

    public int sourceCompared() {
        return sourceCompared;
    }

    public int sourceAgreed() {
        return sourceAgreed;
    }

    /** Per gold type: {found, sentences}. */
    public Map<String, int[]> perType() {
        return perType;
    }

    public int sentences() {
        return sentences;
    }
}
