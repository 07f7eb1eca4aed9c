package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;

/**
 * Reads one article per line: {@code id}, {@code text}, and optional {@code title}, {@code published}, {@code url},
 * {@code source}. A {@code published} value that is not a date ({@link DateParser}: no known form, no such day, a year
 * out of range) is a warning naming the record and why; the record is still read, undated (so {@code --doc-date} or an
 * inferred date may date it, never a day moved from the one written).
 */
public final class JsonlReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ReadResult read(String source, String content, String charset) {
        List<RawDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int lineNo = 0;
        for (Line line : Line.split(content)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String record = source + ":" + lineNo;
            try {
                JsonNode node = JSON.readTree(line.text());
                if (node == null || !node.isObject()) {
                    errors.add(record + ": not a JSON object");
                    continue;
                }
                String text = str(node, "text");
                if (text == null || text.isBlank()) {
                    errors.add(record + ": no 'text' field");
                    continue;
                }
                String url = str(node, "url");
                String published = str(node, "published");
                LocalDate date = null;
                if (published != null && !published.isBlank()) {
                    DateParser.Reading reading = DateParser.read(published);
                    date = reading.date();
                    if (date == null) {
                        warnings.add(record + ": published '" + published + "' is not a date: " + reading.problem()
                                + "; the article is treated as undated");
                    }
                }
                RawMetadata meta = new RawMetadata(str(node, "id"), str(node, "title"), date, url, str(node, "source"));
                // JSON strings are unescaped, so the article text is the field itself: no raw offset applies.
                docs.add(new RawDocument(url != null ? url : record, 0, text, charset, Layout.FIELDS, meta));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                errors.add(record + ": malformed JSON (" + e.getOriginalMessage() + ")");
            }
        }
        return new ReadResult(docs, errors, warnings);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
