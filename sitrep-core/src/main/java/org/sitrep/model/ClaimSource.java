package org.sitrep.model;

/**
 * Who makes a claim.
 *
 * @param span        the source's words in the text (for a pronoun, the pronoun)
 * @param actor       resolved actor id, or null
 * @param anonymous   true when the source is not named ("two sources", "a senior diplomat")
 * @param description a short description such as "two sources" or "Najib Mikati's office"
 */
public record ClaimSource(Span span, String actor, boolean anonymous, String description) {}
