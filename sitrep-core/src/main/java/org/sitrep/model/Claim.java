package org.sitrep.model;

/**
 * A statement attributed to a source.
 *
 * @param id      stable id ({@link Ids#claim}); null only until the claim is put in a {@link Document}, which fills it
 * @param parent  the id of the claim this one is reported inside (a nested attribution: "sources told Reuters that the
 *                envoy had said …"), else null
 * @param direct  true when the content is a direct quotation, false when it is reported speech
 * @param channel whom the source told ("Reuters") when the text says so, else null
 */
public record Claim(String id, String parent, ClaimSource source, Span cue, Span content, Stance stance, boolean direct, String channel,
                    Span sentence) {
    /** A claim without an id yet: {@link Document} gives it one from its article id and cue. */
    public Claim(ClaimSource source, Span cue, Span content, Stance stance, boolean direct, String channel, Span sentence) {
        this(null, null, source, cue, content, stance, direct, channel, sentence);
    }

    /** This claim with id {@code newId}. */
    public Claim withId(String newId) {
        return new Claim(newId, parent, source, cue, content, stance, direct, channel, sentence);
    }

    /** This claim reported inside claim {@code parentId}. */
    public Claim withParent(String parentId) {
        return new Claim(id, parentId, source, cue, content, stance, direct, channel, sentence);
    }
}
