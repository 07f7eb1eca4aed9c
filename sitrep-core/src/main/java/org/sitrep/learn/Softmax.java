package org.sitrep.learn;

import java.util.Random;

/**
 * Multinomial logistic regression over dense features, trained by stochastic gradient descent with L2 shrinkage:
 * small, deterministic for a seed, enough for a few dozen features and a few thousand examples.
 */
public final class Softmax {
    private Softmax() {}

    /** Weights {@code [feature][class]} for examples {@code x} with classes {@code y} in {@code [0, classes)}. */
    public static double[][] train(double[][] x, int[] y, int classes, double l2, int epochs, long seed) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        double[][] w = new double[d][classes];
        Random random = new Random(seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            double rate = 0.1 / (1 + epoch * 0.05);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                double[] p = probabilities(w, x[i]);
                for (int f = 0; f < d; f++) {
                    if (x[i][f] == 0) {
                        continue;
                    }
                    for (int c = 0; c < classes; c++) {
                        double g = ((c == y[i] ? 1 : 0) - p[c]) * x[i][f];
                        w[f][c] += rate * (g - l2 * w[f][c]);
                    }
                }
            }
        }
        return w;
    }

    /** Class probabilities of one example. */
    public static double[] probabilities(double[][] w, double[] x) {
        int classes = w.length == 0 ? 1 : w[0].length;
        double[] s = new double[classes];
        for (int f = 0; f < x.length; f++) {
            if (x[f] == 0) {
                continue;
            }
            for (int c = 0; c < classes; c++) {
                s[c] += w[f][c] * x[f];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < classes; c++) {
            s[c] /= sum;
        }
        return s;
    }
}
