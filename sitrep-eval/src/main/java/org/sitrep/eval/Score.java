package org.sitrep.eval;

import java.util.Locale;

/** Counts for precision, recall and F1. */
public record Score(int truePositives, int predicted, int gold) {
    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)", precision(), recall(), f1(), truePositives, predicted, gold);
    }
}
