package org.sitrep.model;

/**
 * The one rule for stable record ids: a claim is its article's id, {@code #c} and the start offset of its cue; an event
 * its article's id, {@code #e} and the start offset of its trigger. An article's id is a content hash, so the same
 * article analysed again, from any source, gives its claims and events the same ids, and a link between claims of two
 * articles stays valid when either is stored again.
 */
public final class Ids {
    private Ids() {}

    /** The id of the claim whose cue starts at {@code cueStart} in article {@code articleId}. */
    public static String claim(String articleId, int cueStart) {
        return check(articleId, cueStart) + "#c" + cueStart;
    }

    /** The id of the event whose trigger starts at {@code triggerStart} in article {@code articleId}. */
    public static String event(String articleId, int triggerStart) {
        return check(articleId, triggerStart) + "#e" + triggerStart;
    }

    private static String check(String articleId, int offset) {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("The parameter 'articleId' must not be blank, got '" + articleId + "'");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("The offset must not be negative, got " + offset);
        }
        return articleId;
    }

    /** The article id a claim or event id starts with. */
    public static String article(String recordId) {
        int hash = recordId.lastIndexOf('#');
        return hash < 0 ? recordId : recordId.substring(0, hash);
    }
}
