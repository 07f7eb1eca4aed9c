package org.sitrep.model;

/**
 * Who makes a claim.
 *
 * @param span        the source's words in the text (for a pronoun, the pronoun)
 * @param actor       resolved actor id, or null
 * @param anonymous   true when the source is not named ("two sources", "a senior diplomat")
 * @param description a short description such as "two sources" or "Najib Mikati's office", in the text's own
 *                    capitals
 * @param type        what kind of source it is; never null
 * @param anonymity   how the text describes an anonymous source; null exactly when the source is named
 */
public record ClaimSource(Span span, String actor, boolean anonymous, String description, SourceType type, AnonymousSource anonymity) {
    public ClaimSource {
        if (type == null) {
            type = anonymous ? SourceType.ANONYMOUS_SOURCE : SourceType.PERSON;
        }
        if (!anonymous) {
            anonymity = null;
        } else if (anonymity == null) {
            anonymity = AnonymousSource.UNDESCRIBED;
        }
    }

    /** A source whose type is guessed from its anonymity alone (anonymous source, else person), undescribed. */
    public ClaimSource(Span span, String actor, boolean anonymous, String description) {
        this(span, actor, anonymous, description, null, null);
    }
}
