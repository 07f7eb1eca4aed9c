package org.sitrep.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.learn.Softmax;
import org.sitrep.model.LinkType;

/**
 * A learned decision over {@link PairFeatures}: multinomial logistic regression over no link, supports, contradicts,
 * elaborates, trained by {@code sitrep train links} on the dev split of the team's claim-link set. A link is made when a
 * link class is likelier than no link and at least {@link #threshold()} likely. The weights are a text file
 * ({@value #RESOURCE}): a {@code threshold} row, then one row per feature with its four weights.
 */
public final class LinkModel {
    /** The bundled file's resource name. */
    public static final String RESOURCE = "link-model.tsv";
    /** The classes, in the weights' column order. */
    public static final List<String> CLASSES = List.of("none", "supports", "contradicts", "elaborates");
    private static volatile Optional<LinkModel> bundled;

    private final double[][] weights;
    private final double threshold;

    public LinkModel(double[][] weights, double threshold) {
        if (weights.length != PairFeatures.NAMES.size()) {
            throw new IllegalArgumentException("a link model needs " + PairFeatures.NAMES.size() + " feature rows, got " + weights.length);
        }
        this.weights = weights;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The bundled model, or null when the build has none (then {@link LinkClassifier} decides by its rules). */
    public static LinkModel bundled() {
        Optional<LinkModel> b = bundled;
        if (b == null) {
            try (InputStream in = LinkModel.class.getResourceAsStream(RESOURCE)) {
                b = in == null ? Optional.empty() : Optional.of(read(in, RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = b;
        }
        return b.orElse(null);
    }

    /** Trains a model on pairs {@code x} labelled {@code y} (indexes into {@link #CLASSES}). */
    public static LinkModel train(List<double[]> x, List<Integer> y, double l2, int epochs, double threshold, long seed) {
        double[][] xs = x.toArray(new double[0][]);
        int[] ys = y.stream().mapToInt(Integer::intValue).toArray();
        return new LinkModel(Softmax.train(xs, ys, CLASSES.size(), l2, epochs, seed), threshold);
    }

    /** The pair's features (for the training command). */
    public static double[] features(ClaimFeatures later, ClaimFeatures earlier) {
        return PairFeatures.of(later, earlier);
    }

    /** The likeliest link class of a pair and its probability, or empty for no link. */
    public Optional<Decision> decide(double[] x) {
        double[] p = Softmax.probabilities(weights, x);
        int best = 1;
        for (int c = 2; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        if (p[best] <= p[0] || p[best] < threshold) {
            return Optional.empty();
        }
        return Optional.of(new Decision(LinkType.valueOf(CLASSES.get(best).toUpperCase(Locale.ROOT)), p[best]));
    }

    /** A link class and how likely the model finds it. */
    public record Decision(LinkType type, double probability) {}

    public void write(PrintWriter out) {
        out.println("# Sitrep link model: multinomial logistic regression over PairFeatures; made by `sitrep train links`.");
        out.println("# feature\t" + String.join("\t", CLASSES));
        out.printf(Locale.ROOT, "threshold\t%.3f%n", threshold);
        for (int f = 0; f < weights.length; f++) {
            StringBuilder b = new StringBuilder(PairFeatures.NAMES.get(f));
            for (double w : weights[f]) {
                b.append('\t').append(String.format(Locale.ROOT, "%.5f", w));
            }
            out.println(b);
        }
        out.flush();
    }

    /** Reads a model {@link #write} wrote; an unknown or missing feature, or a malformed row, is an error naming {@code name}:line. */
    public static LinkModel read(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        double[][] w = new double[PairFeatures.NAMES.size()][];
        double threshold = 0.5;
        List<String> problems = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                if (cols[0].equals("threshold") && cols.length == 2) {
                    threshold = Double.parseDouble(cols[1]);
                    continue;
                }
                int f = PairFeatures.NAMES.indexOf(cols[0]);
                if (f < 0) {
                    problems.add(name + ":" + n + ": unknown feature '" + cols[0] + "'");
                } else if (cols.length != CLASSES.size() + 1) {
                    problems.add(name + ":" + n + ": expected " + CLASSES.size() + " weights after the feature name");
                } else {
                    w[f] = new double[CLASSES.size()];
                    for (int c = 0; c < CLASSES.size(); c++) {
                        w[f][c] = Double.parseDouble(cols[c + 1]);
                    }
                }
            } catch (NumberFormatException e) {
                problems.add(name + ":" + n + ": not a number (" + e.getMessage() + ")");
            }
        }
        for (int f = 0; f < w.length; f++) {
            if (w[f] == null) {
                problems.add(name + ": no weights for feature '" + PairFeatures.NAMES.get(f) + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException(String.join("; ", problems));
        }
        return new LinkModel(w, threshold);
    }
}
