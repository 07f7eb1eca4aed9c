package org.sitrep.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.sitrep.link.ClaimFeatures;
import org.sitrep.link.Embeddings;
import org.sitrep.link.LinkClassifier;
import org.sitrep.model.ClaimLink;

/**
 * Links a new article's claims to the claims the store holds, at ingest. Never all pairs: each new claim asks the
 * index for its {@value #K} nearest stored claims by content embedding (cosine) among those published within
 * {@value #WINDOW_DAYS} days of it that involve one of its actors or places, and for its {@value #OPEN_K} nearest of all
 * (HNSW graph, unfiltered: a paraphrase may name no one), kept when within the window; only those are classified
 * ({@link LinkClassifier}). Claims put since the look-up reader was opened are compared the
 * same way from memory. The later claim (by publication date; the new one on a tie) is a link's {@code from}. A pair
 * already linked by another article's block is not linked again, so re-ingesting an article duplicates nothing.
 */
final class CrossLinker {
    /** Nearest stored claims classified per new claim. */
    static final int K = 20;
    /** Nearest claims fetched from the graph without a filter, before the date window and own article are taken out. */
    static final int OPEN_K = 2 * K;
    /** Days either side of a claim's publication date its candidates may come from. */
    static final int WINDOW_DAYS = 60;
    /** The strongest links kept per new claim. */
    static final int MAX_LINKS_PER_CLAIM = 3;

    private CrossLinker() {}

    /**
     * The links between {@code fresh} (one article's claims) and the claims in {@code searcher}'s index or in
     * {@code pending} (claims put but not yet visible to it); {@code pendingLinks} holds the pairs pending blocks link.
     */
    static List<ClaimLink> links(IndexSearcher searcher, List<ClaimFeatures> fresh, Collection<ClaimFeatures> pending,
                                 Set<String> pendingLinks, Map<Integer, ClaimFeatures> cache) throws IOException {
        List<ClaimLink> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ClaimFeatures f : fresh) {
            Set<String> linked = linkedTo(searcher, f.id(), f.article());
            List<ClaimFeatures> candidates = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            // the nearest among claims sharing an actor or place (filtered: an exact search over few claims)
            if (!f.involves().isEmpty()) {
                for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, f.vector(), K, filter(f, true)), K).scoreDocs) {
                    if (seen.add(sd.doc)) {
                        candidates.add(features(stored, sd.doc, cache));
                    }
                }
            }
            // and the nearest of all (a paraphrase may name no one): the graph alone, unfiltered, then the window applied here,
            // since a filter matching many claims would make the graph search fall back to comparing them all
            for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, f.vector(), OPEN_K), OPEN_K).scoreDocs) {
                if (seen.add(sd.doc)) {
                    ClaimFeatures c = features(stored, sd.doc, cache);
                    if (passes(f, c, false)) {
                        candidates.add(c);
                    }
                }
            }
            candidates.addAll(nearestPending(f, pending, candidates));
            List<ClaimLink> mine = new ArrayList<>();
            for (ClaimFeatures c : candidates) {
                if (c.article().equals(f.article()) || linked.contains(c.id()) || pendingLinks.contains(c.id() + " " + f.id())) {
                    continue;
                }
                boolean candidateLater = c.day() != null && f.day() != null && c.day().isAfter(f.day());
                (candidateLater ? LinkClassifier.classify(c, f) : LinkClassifier.classify(f, c)).ifPresent(mine::add);
            }
            mine.sort(Comparator.comparingDouble(ClaimLink::score).reversed());
            out.addAll(mine.subList(0, Math.min(MAX_LINKS_PER_CLAIM, mine.size())));
        }
        return out;
    }

    /** A stored claim's features, read once per reader: the claims of one article share most candidates, as do neighbouring articles. */
    private static ClaimFeatures features(StoredFields stored, int doc, Map<Integer, ClaimFeatures> cache) throws IOException {
        ClaimFeatures f = cache.get(doc);
        if (f == null) {
            f = ClaimRecords.features(stored.document(doc, ClaimRecords.FEATURE_FIELDS));
            cache.put(doc, f);
        }
        return f;
    }

    /**
     * The pending claims a look-up would have found: the {@value #K} nearest sharing an actor or place and the
     * {@value #K} nearest of all within the window, each cosine computed once; none already among {@code found}.
     */
    private static List<ClaimFeatures> nearestPending(ClaimFeatures f, Collection<ClaimFeatures> pending, List<ClaimFeatures> found) {
        if (pending.isEmpty()) {
            return List.of();
        }
        record Scored(ClaimFeatures c, double cos, boolean shared) {}
        List<Scored> inWindow = new ArrayList<>();
        for (ClaimFeatures p : pending) {
            if (passes(f, p, false)) {
                inWindow.add(new Scored(p, Embeddings.cosine(f.vector(), p.vector()), !f.involves().isEmpty() && passes(f, p, true)));
            }
        }
        inWindow.sort(Comparator.comparingDouble(Scored::cos).reversed());
        Set<String> taken = new HashSet<>();
        found.forEach(c -> taken.add(c.id()));
        List<ClaimFeatures> out = new ArrayList<>();
        int shared = 0;
        int open = 0;
        for (Scored s : inWindow) {
            boolean take = s.shared() && shared < K || open < K;
            if (s.shared() && shared < K) {
                shared++;
            } else if (open < K) {
                open++;
            }
            if (take && taken.add(s.c().id())) {
                out.add(s.c());
            }
        }
        return out;
    }

    /** The claims already linked to claim {@code id} by a link record of another article than {@code article} (whose block is being replaced). */
    private static Set<String> linkedTo(IndexSearcher searcher, String id, String article) throws IOException {
        Set<String> out = new HashSet<>();
        Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.CLAIM_REF, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ARTICLE, article)), BooleanClause.Occur.MUST_NOT).build();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
            String pair = stored.document(sd.doc, Set.of(Fields.ID)).get(Fields.ID);
            for (String end : pair.split(">")) {
                out.add(end);
            }
        }
        return out;
    }

    /** Claims of other articles within the date window, and involving one of {@code f}'s actors or places when {@code shared}. */
    static Query filter(ClaimFeatures f, boolean shared) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, Kind.CLAIM.field())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ARTICLE, f.article())), BooleanClause.Occur.MUST_NOT);
        if (shared) {
            List<BytesRef> terms = f.involves().stream().map(i -> new BytesRef(i.toLowerCase(Locale.ROOT))).toList();
            b.add(new TermInSetQuery(Fields.INVOLVES, terms), BooleanClause.Occur.FILTER);
        }
        if (f.day() != null) {
            long day = f.day().toEpochDay();
            Query inWindow = LongPoint.newRangeQuery(Fields.DAY, day - WINDOW_DAYS, day + WINDOW_DAYS);
            Query undated = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .add(LongPoint.newRangeQuery(Fields.DAY, Long.MIN_VALUE, Long.MAX_VALUE), BooleanClause.Occur.MUST_NOT).build();
            b.add(new BooleanQuery.Builder().add(inWindow, BooleanClause.Occur.SHOULD).add(undated, BooleanClause.Occur.SHOULD).build(),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The in-memory twin of {@link #filter}. */
    static boolean passes(ClaimFeatures f, ClaimFeatures c, boolean shared) {
        if (c.article().equals(f.article())) {
            return false;
        }
        if (shared && c.involves().stream().noneMatch(i -> f.involves().contains(i))) {
            return false;
        }
        return f.day() == null || c.day() == null || Math.abs(f.day().toEpochDay() - c.day().toEpochDay()) <= WINDOW_DAYS;
    }
}
