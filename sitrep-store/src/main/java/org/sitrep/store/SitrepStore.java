package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Document;

/**
 * The embedded store: one Lucene index holding each article with its claims and events as one block. Writing an
 * article replaces its whole block atomically (re-ingesting changes nothing), and only {@link #commit()} makes writes
 * visible, so a crash mid-batch leaves the last committed state. The caller owns the store and closes it.
 */
public final class SitrepStore implements AutoCloseable {
    private final Path dir;
    private final FSDirectory directory;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private IndexWriter writer;

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

    /** Adds or replaces an article and everything extracted from it. Invisible until {@link #commit()}. */
    public void put(Document doc) {
        try {
            writer().updateDocuments(new Term(Fields.ARTICLE, doc.article().id()), RecordMapper.records(doc));
        } catch (IOException e) {
            throw new StoreException("Cannot write article " + doc.article().id() + " to '" + dir + "': " + e.getMessage(), e);
        }
    }

    public void commit() {
        if (writer == null) {
            return;
        }
        try {
            writer.commit();
        } catch (IOException e) {
            throw new StoreException("Cannot commit the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    /** Discards writes since the last commit. */
    public void rollback() {
        if (writer == null) {
            return;
        }
        try {
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
            writer = newWriter();
        }
        return writer;
    }

    private IndexWriter newWriter() throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false));
    }

    /**
     * The best {@code q.limit()} hits, best first, and the exact number of records that match. Throws
     * IllegalArgumentException ({@code Could not parse query '<text>': <problem>}) when the text is not valid Lucene syntax.
     */
    public SearchResult search(SearchQuery q) {
        Query query = query(q);
        if (!indexExists()) {
            return new SearchResult(List.of(), 0);
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, q.limit()).scoreDocs) {
                org.apache.lucene.document.Document d = searcher.storedFields().document(sd.doc);
                hits.add(new Hit(Kind.valueOf(d.get(Fields.KIND).toUpperCase(Locale.ROOT)), d.get(Fields.ID), d.get(Fields.ARTICLE),
                        d.get(Fields.TITLE), summary(d), d.get(Fields.JSON), sd.score));
            }
            return new SearchResult(hits, searcher.count(query));
        } catch (IOException e) {
            throw new StoreException("Cannot search the store at '" + dir + "': " + e.getMessage(), e);
        }
    }

    public Stats stats() {
        Map<Kind, Long> counts = new LinkedHashMap<>();
        Map<String, Long> actors = new HashMap<>();
        for (Kind k : Kind.values()) {
            counts.put(k, 0L);
        }
        if (!indexExists()) {
            return new Stats(counts, Map.of());
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Kind k : Kind.values()) {
                counts.put(k, (long) searcher.count(new TermQuery(new Term(Fields.KIND, k.field()))));
            }
            var stored = searcher.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                org.apache.lucene.document.Document d = stored.document(i, java.util.Set.of(Fields.KIND, Fields.ACTOR));
                if (Kind.EVENT.field().equals(d.get(Fields.KIND)) || Kind.CLAIM.field().equals(d.get(Fields.KIND))) {
                    for (String a : d.getValues(Fields.ACTOR)) {
                        if (a.contains(":")) {
                            actors.merge(a, 1L, Long::sum);
                        }
                    }
                }
            }
            Map<String, Long> top = new LinkedHashMap<>();
            actors.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
            return new Stats(counts, top);
        } catch (IOException e) {
            throw new StoreException("Cannot read the store at '" + dir + "': " + e.getMessage(), e);
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

    private static String summary(org.apache.lucene.document.Document d) {
        try {
            JsonNode n = DocumentJson.mapper().readTree(d.get(Fields.JSON));
            return switch (d.get(Fields.KIND)) {
                case "claim" -> n.at("/source/description").asText() + " " + n.at("/cue/text").asText() + " [" + n.at("/stance").asText()
                        + "]: " + n.at("/content/text").asText();
                case "event" -> n.at("/type").asText() + (n.at("/negated").asBoolean() ? " (negated)" : "") + ": "
                        + n.at("/sentence/text").asText();
                default -> n.at("/title").asText();
            };
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
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

        static List<org.apache.lucene.document.Document> records(Document doc) {
            ObjectNode json = DocumentJson.toJson(doc);
            String id = doc.article().id();
            List<String> actorTerms = actorTerms(doc);
            List<org.apache.lucene.document.Document> out = new ArrayList<>();
            org.apache.lucene.document.Document article = base(Kind.ARTICLE, id, id, doc);
            article.add(new TextField(Fields.TEXT, doc.article().title() + "\n" + doc.text(), Field.Store.NO));
            actorTerms.forEach(a -> article.add(new StringField(Fields.ACTOR, a, Field.Store.YES)));
            article.add(new StoredField(Fields.JSON, json.toString()));
            out.add(article);
            for (int i = 0; i < doc.claims().size(); i++) {
                var c = doc.claims().get(i);
                org.apache.lucene.document.Document r = base(Kind.CLAIM, id + "#claim-" + i, id, doc);
                r.add(new TextField(Fields.TEXT, c.source().description() + " " + c.cue().text() + " " + c.content().text(), Field.Store.NO));
                r.add(new StringField(Fields.TYPE, c.stance().name().toLowerCase(Locale.ROOT), Field.Store.YES));
                terms(doc, c.source().actor()).forEach(a -> r.add(new StringField(Fields.ACTOR, a, Field.Store.YES)));
                ObjectNode cj = (ObjectNode) json.get("claims").get(i);
                r.add(new StoredField(Fields.JSON, cj.toString()));
                out.add(r);
            }
            for (int i = 0; i < doc.events().size(); i++) {
                var e = doc.events().get(i);
                org.apache.lucene.document.Document r = base(Kind.EVENT, id + "#event-" + i, id, doc);
                r.add(new TextField(Fields.TEXT, e.type() + " " + e.sentence().text(), Field.Store.NO));
                r.add(new StringField(Fields.TYPE, e.type().toLowerCase(Locale.ROOT), Field.Store.YES));
                for (var p : new org.sitrep.model.Participant[] {e.source(), e.target()}) {
                    if (p != null) {
                        terms(doc, p.actor()).forEach(a -> r.add(new StringField(Fields.ACTOR, a, Field.Store.YES)));
                    }
                }
                r.add(new StoredField(Fields.JSON, json.get("events").get(i).toString()));
                out.add(r);
            }
            return out;
        }

        private static org.apache.lucene.document.Document base(Kind kind, String recordId, String articleId, Document doc) {
            org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
            d.add(new StringField(Fields.KIND, kind.field(), Field.Store.YES));
            d.add(new StringField(Fields.ID, recordId, Field.Store.YES));
            d.add(new StringField(Fields.ARTICLE, articleId, Field.Store.YES));
            d.add(new StoredField(Fields.TITLE, doc.article().title()));
            doc.article().published().value().ifPresent(day -> {
                d.add(new LongPoint(Fields.DAY, day.toEpochDay()));
                d.add(new StoredField(Fields.DAY_STORED, day.toString()));
            });
            return d;
        }

        /** An actor is found by its id and by each word of its name and aliases, lower-cased. */
        private static List<String> terms(Document doc, String actorId) {
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
