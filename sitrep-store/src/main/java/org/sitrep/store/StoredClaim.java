package org.sitrep.store;

import java.time.LocalDate;

/**
 * A claim as the store holds it, with what a listing needs of its article.
 *
 * @param outlet    the article's outlet, or null
 * @param published the article's publication date, or null
 */
public record StoredClaim(String id, String article, String title, String outlet, LocalDate published, String source, String actor,
                          boolean anonymous, String stance, String cue, int cueStart, int cueEnd, String content) {
    /** What the claim does to its proposition: "denies" (deny, refute), "asserts" (assert, claim, confirm), else the stance. */
    public String role() {
        return switch (stance) {
            case "deny", "refute" -> "denies";
            case "assert", "claim", "confirm" -> "asserts";
            default -> stance;
        };
    }

    /** The claim as the API and {@code sitrep claims --json} list it. */
    public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        return org.sitrep.json.DocumentJson.mapper().createObjectNode().put("id", id).put("article", article).put("title", title).put("outlet", outlet)
                .put("published", published == null ? null : published.toString()).put("role", role()).put("stance", stance)
                .put("source", source).put("actor", actor).put("anonymous", anonymous).put("cue", cue).put("cueStart", cueStart)
                .put("cueEnd", cueEnd).put("content", content);
    }
}
