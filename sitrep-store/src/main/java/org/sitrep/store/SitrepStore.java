package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.sitrep.json.DocumentJson;
import org.sitrep.link.ClaimFeatures;
import org.sitrep.model.Article;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.Document;
import org.sitrep.model.Ids;
import org.sitrep.story.Bands;
import org.sitrep.story.Signature;
import org.sitrep.story.StoryScheme;

/**
 * The embedded store: one Lucene index holding each article with its claims and events as one block. Writing an
 * article replaces its whole block atomically (re-ingesting changes nothing), and only {@link #commit()} makes writes
 * visible, so a crash mid-batch leaves the last committed state. The caller owns the store and closes it.
 *
 * <p>Each article is put in a story (org.sitrep.story): its LSH band keys are indexed, and a new article looks its
 * own keys up among the articles already stored, committed or not, so copies within one batch find each other too.
 * {@link #stories(int)} counts articles, outlets, claims and events per story.
 */
public final class SitrepStore implements AutoCloseable {
    /** Band-key matches verified per new article (more share a key only when many articles share boilerplate). */
    static final int MAX_CANDIDATES = 100;
    /** Articles kept in {@link #pending} before the look-up reader is reopened (which flushes a segment). */
    static final int MAX_PENDING = 1000;
    /** Stored claims whose features are kept in memory between look-ups. */
    static final int FEATURE_CACHE = 50_000;

    private final Path dir;
    private final FSDirectory directory;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final StoryScheme scheme = StoryScheme.STANDARD;
    private IndexWriter writer;
    /** The reader stories are looked up in: it sees what the writer had when it was opened, committed or not. */
    private DirectoryReader nearRealTime;
    /** Whether a commit happened since {@link #nearRealTime} was opened (reopening is then cheap: nothing to flush). */
    private boolean stale;
    /** Articles put since {@link #nearRealTime} was opened, looked up here: reopening per article would flush a segment each time. */
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<Long, List<Pending>> pendingBands = new HashMap<>();

    /** The claims of the articles in {@link #pending}, by article: compared from memory by the cross-article linker. */
    private final Map<String, List<ClaimFeatures>> pendingClaims = new HashMap<>();
    /** The claim pairs pending blocks link, both ways ("a b" and "b a"). */
    private final Set<String> pendingLinks = new HashSet<>();

    /** The committed state readers search, shared by threads and refreshed after a commit (see {@link #snapshot()}). */
    private SearcherManager searchers;
    /** The facet counts of recent searches, per committed state. */
    private final Facets.Memo facetMemo = new Facets.Memo(256);

    /** Stored claims' features by document number in {@link #nearRealTime}, bounded; emptied when it is reopened. */
    private final Map<Integer, ClaimFeatures> featureCache = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ClaimFeatures> eldest) {
            return size() > FEATURE_CACHE;
        }
    };

    private record Pending(String story, Signature signature) {}

    private SitrepStore(Path dir, FSDirectory directory) {
        this.dir = dir;
        this.directory = directory;
    }

    /**
     * Opens the index in {@code dir}, creating the directory and an empty index when there is none, so that a store once
     * opened here can always be opened by {@link #openExisting(Path)}. Writes become visible only through {@link #commit()}.
     */
    public static SitrepStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            SitrepStore store = new SitrepStore(dir, FSDirectory.open(dir));
            if (!store.indexExists()) {
                try (IndexWriter empty = store.newWriter()) {
                    empty.commit();
                } catch (IOException e) {
                    store.directory.close();
                    throw e;
                }
            }
            return store;
        } catch (IOException e) {
            throw new StoreException("Cannot open the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /**
     * Opens the index already in {@code dir}, creating nothing: for readers, so that a mistyped path fails instead of
     * reading as an empty store. Throws StoreException ({@code No store at '<dir>': …}) when {@code dir} holds no index.
     */
    public static SitrepStore openExisting(Path dir) {
        if (!Files.exists(dir)) {
            throw new StoreException("No store at '" + dir + "': no such directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException("No store at '" + dir + "': not a directory");
        }
        SitrepStore store;
        try {
            store = new SitrepStore(dir, FSDirectory.open(dir));
        } catch (IOException e) {
            throw new StoreException("Cannot open the store at '" + dir + "': " + e.getMessage(), e);
        }
        if (!store.indexExists()) {
            store.close();
            throw new StoreException("No store at '" + dir + "': the directory holds no index");
        }
        return store;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Adds or replaces an article and everything extracted from it, and returns the id of the story it was put in.
     * An article already stored keeps its story. A new one joins the story of the most similar stored article among
     * those sharing a band key with it whose estimated similarity reaches the scheme's threshold (ties: the smaller
     * story id), else it is its own story. Stories are never merged afterwards, so a story id once written stays.
     * Invisible to search until {@link #commit()}.
     */
    public String put(Document doc) {
        return put(doc, null, true);
    }

    /**
     * {@link #put(Document)} with the claims' linking features already computed ({@code features}, one per claim in
     * order; null to compute them), and, when {@code linkAcross} is false, without linking the claims to stored ones:
     * for bulk loads whose links are made elsewhere, such as the linking benchmark's synthetic store.
     */
    public String put(Document doc, List<ClaimFeatures> given, boolean linkAcross) {
        String id = doc.article().id();
        try {
            Signature signature = scheme.signature(doc.text());
            long[] keys = scheme.bandKeys(signature);
            String story = storyOf(id, signature, keys);
            Document inStory = doc.withArticle(doc.article().withStory(story));
            List<ClaimFeatures> features = given != null ? given : ClaimFeatures.of(inStory, 0);
            if (features.size() != doc.claims().size()) {
                throw new IllegalArgumentException("Article " + id + " has " + doc.claims().size() + " claims but " + features.size() + " features");
            }
            IndexSearcher searcher = new IndexSearcher(lookupReader());
            searcher.setQueryCache(null);
            List<ClaimFeatures> others = new ArrayList<>();
            pendingClaims.forEach((article, claims) -> {
                if (!article.equals(id)) {
                    others.addAll(claims);
                }
            });
            List<ClaimLink> across = linkAcross ? CrossLinker.links(searcher, features, others, pendingLinks, featureCache) : List.of();
            writer().updateDocuments(new Term(Fields.ARTICLE, id), RecordMapper.records(inStory, signature, keys, features, across));
            pendingClaims.put(id, features);
            for (ClaimLink l : across) {
                pendingLinks.add(l.from() + " " + l.to());
                pendingLinks.add(l.to() + " " + l.from());
            }
            Pending p = new Pending(story, signature);
            if (pending.put(id, p) == null) {
                for (long key : keys) {
                    pendingBands.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
            return story;
        } catch (IOException e) {
            throw new StoreException("Cannot write article " + id + " to '" + dir + "': " + e.getMessage(), e);
        }
    }

    private String storyOf(String id, Signature signature, long[] keys) throws IOException {
        if (pending.containsKey(id)) {
            return pending.get(id).story();
        }
        IndexSearcher searcher = new IndexSearcher(lookupReader());
        searcher.setQueryCache(null); // one-off look-ups: caching filters for them would cost more than it saves
        Query self = new TermQuery(new Term(Fields.ID, id)); // the article's own record (its claims and events have ids of their own)
        ScoreDoc[] stored = searcher.search(self, 1).scoreDocs;
        if (stored.length > 0) {
            String story = searcher.storedFields().document(stored[0].doc, Set.of(Fields.STORY)).get(Fields.STORY);
            return story == null ? id : story;
        }
        if (keys.length == 0) {
            return id;
        }
        List<BytesRef> terms = new ArrayList<>(keys.length);
        for (long key : keys) {
            terms.add(new BytesRef(Bands.term(key)));
        }
        // Any shared band key makes a candidate (only article records have band keys); one sorted pass over the terms.
        Query candidates = new TermInSetQuery(Fields.BAND, terms);
        String best = null;
        double bestSimilarity = 0;
        for (long key : keys) {
            for (Pending p : pendingBands.getOrDefault(key, List.of())) {
                double similarity = signature.similarity(p.signature());
                if (similarity >= scheme.threshold()
                        && (best == null || similarity > bestSimilarity || similarity == bestSimilarity && p.story().compareTo(best) < 0)) {
                    best = p.story();
                    bestSimilarity = similarity;
                }
            }
        }
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(candidates, MAX_CANDIDATES).scoreDocs) {
            org.apache.lucene.document.Document d = fields.document(sd.doc, Set.of(Fields.SIGNATURE, Fields.STORY, Fields.ARTICLE));
            BytesRef bytes = d.getBinaryValue(Fields.SIGNATURE);
            if (bytes == null) {
                continue;
            }
            double similarity = signature.similarity(Signature.fromBytes(bytes.bytes, bytes.offset, bytes.length));
            String story = d.get(Fields.STORY) == null ? d.get(Fields.ARTICLE) : d.get(Fields.STORY);
            if (similarity >= scheme.threshold()
                    && (best == null || similarity > bestSimilarity || similarity == bestSimilarity && story.compareTo(best) < 0)) {
                best = story;
                bestSimilarity = similarity;
            }
        }
        return best == null ? id : best;
    }

    /** The look-up reader, reopened after a commit or when too many articles wait in {@link #pending}, which it then holds. */
    private DirectoryReader lookupReader() throws IOException {
        IndexWriter w = writer();
        if (nearRealTime == null) {
            nearRealTime = DirectoryReader.open(w);
            clearPending();
        } else if (stale || pending.size() >= MAX_PENDING) {
            DirectoryReader fresh = DirectoryReader.openIfChanged(nearRealTime, w);
            if (fresh != null) {
                nearRealTime.close();
                nearRealTime = fresh;
            }
            clearPending();
        }
        stale = false;
        return nearRealTime;
    }

    private void clearPending() {
        pending.clear();
        featureCache.clear();
        pendingClaims.clear();
        pendingLinks.clear();
        pendingBands.clear();
    }

    private void closeNearRealTime() throws IOException {
        clearPending();
        if (nearRealTime != null) {
            DirectoryReader r = nearRealTime;
            nearRealTime = null;
            r.close();
        }
    }

    public void commit() {
        if (writer == null) {
            return;
        }
        try {
            writer.commit();
            stale = true;
        } catch (IOException e) {
            throw new StoreException("Cannot commit the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /**
     * Commits, then lets go of the index's write lock (the writer and its look-up reader), so that another process, a
     * {@code sitrep ingest} beside a running server, can write to the store until this one writes again.
     */
    public void commitAndRelease() {
        commit();
        if (writer == null) {
            return;
        }
        try {
            closeNearRealTime();
            writer.close();
        } catch (IOException e) {
            throw new StoreException("Cannot release the store at '" + dir + "': " + e.getMessage(), e);
        } finally {
            writer = null;
        }
    }

    /** Discards writes since the last commit. */
    public void rollback() {
        if (writer == null) {
            return;
        }
        try {
            closeNearRealTime();
            writer.rollback();
        } catch (IOException e) {
            throw new StoreException("Cannot roll back the store at '" + dir + "': " + e.getMessage(), e);
        } finally {
            writer = null;
        }
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            // Only commit() publishes: closing after a failure must not make a half-written batch visible.
            try {
                writer = newWriter();
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                throw new StoreLockedException("The store at '" + dir + "' is being written by another process (its write.lock is held); "
                        + "try again when that ingest has finished", e);
            }
        }
        return writer;
    }

    private IndexWriter newWriter() throws IOException {
        IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false));
        // A store that holds nothing yet is written with the event fields of this version; a store written before them
        // keeps saying so (appending new articles to it does not index its old events), see requireEventFields.
        if (w.getDocStats().numDocs == 0) {
            w.setLiveCommitData(Map.of(EventRecords.SCHEMA_KEY, EventRecords.SCHEMA).entrySet());
        }
        return w;
    }

    /**
     * Throws StoreException when the store's events were written before the event analytics fields (a store of an
     * older Sitrep that holds events): such a store still opens and searches, but calm, timeline and export need it
     * rebuilt.
     */
    private void requireEventFields(DirectoryReader reader, IndexSearcher searcher) throws IOException {
        if (EventRecords.SCHEMA.equals(reader.getIndexCommit().getUserData().get(EventRecords.SCHEMA_KEY))) {
            return;
        }
        if (searcher.count(new TermQuery(new Term(Fields.KIND, Kind.EVENT.field()))) == 0) {
            return;
        }
        throw new StoreOutdatedException("The store at '" + dir + "' was written before events were indexed for analytics (event fields version "
                + EventRecords.SCHEMA + "); rebuild it: ingest the articles again into a new --store directory");
    }

    /**
     * Streams the events {@code q} selects to {@code each}, in order of their own day (undated first), then id, reading
     * {@value EventRecords#PAGE} records at a time, so memory stays bounded whatever the store's size; returns how many
     * were read. Throws StoreException when the store predates the event fields (it must be rebuilt).
     */
    public long forEachEvent(EventQuery q, java.util.function.Consumer<StoredEvent> each) {
        return scan(q, EventRecords.ORDER, Long.MAX_VALUE, each);
    }

    /** The first {@code limit} events {@code q} selects, latest day first (undated last). */
    public List<StoredEvent> latestEvents(EventQuery q, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The parameter 'limit' must be at least 1, got " + limit);
        }
        List<StoredEvent> out = new ArrayList<>();
        scan(q, EventRecords.LATEST_FIRST, limit, out::add);
        return out;
    }

    /** The first {@code limit} events {@code q} selects, earliest day first (undated first). */
    public List<StoredEvent> earliestEvents(EventQuery q, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The parameter 'limit' must be at least 1, got " + limit);
        }
        List<StoredEvent> out = new ArrayList<>();
        scan(q, EventRecords.ORDER, limit, out::add);
        return out;
    }

    /** The number of events {@code q} selects. */
    public long countEvents(EventQuery q) {
        return onEvents(q, (searcher, query) -> (long) searcher.count(query));
    }

    private long scan(EventQuery q, org.apache.lucene.search.Sort sort, long limit, java.util.function.Consumer<StoredEvent> each) {
        return onEvents(q, (searcher, query) -> {
            StoredFields stored = searcher.storedFields();
            long n = 0;
            ScoreDoc after = null;
            while (n < limit) {
                int page = (int) Math.min(EventRecords.PAGE, limit - n);
                ScoreDoc[] docs = searcher.searchAfter(after, query, page, sort, false).scoreDocs;
                for (ScoreDoc sd : docs) {
                    each.accept(EventRecords.read(stored.document(sd.doc, EventRecords.READ)));
                    n++;
                }
                if (docs.length < page) {
                    break;
                }
                after = docs[docs.length - 1];
            }
            return n;
        });
    }

    /** What is read from the event records {@code query} selects, with a searcher on the store's current state. */
    private interface EventRead {
        long read(IndexSearcher searcher, Query query) throws IOException;
    }

    /** Opens the store, checks it indexes events for analytics, and runs {@code read} over {@code q}'s query; 0 when empty. */
    private long onEvents(EventQuery q, EventRead read) {
        if (q == null) {
            throw new IllegalArgumentException("The parameter 'q' must not be null.");
        }
        if (!indexExists()) {
            return 0;
        }
        try (Snapshot snapshot = snapshot()) {
            DirectoryReader reader = snapshot.reader();
            IndexSearcher searcher = new IndexSearcher(reader);
            requireEventFields(reader, searcher);
            return read.read(searcher, EventRecords.query(q));
        } catch (IOException e) {
            throw new StoreException("Cannot read the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /**
     * Hits {@code q.offset()} to {@code q.offset() + q.limit()}, best first, the exact number of records that match, and
     * the facet counts over all matches when {@code q.facets()}. Throws IllegalArgumentException
     * ({@code Could not parse query '<text>': <problem>}) when the text is not valid Lucene syntax.
     */
    public SearchResult search(SearchQuery q) {
        Query query = query(q);
        if (!indexExists()) {
            return new SearchResult(List.of(), 0, q.facets() ? emptyFacets() : Map.of());
        }
        try (Snapshot snapshot = snapshot()) {
            IndexSearcher searcher = snapshot.searcher();
            Set<String> terms = new HashSet<>();
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query source, Term... ts) {
                    for (Term t : ts) {
                        if (Fields.TEXT.equals(t.field())) {
                            terms.add(t.text());
                        }
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] top = searcher.search(query, q.offset() + q.limit()).scoreDocs;
            StoredFields stored = searcher.storedFields();
            for (int i = q.offset(); i < top.length; i++) {
                org.apache.lucene.document.Document d = stored.document(top[i].doc);
                String day = d.get(Fields.DAY_STORED);
                JsonNode n = parse(d); // once for the summary and the snippet: an article's JSON is its whole document
                hits.add(new Hit(Kind.valueOf(d.get(Fields.KIND).toUpperCase(Locale.ROOT)), d.get(Fields.ID), d.get(Fields.ARTICLE),
                        d.get(Fields.TITLE), summary(d, n), d.get(Fields.JSON), top[i].score, day == null ? null : java.time.LocalDate.parse(day),
                        d.get(Fields.OUTLET), d.get(Fields.STORY), snippet(d, n, terms), n));
            }
            if (!q.facets()) {
                return new SearchResult(hits, searcher.count(query));
            }
            Facets.Counted counted = facetMemo.count(searcher, query);
            return new SearchResult(hits, counted.hits(), counted.counts());
        } catch (IOException e) {
            throw new StoreException("Cannot search the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, List<FacetCount>> emptyFacets() {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        Facets.DIMENSIONS.forEach(d -> out.put(d, List.of()));
        return out;
    }

    /** A record's stored JSON, parsed; an empty object when it cannot be read. */
    private static JsonNode parse(org.apache.lucene.document.Document d) {
        try {
            return DocumentJson.mapper().readTree(d.get(Fields.JSON));
        } catch (IOException e) {
            return DocumentJson.mapper().createObjectNode();
        }
    }

    /** The passage of a hit's own text (an article's text, a claim's words, an event's sentence) with the query's terms marked. */
    private Snippet snippet(org.apache.lucene.document.Document d, JsonNode n, Set<String> terms) {
        String text = switch (d.get(Fields.KIND)) {
            case "claim" -> (n.at("/source/description").asText("") + " " + n.at("/cue/text").asText("") + " "
                    + n.at("/content/text").asText("")).strip();
            case "event" -> n.at("/sentence/text").asText("");
            case "article" -> n.path("text").asText("");
            default -> "";
        };
        return Snippets.of(text, terms, analyzer, Fields.TEXT);
    }

    /**
     * The {@code limit} places the store's events and articles name most (most events first, then most articles), each
     * with its gazetteer facts as {@code places[]} holds them: the markers of a map. Counts every record in one pass per kind.
     */
    public List<PlaceCount> places(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The parameter 'limit' must be at least 1, got " + limit);
        }
        if (!indexExists()) {
            return List.of();
        }
        try (Snapshot snapshot = snapshot()) {
            IndexSearcher searcher = snapshot.searcher();
            Map<String, long[]> counts = new HashMap<>();
            Map<String, String> facts = new HashMap<>();
            Kind[] kinds = {Kind.EVENT, Kind.ARTICLE};
            for (int k = 0; k < kinds.length; k++) {
                Facets.Counter counter = new Facets.Counter(List.of(Facets.GEO), Integer.MAX_VALUE);
                searcher.search(new TermQuery(new Term(Fields.KIND, kinds[k].field())), counter);
                for (FacetCount c : counter.counts().get(Facets.GEO)) {
                    counts.computeIfAbsent(c.value(), x -> new long[2])[k] += c.count();
                    facts.putIfAbsent(c.value(), c.label());
                }
            }
            List<PlaceCount> out = new ArrayList<>();
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                out.add(new PlaceCount((ObjectNode) DocumentJson.mapper().readTree(facts.get(e.getKey())), e.getValue()[1], e.getValue()[0]));
            }
            out.sort(java.util.Comparator.comparingLong(PlaceCount::events).reversed().thenComparing(java.util.Comparator.comparingLong(PlaceCount::articles).reversed())
                    .thenComparing(c -> c.place().path("id").asText()));
            return List.copyOf(out.subList(0, Math.min(limit, out.size())));
        } catch (IOException e) {
            throw new StoreException("Cannot read the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /** The document JSON ({@code docs/schema.md}) of the stored article {@code id}, as {@code analyze} writes it, or empty. */
    public Optional<String> article(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("The parameter 'id' must not be blank.");
        }
        if (!indexExists()) {
            return Optional.empty();
        }
        try (Snapshot snapshot = snapshot()) {
            IndexSearcher searcher = snapshot.searcher();
            Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.KIND, Kind.ARTICLE.field())), BooleanClause.Occur.FILTER).build();
            ScoreDoc[] top = searcher.search(q, 1).scoreDocs;
            return top.length == 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(top[0].doc, Set.of(Fields.JSON)).get(Fields.JSON));
        } catch (IOException e) {
            throw new StoreException("Cannot read the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /** The strict twin of {@link #article(String)}: throws NoSuchElementException ({@code No article with id '<id>'}). */
    public String getArticle(String id) {
        return article(id).orElseThrow(() -> new java.util.NoSuchElementException("No article with id '" + id + "'"));
    }

    /**
     * Records per kind, and the ten actors most records of claims and events name (source of a claim, either side of an
     * event), with the ids as the records carry them. One count per kind and one pass over the claims' and events'
     * actor doc values, whatever the store's size. A store written before the facet fields has no top actors.
     */
    public Stats stats() {
        Map<Kind, Long> counts = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            counts.put(k, 0L);
        }
        if (!indexExists()) {
            return new Stats(counts, Map.of());
        }
        try (Snapshot snapshot = snapshot()) {
            IndexSearcher searcher = snapshot.searcher();
            for (Kind k : Kind.values()) {
                counts.put(k, (long) searcher.count(new TermQuery(new Term(Fields.KIND, k.field()))));
            }
            Query claimsAndEvents = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Kind.CLAIM.field())), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.KIND, Kind.EVENT.field())), BooleanClause.Occur.SHOULD).build();
            Facets.Counter counter = new Facets.Counter(List.of("actor"), 10);
            searcher.search(claimsAndEvents, counter);
            Map<String, Long> top = new LinkedHashMap<>();
            counter.counts().get("actor").forEach(c -> top.put(c.value(), c.count()));
            return new Stats(counts, top);
        } catch (IOException e) {
            throw new StoreException("Cannot read the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /**
     * The stored claims (of {@code actor} as source or involved, when given; of articles published on or after
     * {@code since}, when given) and every stored link among them.
     */
    public ClaimGraph claims(String actor, java.time.LocalDate since) {
        return claims(actor, since, false);
    }

    /** What a stored claim record is read for: the fields of a {@link StoredClaim} (not its vector and features). */
    private static final Set<String> CLAIM_FIELDS = Set.of(Fields.ID, Fields.ARTICLE, Fields.TITLE, Fields.OUTLET, Fields.DAY_STORED, Fields.JSON);

    /**
     * {@link #claims(String, java.time.LocalDate)}, with only the claims some link joins when {@code linkedOnly}: what
     * a board of linked claims shows, read without the claims no link joins (most of them in a big store).
     */
    public ClaimGraph claims(String actor, java.time.LocalDate since, boolean linkedOnly) {
        if (!indexExists()) {
            return new ClaimGraph(List.of(), List.of());
        }
        try (Snapshot snapshot = snapshot()) {
            IndexSearcher searcher = snapshot.searcher();
            StoredFields stored = searcher.storedFields();
            List<org.sitrep.model.ClaimLink> links = new ArrayList<>();
            Set<BytesRef> ends = new HashSet<>();
            Query linkQuery = new TermQuery(new Term(Fields.KIND, Kind.LINK.field()));
            for (ScoreDoc sd : searcher.search(linkQuery, Math.max(1, searcher.count(linkQuery))).scoreDocs) {
                JsonNode n = DocumentJson.mapper().readTree(stored.document(sd.doc, Set.of(Fields.JSON)).get(Fields.JSON));
                List<String> evidence = new ArrayList<>();
                n.get("evidence").forEach(e -> evidence.add(e.asText()));
                links.add(new org.sitrep.model.ClaimLink(n.get("from").asText(), n.get("to").asText(),
                        org.sitrep.model.LinkType.valueOf(n.get("type").asText().toUpperCase(Locale.ROOT)), n.get("score").asDouble(), evidence));
                ends.add(new BytesRef(n.get("from").asText()));
                ends.add(new BytesRef(n.get("to").asText()));
            }
            if (linkedOnly && ends.isEmpty()) {
                return new ClaimGraph(List.of(), links);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, Kind.CLAIM.field())), BooleanClause.Occur.FILTER);
            if (linkedOnly) {
                b.add(new TermInSetQuery(Fields.ID, ends), BooleanClause.Occur.FILTER);
            }
            if (actor != null && !actor.isBlank()) {
                String a = actor.strip().toLowerCase(Locale.ROOT);
                b.add(new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.ACTOR, a)), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(Fields.INVOLVES, a)), BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.FILTER);
            }
            if (since != null) {
                b.add(LongPoint.newRangeQuery(Fields.DAY, since.toEpochDay(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
            }
            List<StoredClaim> claims = new ArrayList<>();
            Query q = b.build();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
                org.apache.lucene.document.Document d = stored.document(sd.doc, CLAIM_FIELDS);
                JsonNode n = DocumentJson.mapper().readTree(d.get(Fields.JSON));
                String day = d.get(Fields.DAY_STORED);
                claims.add(new StoredClaim(d.get(Fields.ID), d.get(Fields.ARTICLE), d.get(Fields.TITLE), d.get(Fields.OUTLET),
                        day == null ? null : java.time.LocalDate.parse(day), n.at("/source/description").asText(),
                        n.at("/source/actor").isNull() ? null : n.at("/source/actor").asText(), n.at("/source/anonymous").asBoolean(),
                        n.get("stance").asText(), n.at("/cue/text").asText(), n.at("/cue/start").asInt(), n.at("/cue/end").asInt(),
                        n.at("/content/text").asText()));
            }
            return new ClaimGraph(claims, links);
        } catch (IOException e) {
            throw new StoreException("Cannot read the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /**
     * The {@code top} largest stories: most outlets first (as GDELT's NumSources counts them), then most articles, then
     * most claims and events, then by id. Reads every record's story once.
     */
    public List<StoryCount> stories(int top) {
        if (top < 1) {
            throw new IllegalArgumentException("The parameter 'top' must be at least 1, got " + top);
        }
        if (!indexExists()) {
            return List.of();
        }
        try (Snapshot snapshot = snapshot()) {
            DirectoryReader reader = snapshot.reader();
            Map<String, StoryTally> tallies = new HashMap<>();
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    tally(stored.document(i, StoryTally.FIELDS), tallies);
                }
            }
            return tallies.values().stream().filter(t -> t.articles > 0).map(StoryTally::count)
                    .sorted(StoryCount.LARGEST_FIRST).limit(top).toList();
        } catch (IOException e) {
            throw new StoreException("Cannot read the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /** The counts of one story, or empty when no stored article is in story {@code id}. */
    public Optional<StoryCount> story(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("The parameter 'id' must not be blank.");
        }
        if (!indexExists()) {
            return Optional.empty();
        }
        try (Snapshot snapshot = snapshot()) {
            DirectoryReader reader = snapshot.reader();
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, StoryTally> tallies = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            Query inStory = new TermQuery(new Term(Fields.STORY, id.strip()));
            for (ScoreDoc sd : searcher.search(inStory, Math.max(1, searcher.count(inStory))).scoreDocs) {
                tally(stored.document(sd.doc, StoryTally.FIELDS), tallies);
            }
            return tallies.values().stream().filter(t -> t.articles > 0).map(StoryTally::count).findFirst();
        } catch (IOException e) {
            throw new StoreException("Cannot read the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    private static void tally(org.apache.lucene.document.Document d, Map<String, StoryTally> tallies) {
        String story = d.get(Fields.STORY) == null ? d.get(Fields.ARTICLE) : d.get(Fields.STORY);
        StoryTally t = tallies.computeIfAbsent(story, StoryTally::new);
        String kind = d.get(Fields.KIND);
        if (Kind.ARTICLE.field().equals(kind)) {
            t.articles++;
            if (d.get(Fields.OUTLET) != null) {
                t.outlets.add(d.get(Fields.OUTLET));
            }
            if (t.title == null || story.equals(d.get(Fields.ARTICLE))) {
                t.title = d.get(Fields.TITLE);
            }
        } else if (Kind.CLAIM.field().equals(kind)) {
            t.claims++;
        } else if (Kind.EVENT.field().equals(kind)) {
            t.events++;
        }
    }

    /** Running counts of one story while the records are read. */
    private static final class StoryTally {
        static final Set<String> FIELDS = Set.of(Fields.KIND, Fields.STORY, Fields.ARTICLE, Fields.OUTLET, Fields.TITLE);
        final String id;
        final Set<String> outlets = new TreeSet<>();
        String title;
        int articles;
        long claims;
        long events;

        StoryTally(String id) {
            this.id = id;
        }

        StoryCount count() {
            return new StoryCount(id, title == null ? "" : title, articles, List.copyOf(outlets), claims, events);
        }
    }

    /**
     * The last committed state of the store, shared and reference-counted: readers on any thread see whole commits only
     * (an ingest running meanwhile is invisible until it commits), and a reader is reopened only when a commit happened.
     * The caller closes the snapshot.
     */
    Snapshot snapshot() throws IOException {
        SearcherManager m;
        synchronized (this) {
            if (searchers == null) {
                searchers = new SearcherManager(directory, null);
            }
            m = searchers;
        }
        m.maybeRefresh();
        return new Snapshot(m, m.acquire());
    }

    /** An acquired searcher over one commit; closing releases it. */
    static final class Snapshot implements AutoCloseable {
        private final SearcherManager manager;
        private final IndexSearcher searcher;

        Snapshot(SearcherManager manager, IndexSearcher searcher) {
            this.manager = manager;
            this.searcher = searcher;
        }

        IndexSearcher searcher() {
            return searcher;
        }

        DirectoryReader reader() {
            return (DirectoryReader) searcher.getIndexReader();
        }

        @Override
        public void close() throws IOException {
            manager.release(searcher);
        }
    }

    private boolean indexExists() {
        try {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            return false;
        }
    }

    private Query query(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String text = q.text() == null ? "" : q.text().strip();
        if (text.isEmpty() || text.equals("*")) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            try {
                b.add(new QueryParser(Fields.TEXT, analyzer).parse(text), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                throw new IllegalArgumentException("Could not parse query '" + text + "': " + QueryProblem.describe(e), e);
            }
        }
        if (q.kind() != null) {
            b.add(new TermQuery(new Term(Fields.KIND, q.kind().field())), BooleanClause.Occur.FILTER);
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            b.add(new TermQuery(new Term(Fields.ACTOR, q.actor().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (q.type() != null && !q.type().isBlank()) {
            b.add(new TermQuery(new Term(Fields.KIND, Kind.EVENT.field())), BooleanClause.Occur.FILTER);
            b.add(new TermQuery(new Term(Fields.TYPE, q.type().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (q.stance() != null && !q.stance().isBlank()) {
            b.add(new TermQuery(new Term(Fields.KIND, Kind.CLAIM.field())), BooleanClause.Occur.FILTER);
            b.add(new TermQuery(new Term(Fields.TYPE, q.stance().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (q.place() != null && !q.place().isBlank()) {
            b.add(new TermQuery(new Term(Fields.PLACE, q.place().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (q.since() != null || q.until() != null) {
            long from = q.since() == null ? Long.MIN_VALUE : q.since().toEpochDay();
            long to = q.until() == null ? Long.MAX_VALUE : q.until().toEpochDay();
            Query inRange = LongPoint.newRangeQuery(Fields.DAY, from, to);
            if (q.includeUndated()) {
                // Undated records are those without a DAY point at all, which needs no field of its own in the index.
                Query undated = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .add(LongPoint.newRangeQuery(Fields.DAY, Long.MIN_VALUE, Long.MAX_VALUE), BooleanClause.Occur.MUST_NOT).build();
                inRange = new BooleanQuery.Builder().add(inRange, BooleanClause.Occur.SHOULD).add(undated, BooleanClause.Occur.SHOULD).build();
            }
            b.add(inRange, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static String summary(org.apache.lucene.document.Document d, JsonNode n) {
        if (n.isEmpty()) {
            return "";
        }
        return switch (d.get(Fields.KIND)) {
            case "claim" -> n.at("/source/description").asText() + " " + n.at("/cue/text").asText() + " [" + n.at("/stance").asText()
                    + "]: " + n.at("/content/text").asText();
            case "event" -> n.at("/type").asText() + (n.at("/negated").asBoolean() ? " (negated)" : "") + ": "
                    + n.at("/sentence/text").asText();
            default -> n.at("/title").asText();
        };
    }

    @Override
    public void close() {
        try {
            closeNearRealTime();
            synchronized (this) {
                if (searchers != null) {
                    searchers.close();
                    searchers = null;
                }
            }
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new StoreException("Cannot close the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /** Turns a Document into its block of index records: the article, then one record per claim and per event. */
    static final class RecordMapper {
        private RecordMapper() {}

        static List<org.apache.lucene.document.Document> records(Document doc, Signature signature, long[] bandKeys,
                                                                 List<ClaimFeatures> features, List<ClaimLink> across) {
            ObjectNode json = DocumentJson.toJson(doc);
            String id = doc.article().id();
            List<String> actorTerms = actorTerms(doc);
            List<org.apache.lucene.document.Document> out = new ArrayList<>();
            org.apache.lucene.document.Document article = base(Kind.ARTICLE, id, id, doc);
            for (long key : bandKeys) {
                article.add(new StringField(Fields.BAND, Bands.term(key), Field.Store.NO));
            }
            article.add(new StoredField(Fields.SIGNATURE, signature.toBytes()));
            String outlet = outlet(doc.article());
            if (outlet != null) {
                article.add(new StringField(Fields.OUTLET, outlet, Field.Store.YES));
            }
            article.add(new TextField(Fields.TEXT, doc.article().title() + "\n" + doc.text(), Field.Store.NO));
            actorTerms.forEach(a -> article.add(new StringField(Fields.ACTOR, a, Field.Store.YES)));
            article.add(new StoredField(Fields.JSON, json.toString()));
            Set<String> placeTerms = new java.util.LinkedHashSet<>();
            for (var p : doc.places()) {
                placeTerms.addAll(placeTerms(p));
                Facets.add(article, "place", p.id(), p.name());
                Facets.add(article, Facets.GEO, p.id(), geo(p));
            }
            placeTerms.forEach(t -> article.add(new StringField(Fields.PLACE, t, Field.Store.NO)));
            doc.actors().forEach(a -> Facets.add(article, "actor", a.id(), a.name()));
            facets(article, Kind.ARTICLE, outlet);
            out.add(article);
            for (int i = 0; i < doc.claims().size(); i++) {
                var c = doc.claims().get(i);
                org.apache.lucene.document.Document r = base(Kind.CLAIM, c.id(), id, doc);
                r.add(new TextField(Fields.TEXT, c.source().description() + " " + c.cue().text() + " " + c.content().text(), Field.Store.NO));
                r.add(new StringField(Fields.TYPE, c.stance().name().toLowerCase(Locale.ROOT), Field.Store.YES));
                terms(doc, c.source().actor()).forEach(a -> r.add(new StringField(Fields.ACTOR, a, Field.Store.YES)));
                if (outlet != null) {
                    r.add(new StringField(Fields.OUTLET, outlet, Field.Store.YES));
                }
                ObjectNode cj = (ObjectNode) json.get("claims").get(i);
                r.add(new StoredField(Fields.JSON, cj.toString()));
                facets(r, Kind.CLAIM, outlet);
                Facets.add(r, "stance", c.stance().name().toLowerCase(Locale.ROOT), null);
                if (c.source().actor() != null) {
                    Facets.add(r, "actor", c.source().actor(), doc.actor(c.source().actor()).map(org.sitrep.model.Actor::name).orElse(null));
                }
                ClaimRecords.addFeatures(r, features.get(i));
                out.add(r);
            }
            List<ClaimLink> links = new ArrayList<>(doc.links());
            links.addAll(across);
            for (ClaimLink l : links) {
                org.apache.lucene.document.Document r = ClaimRecords.link(l, id, doc.article().story());
                facets(r, Kind.LINK, outlet);
                out.add(r);
            }
            for (int i = 0; i < doc.events().size(); i++) {
                var e = doc.events().get(i);
                org.apache.lucene.document.Document r = base(Kind.EVENT, Ids.event(id, e.trigger().start()), id, doc);
                r.add(new TextField(Fields.TEXT, e.type() + " " + e.sentence().text(), Field.Store.NO));
                r.add(new StringField(Fields.TYPE, e.type().toLowerCase(Locale.ROOT), Field.Store.YES));
                for (var p : new org.sitrep.model.Participant[] {e.source(), e.target()}) {
                    if (p != null) {
                        terms(doc, p.actor()).forEach(a -> r.add(new StringField(Fields.ACTOR, a, Field.Store.YES)));
                    }
                }
                ObjectNode ej = (ObjectNode) json.get("events").get(i);
                r.add(new StoredField(Fields.JSON, ej.toString()));
                facets(r, Kind.EVENT, outlet);
                Facets.add(r, "type", e.type(), null);
                for (var p : new org.sitrep.model.Participant[] {e.source(), e.target()}) {
                    if (p != null && p.actor() != null) {
                        Facets.add(r, "actor", p.actor(), doc.actor(p.actor()).map(org.sitrep.model.Actor::name).orElse(null));
                    }
                }
                if (e.place() != null) {
                    var place = doc.places().stream().filter(p -> p.id().equals(e.place())).findFirst();
                    Facets.add(r, "place", e.place(), place.map(org.sitrep.model.Place::name).orElse(null));
                    place.ifPresent(p -> Facets.add(r, Facets.GEO, p.id(), geo(p)));
                }
                EventRecords.addFields(r, doc, e, ej.get("id").asText(), json, outlet);
                out.add(r);
            }
            return out;
        }

        /** A place's gazetteer facts as the map shows them; the same for every article (no per-article confidence). */
        private static String geo(org.sitrep.model.Place p) {
            ObjectNode n = DocumentJson.place(p);
            n.remove("confidence");
            return n.toString();
        }

        private static void facets(org.apache.lucene.document.Document r, Kind kind, String outlet) {
            Facets.add(r, "kind", kind.field(), null);
            Facets.add(r, "outlet", outlet, null);
        }

        /** A place is found by its id, its name and each longer word of its name, lower-cased (as an event's place is). */
        static List<String> placeTerms(org.sitrep.model.Place p) {
            List<String> out = new ArrayList<>();
            out.add(p.id().toLowerCase(Locale.ROOT));
            String name = p.name() == null ? "" : p.name().toLowerCase(Locale.ROOT).strip();
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
            for (String w : name.split("[\\s,]+")) {
                if (w.length() > 2 && !out.contains(w)) {
                    out.add(w);
                }
            }
            return out;
        }

        private static org.apache.lucene.document.Document base(Kind kind, String recordId, String articleId, Document doc) {
            org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
            d.add(new StringField(Fields.KIND, kind.field(), Field.Store.YES));
            d.add(new StringField(Fields.ID, recordId, Field.Store.YES));
            d.add(new StringField(Fields.ARTICLE, articleId, Field.Store.YES));
            d.add(new StringField(Fields.STORY, doc.article().story(), Field.Store.YES));
            d.add(new StoredField(Fields.TITLE, doc.article().title()));
            doc.article().published().value().ifPresent(day -> {
                d.add(new LongPoint(Fields.DAY, day.toEpochDay()));
                d.add(new StoredField(Fields.DAY_STORED, day.toString()));
            });
            return d;
        }

        /**
         * Who published the article, for counting a story's outlets: the outlet's name as the input gives it, else the
         * host of a web source without "www.", else null (a file on disk says nothing about its outlet).
         */
        static String outlet(Article a) {
            if (a.outlet() != null && !a.outlet().isBlank()) {
                return a.outlet().strip();
            }
            String source = a.source();
            if (source != null && (source.startsWith("http://") || source.startsWith("https://"))) {
                try {
                    String host = URI.create(source.strip()).getHost();
                    if (host != null) {
                        host = host.toLowerCase(Locale.ROOT);
                        return host.startsWith("www.") ? host.substring(4) : host;
                    }
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            return null;
        }

        /** An actor is found by its id and by each word of its name and aliases, lower-cased. */
        static List<String> terms(Document doc, String actorId) {
            if (actorId == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            out.add(actorId.toLowerCase(Locale.ROOT));
            doc.actor(actorId).ifPresent(a -> {
                out.add(a.name().toLowerCase(Locale.ROOT));
                for (String alias : a.aliases()) {
                    for (String w : alias.toLowerCase(Locale.ROOT).split("[\\s]+")) {
                        if (w.length() > 2 && !out.contains(w)) {
                            out.add(w);
                        }
                    }
                }
                for (String w : a.name().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (w.length() > 2 && !out.contains(w)) {
                        out.add(w);
                    }
                }
            });
            return out;
        }

        private static List<String> actorTerms(Document doc) {
            List<String> out = new ArrayList<>();
            doc.actors().forEach(a -> terms(doc, a.id()).stream().filter(t -> !out.contains(t)).forEach(out::add));
            return out;
        }
    }
}
