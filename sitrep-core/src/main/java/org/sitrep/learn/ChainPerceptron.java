package org.sitrep.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear-chain tagger over hashed sparse features, trained as an averaged structured perceptron (Collins
 * 2002) and decoded by Viterbi under the allowed label transitions (for BIO labels: an {@code I-X} only after
 * {@code B-X} or {@code I-X}). A token's features are 64-bit hashes ({@link Features}); features never seen in training
 * are ignored. Saved as gzip with 16-bit weights; a model of a few hundred thousand features loads in well under a
 * second.
 */
public final class ChainPerceptron {
    private static final String MAGIC = "sitrep.chain-perceptron/1";
    private final List<String> labels;
    private final boolean[][] allowed;
    private final LongIntMap index;
    private final float[] weights;
    private final float[] transitions;

    private ChainPerceptron(List<String> labels, LongIntMap index, float[] weights, float[] transitions) {
        this.labels = List.copyOf(labels);
        this.allowed = bio(labels);
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
    }

    public List<String> labels() {
        return labels;
    }

    /** How many features carry a weight. */
    public int features() {
        return index.size();
    }

    /** The best label sequence (indexes into {@link #labels()}) for one sequence of tokens' feature hashes. */
    public int[] decode(long[][] tokens) {
        return decode(emissions(tokens));
    }

    /**
     * Each token's score for each label from its features. Scores add: the emissions of two disjoint feature sets
     * summed are the emissions of their union, so a caller may compute a shared part once.
     */
    public float[][] emissions(long[][] tokens) {
        int n = tokens.length;
        int l = labels.size();
        float[][] emit = new float[n][l];
        for (int t = 0; t < n; t++) {
            for (long f : tokens[t]) {
                int id = index.get(f);
                if (id >= 0) {
                    int base = id * l;
                    for (int y = 0; y < l; y++) {
                        emit[t][y] += weights[base + y];
                    }
                }
            }
        }
        return emit;
    }

    /** The best label sequence under the given emission scores. */
    public int[] decode(float[][] emissions) {
        return viterbi(emissions, transitions, allowed, labels.size());
    }

    private static int[] viterbi(float[][] emit, float[] trans, boolean[][] allowed, int l) {
        int n = emit.length;
        if (n == 0) {
            return new int[0];
        }
        float[][] score = new float[n][l];
        int[][] back = new int[n][l];
        for (int y = 0; y < l; y++) {
            score[0][y] = allowed[0][y] ? emit[0][y] + trans[y] : Float.NEGATIVE_INFINITY;
        }
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < l; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    if (!allowed[p + 1][y] || score[t - 1][p] == Float.NEGATIVE_INFINITY) {
                        continue;
                    }
                    float v = score[t - 1][p] + trans[(p + 1) * l + y];
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                score[t][y] = best + emit[t][y];
                back[t][y] = arg;
            }
        }
        int[] out = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < l; y++) {
            if (score[n - 1][y] > best) {
                best = score[n - 1][y];
                out[n - 1] = y;
            }
        }
        for (int t = n - 1; t > 0; t--) {
            out[t - 1] = back[t][out[t]];
        }
        return out;
    }

    /** Row 0: may a sequence start with the label; row p+1: may the label follow label p. {@code I-X} needs {@code B-X}/{@code I-X} before it. */
    static boolean[][] bio(List<String> labels) {
        int l = labels.size();
        boolean[][] a = new boolean[l + 1][l];
        for (int y = 0; y < l; y++) {
            String to = labels.get(y);
            a[0][y] = !to.startsWith("I-");
            for (int p = 0; p < l; p++) {
                String from = labels.get(p);
                a[p + 1][y] = !to.startsWith("I-") || from.length() > 2 && from.substring(2).equals(to.substring(2));
            }
        }
        return a;
    }

    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gzip);
        write(d);
        d.flush();
        gzip.finish();
    }

    /** Writes the model, uncompressed, to a stream that may hold other models after it. */
    public void write(DataOutputStream d) throws IOException {
        int l = labels.size();
        float max = 1e-9f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max / Short.MAX_VALUE;
        d.writeUTF(MAGIC);
        d.writeInt(l);
        for (String s : labels) {
            d.writeUTF(s);
        }
        for (float t : transitions) {
            d.writeFloat(t);
        }
        d.writeFloat(scale);
        d.writeInt(index.size());
        index.forEach((key, id) -> {
            try {
                d.writeLong(key);
                for (int y = 0; y < l; y++) {
                    d.writeShort(Math.round(weights[id * l + y] / scale));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Reads a model {@link #save} wrote; {@code name} names the file or resource in errors. */
    public static ChainPerceptron load(InputStream in, String name) throws IOException {
        return read(new DataInputStream(gunzip(in, name)), name);
    }

    /** The stream uncompressed; a stream that is no gzip is an error naming {@code name}. */
    public static InputStream gunzip(InputStream in, String name) throws IOException {
        try {
            return new GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            throw new IOException(name + ": not a gzip-compressed model (" + e.getMessage() + ")", e);
        }
    }

    /** Reads one model {@link #write} wrote. */
    public static ChainPerceptron read(DataInputStream d, String name) throws IOException {
        String magic;
        try {
            magic = d.readUTF();
        } catch (IOException e) {
            throw new IOException(name + ": not a Sitrep tagger model (" + e.getMessage() + ")", e);
        }
        if (!MAGIC.equals(magic)) {
            throw new IOException(name + ": not a Sitrep tagger model (header '" + magic + "')");
        }
        try {
            int l = d.readInt();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < l; i++) {
                labels.add(d.readUTF());
            }
            float[] trans = new float[(l + 1) * l];
            for (int i = 0; i < trans.length; i++) {
                trans[i] = d.readFloat();
            }
            float scale = d.readFloat();
            int n = d.readInt();
            LongIntMap index = new LongIntMap(n);
            float[] w = new float[n * l];
            for (int i = 0; i < n; i++) {
                index.put(d.readLong(), i);
                for (int y = 0; y < l; y++) {
                    w[i * l + y] = d.readShort() * scale;
                }
            }
            return new ChainPerceptron(labels, index, w, trans);
        } catch (java.io.EOFException e) {
            throw new IOException(name + ": truncated tagger model", e);
        }
    }

    /** Collects labelled sequences, then trains. */
    public static final class Trainer {
        private final List<String> labels;
        private final int minCount;
        private final List<long[][]> raw = new ArrayList<>();
        private final List<int[]> golds = new ArrayList<>();

        public Trainer(List<String> labels) {
            this(labels, 1);
        }

        /** A trainer that ignores features seen in fewer than {@code minCount} tokens (they make the model big, not better). */
        public Trainer(List<String> labels, int minCount) {
            this.labels = List.copyOf(labels);
            this.minCount = minCount;
        }

        public void add(long[][] tokens, int[] gold) {
            if (tokens.length != gold.length) {
                throw new IllegalArgumentException("features for " + tokens.length + " tokens, labels for " + gold.length);
            }
            raw.add(tokens);
            golds.add(gold.clone());
        }

        public int sequences() {
            return raw.size();
        }

        /** Averaged perceptron: {@code epochs} shuffled passes; features with all-zero averaged weights are dropped. */
        public ChainPerceptron train(int epochs, long seed, PrintWriter log) {
            LongIntMap counts = new LongIntMap(1 << 20);
            for (long[][] seq : raw) {
                for (long[] tok : seq) {
                    for (long f : tok) {
                        int c = counts.getOrAdd(f, 0);
                        counts.put(f, c + 1);
                    }
                }
            }
            LongIntMap index = new LongIntMap(counts.size());
            counts.forEach((key, c) -> {
                if (c >= minCount) {
                    index.put(key, index.size());
                }
            });
            List<int[][]> sequences = new ArrayList<>(raw.size());
            for (long[][] seq : raw) {
                int[][] ids = new int[seq.length][];
                for (int t = 0; t < seq.length; t++) {
                    int[] buf = new int[seq[t].length];
                    int n = 0;
                    for (long f : seq[t]) {
                        int id = index.get(f);
                        if (id >= 0) {
                            buf[n++] = id;
                        }
                    }
                    ids[t] = java.util.Arrays.copyOf(buf, n);
                }
                sequences.add(ids);
            }
            int l = labels.size();
            int nf = index.size();
            boolean[][] allowed = bio(labels);
            float[] w = new float[nf * l];
            float[] wa = new float[nf * l];
            float[] t = new float[(l + 1) * l];
            float[] ta = new float[(l + 1) * l];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sequences.size(); i++) {
                order.add(i);
            }
            Random random = new Random(seed);
            int c = 1;
            for (int epoch = 1; epoch <= epochs; epoch++) {
                Collections.shuffle(order, random);
                int wrong = 0;
                int tokens = 0;
                for (int i : order) {
                    int[][] seq = sequences.get(i);
                    int[] gold = golds.get(i);
                    float[][] emit = new float[seq.length][l];
                    for (int k = 0; k < seq.length; k++) {
                        for (int f : seq[k]) {
                            for (int y = 0; y < l; y++) {
                                emit[k][y] += w[f * l + y];
                            }
                        }
                    }
                    int[] pred = viterbi(emit, t, allowed, l);
                    tokens += seq.length;
                    for (int k = 0; k < seq.length; k++) {
                        int prevGold = k == 0 ? -1 : gold[k - 1];
                        int prevPred = k == 0 ? -1 : pred[k - 1];
                        if (pred[k] != gold[k]) {
                            wrong++;
                            for (int f : seq[k]) {
                                w[f * l + gold[k]] += 1;
                                wa[f * l + gold[k]] += c;
                                w[f * l + pred[k]] -= 1;
                                wa[f * l + pred[k]] -= c;
                            }
                        }
                        if (pred[k] != gold[k] || prevPred != prevGold) {
                            t[(prevGold + 1) * l + gold[k]] += 1;
                            ta[(prevGold + 1) * l + gold[k]] += c;
                            t[(prevPred + 1) * l + pred[k]] -= 1;
                            ta[(prevPred + 1) * l + pred[k]] -= c;
                        }
                    }
                    c++;
                }
                if (log != null) {
                    log.printf(Locale.ROOT, "epoch %d: %.4f of %d tokens mislabelled%n", epoch, (double) wrong / Math.max(1, tokens), tokens);
                    log.flush();
                }
            }
            float[] avg = new float[nf * l];
            for (int i = 0; i < avg.length; i++) {
                avg[i] = w[i] - wa[i] / c;
            }
            float[] tavg = new float[t.length];
            for (int i = 0; i < t.length; i++) {
                tavg[i] = t[i] - ta[i] / c;
            }
            // Keep the features that carry weight; renumber them densely.
            LongIntMap kept = new LongIntMap(nf);
            List<float[]> rows = new ArrayList<>();
            index.forEach((key, id) -> {
                boolean any = false;
                for (int y = 0; y < l && !any; y++) {
                    any = Math.abs(avg[id * l + y]) > 1e-3f;
                }
                if (any) {
                    float[] row = new float[l];
                    System.arraycopy(avg, id * l, row, 0, l);
                    kept.put(key, rows.size());
                    rows.add(row);
                }
            });
            float[] dense = new float[rows.size() * l];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, dense, i * l, l);
            }
            return new ChainPerceptron(labels, kept, dense, tavg);
        }
    }
}
