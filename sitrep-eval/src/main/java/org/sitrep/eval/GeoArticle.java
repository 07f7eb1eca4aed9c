package org.sitrep.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of a geoparsing corpus: its id ({@code docid}, or {@code file#n} for the n-th article when the corpus has
 * none), its text, its date (the corpus's {@code dltime}, or null) and its gold toponyms in corpus order, every one of
 * whose offsets reads its phrase in {@code text}.
 */
public record GeoArticle(String id, String text, LocalDate date, List<GoldToponym> toponyms) {
    public GeoArticle {
        if (id == null || text == null) {
            throw new IllegalArgumentException("The parameters 'id' and 'text' must not be null.");
        }
        toponyms = List.copyOf(toponyms);
    }
}
