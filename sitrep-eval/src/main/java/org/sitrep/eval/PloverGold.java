package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the PLOVER gold-standard records (a JSON list; the file ends in .txt). The records use PLOVER 0.5 type names;
 * they are mapped to the 2021 ontology Sitrep codes, following the CAMEO→PLOVER 2021 table (CAMEO 09 and 11 → ACCUSE,
 * 10 → REQUEST, 19 → ASSAULT).
 */
public final class PloverGold {
    private static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    private PloverGold() {}

    public static List<PloverRecord> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<PloverRecord> out = new ArrayList<>();
        for (JsonNode r : root) {
            String type = r.path("event").asText();
            String text = r.path("text").asText("");
            if (type.equals("DOCUMENT") || text.isBlank()) {
                continue;
            }
            out.add(new PloverRecord(r.path("id").asText(), r.path("date").asText(null), text, RENAMED.getOrDefault(type, type),
                    codes(r.path("source")), codes(r.path("target")), actors(r.path("source")), actors(r.path("target"))));
        }
        return out;
    }

    /** Every source or target object with its words, code and sector (missing fields are ""). */
    private static List<PloverActor> actors(JsonNode actors) {
        List<PloverActor> out = new ArrayList<>();
        for (JsonNode a : actors) {
            if (a.isObject()) {
                out.add(new PloverActor(a.path("actorText").asText(""), a.path("code").asText(""), a.path("sector").asText("")));
            }
        }
        return out;
    }

    private static List<String> codes(JsonNode actors) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : actors) {
            String code = a.path("code").asText("");
            if (!code.isEmpty()) {
                out.add(code);
            }
        }
        return out;
    }
}
