package org.sitrep.link;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence embeddings of claim contents: the quantised all-MiniLM-L6-v2 model (384 dimensions) inside its jar, run by
 * ONNX Runtime. The model is loaded once per JVM, on first use; vectors are unit length, so a dot product is their
 * cosine. The last {@value #CACHE} texts are remembered, so the linker and the store embedding the same claims pay once.
 */
public final class Embeddings {
    /** Dimensions of every vector. */
    public static final int DIMENSIONS = 384;
    /** Texts whose vectors are remembered. */
    static final int CACHE = 4096;

    private static final Map<String, float[]> RECENT = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE;
        }
    };
    private static volatile long loadNanos = -1;

    private Embeddings() {}

    /** Loaded on first use of the holder class: the JVM makes that once and thread-safe. */
    private static final class Model {
        static final EmbeddingModel INSTANCE = load();

        private static EmbeddingModel load() {
            long t0 = System.nanoTime();
            EmbeddingModel m = new AllMiniLmL6V2QuantizedEmbeddingModel();
            m.embed("warm up");
            loadNanos = System.nanoTime() - t0;
            return m;
        }
    }

    /** Loads the model now (once per JVM), so that its load is not paid by the first article linked. */
    public static void load() {
        if (Model.INSTANCE == null) {
            throw new IllegalStateException("no embedding model");
        }
    }

    /** The unit-length embedding of {@code text}. */
    public static float[] of(String text) {
        synchronized (RECENT) {
            float[] known = RECENT.get(text);
            if (known != null) {
                return known;
            }
        }
        float[] v = normalised(Model.INSTANCE.embed(text).content().vector());
        synchronized (RECENT) {
            RECENT.put(text, v);
        }
        return v;
    }

    /** The cosine of two unit-length vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** How long loading the model took, in milliseconds, or -1 before it was loaded. */
    public static double loadMillis() {
        return loadNanos < 0 ? -1 : loadNanos / 1e6;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
