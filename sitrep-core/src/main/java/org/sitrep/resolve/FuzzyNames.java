package org.sitrep.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * Names within a few edits of a written name, without a scan: the name keys are compiled once into a Lucene FST (key →
 * ordinal), and a query walks it in step with the Levenshtein automaton of the written name, leaving every branch the
 * automaton cannot continue. The work grows with the branches the automaton keeps alive, not with the number of names.
 */
final class FuzzyNames {
    /** A name key within reach of the query, its edit distance and its ordinal (the position in the sorted keys). */
    record Hit(String key, int distance, int ordinal) {}

    private final FST<Long> fst;
    private final String[] keys;

    /** {@code sortedKeys} must be distinct and sorted by code point ({@link #sort}). */
    FuzzyNames(List<String> sortedKeys) {
        this.keys = sortedKeys.toArray(new String[0]);
        try {
            FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton()).build();
            IntsRefBuilder scratch = new IntsRefBuilder();
            for (int i = 0; i < keys.length; i++) {
                compiler.add(Util.toUTF32(keys[i], scratch), (long) i);
            }
            fst = keys.length == 0 ? null : FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the name index: " + e.getMessage(), e);
        }
    }

    /**
     * Sorts keys by code point, the order the FST needs. String.compareTo orders by UTF-16 unit, which is the same
     * order unless a character outside the Basic Multilingual Plane is involved; only then the slower comparison runs.
     */
    static void sort(List<String> keys) {
        boolean surrogates = false;
        for (String k : keys) {
            for (int i = 0; i < k.length() && !surrogates; i++) {
                surrogates = Character.isSurrogate(k.charAt(i));
            }
        }
        keys.sort(surrogates ? FuzzyNames::byCodePoint : java.util.Comparator.naturalOrder());
    }

    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    int size() {
        return keys.length;
    }

    String key(int ordinal) {
        return keys[ordinal];
    }

    /** The keys within {@code maxEdits} edits of {@code query} (a transposition counts as one), nearest first. */
    List<Hit> near(String query, int maxEdits) {
        return near(query, maxEdits, 0);
    }

    /**
     * The keys that start with the first {@code prefix} characters of {@code query} and are within {@code maxEdits}
     * edits of it, nearest first. A fixed first letter confines the walk to one branch of the FST: far less work,
     * and a misspelt first letter is rare.
     */
    List<Hit> near(String query, int maxEdits, int prefix) {
        List<Hit> hits = new ArrayList<>();
        if (fst == null || query.isEmpty()) {
            return hits;
        }
        int edits = Math.min(maxEdits, LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE);
        int cut = query.offsetByCodePoints(0, Math.min(Math.max(prefix, 0), query.codePointCount(0, query.length())));
        // The automaton is deterministic; stepping it directly spares building a run table for every query.
        Automaton run = new LevenshteinAutomata(query.substring(cut), true).toAutomaton(edits, query.substring(0, cut));
        try {
            FST.BytesReader reader = fst.getBytesReader();
            walk(fst.getFirstArc(new FST.Arc<>()), 0, 0L, run, reader, hits, query, edits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::distance).thenComparingInt(Hit::ordinal));
        return hits;
    }

    /**
     * The keys that start with {@code prefix} (which {@code query} starts with) and are within {@code maxEdits} edits
     * of {@code query}, nearest first: a range of the sorted keys compared one by one, no automaton to build. For a
     * long fixed prefix ("john "), whose range is small.
     */
    List<Hit> nearWithPrefix(String query, int maxEdits, String prefix) {
        List<Hit> hits = new ArrayList<>();
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byCodePoint(keys[mid], prefix) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < keys.length && keys[i].startsWith(prefix); i++) {
            int d = Names.distance(query, keys[i], maxEdits);
            if (d <= maxEdits) {
                hits.add(new Hit(keys[i], d, i));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::distance).thenComparingInt(Hit::ordinal));
        return hits;
    }

    private void walk(FST.Arc<Long> parent, int state, long out, Automaton run, FST.BytesReader reader, List<Hit> hits,
                      String query, int edits) throws IOException {
        if (parent.isFinal() && run.isAccept(state)) {
            int ordinal = (int) (out + parent.nextFinalOutput());
            hits.add(new Hit(keys[ordinal], Names.distance(query, keys[ordinal], edits), ordinal));
        }
        if (!FST.targetHasArcs(parent)) {
            return;
        }
        FST.Arc<Long> arc = fst.readFirstTargetArc(parent, new FST.Arc<>(), reader);
        while (true) {
            if (arc.label() != FST.END_LABEL) { // the end of a key, counted above from the arc that led here
                int next = run.step(state, arc.label());
                if (next != -1) {
                    walk(arc, next, out + arc.output(), run, reader, hits, query, edits);
                }
            }
            if (arc.isLast()) {
                return;
            }
            arc = fst.readNextArc(arc, reader);
        }
    }
}
