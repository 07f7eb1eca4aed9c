package org.sitrep.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Facet counts over the records a search matches. Each record carries, per dimension, sorted-set doc values
 * ({@code facet_<dimension>}); a value with a label (an actor's or place's name) is stored as {@code value U+001F label}.
 * Counting reads each matching record's ordinals into an array per segment and turns the ordinals into values once
 * per segment, so it costs one pass over the matches whatever the number of distinct values.
 */
final class Facets {
    /** The dimensions, in the order a result lists them. */
    static final List<String> DIMENSIONS = List.of("kind", "type", "actor", "place", "outlet", "stance");
    /** The values listed per dimension, largest first. */
    static final int TOP = 15;
    /** A hidden dimension: each place a record names, labelled with the place's JSON (name, lat, lon, country, kind), for maps. */
    static final String GEO = "geo";
    private static final char LABEL = '\u001f';

    private Facets() {}

    static String field(String dimension) {
        return "facet_" + dimension;
    }

    /** Adds {@code value} (with {@code label} to show, or null) to {@code dimension} of record {@code r}. */
    static void add(org.apache.lucene.document.Document r, String dimension, String value, String label) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.indexOf(LABEL) >= 0 ? value.replace(LABEL, ' ') : value;
        String stored = label == null || label.isBlank() || label.equals(v) ? v : v + LABEL + label.replace(LABEL, ' ');
        r.add(new SortedSetDocValuesField(field(dimension), new BytesRef(stored)));
    }

    /** Counts the facets of the records it collects; {@link #counts()} after the search. */
    static final class Counter extends SimpleCollector {
        private final List<String> dimensions;
        private final int top;
        private final Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        private final SortedSetDocValues[] values;
        private final int[][] ordinals;
        private long hits;

        /** Counts {@link #DIMENSIONS}, listing the {@link #TOP} values of each. */
        Counter() {
            this(DIMENSIONS, TOP);
        }

        Counter(List<String> dimensions, int top) {
            this.dimensions = List.copyOf(dimensions);
            this.top = top;
            this.values = new SortedSetDocValues[dimensions.size()];
            this.ordinals = new int[dimensions.size()][];
            dimensions.forEach(d -> totals.put(d, new HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < dimensions.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), field(dimensions.get(i)));
                long n = values[i].getValueCount();
                ordinals[i] = n == 0 ? null : new int[(int) n];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            hits++;
            for (int i = 0; i < values.length; i++) {
                if (ordinals[i] != null && values[i].advanceExact(doc)) {
                    for (int k = 0, n = values[i].docValueCount(); k < n; k++) {
                        ordinals[i][(int) values[i].nextOrd()]++;
                    }
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /** Turns the current segment's ordinal counts into value counts. */
        private void flush() throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (ordinals[i] == null) {
                    continue;
                }
                Map<String, Long> total = totals.get(dimensions.get(i));
                int[] counts = ordinals[i];
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        total.merge(values[i].lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                    }
                }
                ordinals[i] = null;
            }
        }

        long hits() {
            return hits;
        }

        /** The top values per dimension, largest count first, then by label. */
        Map<String, List<FacetCount>> counts() throws IOException {
            flush();
            Map<String, List<FacetCount>> out = new LinkedHashMap<>();
            totals.forEach((dimension, total) -> {
                List<FacetCount> list = new ArrayList<>(total.size());
                total.forEach((stored, count) -> {
                    int cut = stored.indexOf(LABEL);
                    list.add(cut < 0 ? new FacetCount(stored, stored, count) : new FacetCount(stored.substring(0, cut), stored.substring(cut + 1), count));
                });
                list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label).thenComparing(FacetCount::value));
                out.put(dimension, List.copyOf(list.subList(0, Math.min(top, list.size()))));
            });
            return out;
        }
    }
}
