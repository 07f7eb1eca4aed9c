package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.sitrep.json.DocumentJson;
import org.sitrep.link.ClaimFeatures;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.Stance;

/**
 * How a claim's linking features and a link are kept in the index: a claim record gets its content embedding as a
 * vector (cosine) for nearest-neighbour candidates, its involved actors and places as terms for filtering, and its
 * features stored so a candidate can be classified without its article; a link is a record of its own, findable from
 * either end.
 */
final class ClaimRecords {
    /** The fields of a claim's features, as stored. */
    static final Set<String> FEATURE_FIELDS = Set.of(Fields.FEATURES, Fields.VECTOR_STORED, Fields.DAY_STORED);

    private ClaimRecords() {}

    /** Adds {@code f}'s linking fields to its claim record. */
    static void addFeatures(org.apache.lucene.document.Document r, ClaimFeatures f) {
        r.add(new KnnFloatVectorField(Fields.VECTOR, f.vector(), VectorSimilarityFunction.COSINE));
        ByteBuffer bytes = ByteBuffer.allocate(4 * f.vector().length);
        for (float x : f.vector()) {
            bytes.putFloat(x);
        }
        r.add(new StoredField(Fields.VECTOR_STORED, bytes.array()));
        for (String i : f.involves()) {
            r.add(new StringField(Fields.INVOLVES, i.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (f.sourceActor() != null) {
            r.add(new StringField(Fields.SOURCE_ACTOR, f.sourceActor(), Field.Store.YES));
        }
        r.add(new StringField(Fields.ANONYMOUS, Boolean.toString(f.anonymous()), Field.Store.YES));
        ObjectNode n = DocumentJson.mapper().createObjectNode().put("id", f.id()).put("article", f.article())
                .put("sourceActor", f.sourceActor()).put("source", f.source()).put("anonymous", f.anonymous())
                .put("stance", f.stance().name()).put("cue", f.cue()).put("content", f.content());
        strings(n.putArray("involves"), f.involves());
        strings(n.putArray("events"), f.events());
        strings(n.putArray("specifics"), f.specifics());
        strings(n.putArray("outcomes"), f.outcomes());
        r.add(new StoredField(Fields.FEATURES, n.toString()));
    }

    /** The features of a stored claim record. */
    static ClaimFeatures features(org.apache.lucene.document.Document d) throws IOException {
        JsonNode n = DocumentJson.mapper().readTree(d.get(Fields.FEATURES));
        BytesRef b = d.getBinaryValue(Fields.VECTOR_STORED);
        ByteBuffer buf = ByteBuffer.wrap(b.bytes, b.offset, b.length);
        float[] v = new float[b.length / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = buf.getFloat();
        }
        String day = d.get(Fields.DAY_STORED);
        return new ClaimFeatures(n.get("id").asText(), n.get("article").asText(), text(n, "sourceActor"), text(n, "source"),
                n.get("anonymous").asBoolean(), Stance.valueOf(n.get("stance").asText()), n.get("cue").asText(), n.get("content").asText(),
                set(n.get("involves")), set(n.get("events")), set(n.get("specifics")), set(n.get("outcomes")),
                day == null ? null : LocalDate.parse(day), v, 0);
    }

    /** The record of one link, in the block of article {@code articleId} (replaced with it). */
    static org.apache.lucene.document.Document link(ClaimLink l, String articleId, String story) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.KIND, Kind.LINK.field(), Field.Store.YES));
        d.add(new StringField(Fields.ID, l.from() + ">" + l.to(), Field.Store.YES));
        d.add(new StringField(Fields.ARTICLE, articleId, Field.Store.YES));
        d.add(new StringField(Fields.STORY, story, Field.Store.YES));
        d.add(new StringField(Fields.CLAIM_REF, l.from(), Field.Store.NO));
        d.add(new StringField(Fields.CLAIM_REF, l.to(), Field.Store.NO));
        d.add(new StringField(Fields.TYPE, l.type().name().toLowerCase(Locale.ROOT), Field.Store.YES));
        d.add(new StoredField(Fields.JSON, DocumentJson.link(l).toString()));
        return d;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Set<String> set(JsonNode arr) {
        Set<String> out = new TreeSet<>();
        if (arr != null) {
            arr.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static void strings(ArrayNode arr, Set<String> values) {
        values.forEach(arr::add);
    }
}
