package org.sitrep.model;

import java.util.Objects;

/**
 * One piece of evidence for an inferred publication date: where the article says it ({@code span}, into the article's
 * text; null for evidence outside the text, such as a caption's photo date or the URL) and what it says about the date
 * ("'Sept. 27' (past tense): some days after a 27 September").
 */
public record DateEvidence(Span span, String says) {
    public DateEvidence {
        Objects.requireNonNull(says, "The parameter 'says' must not be null.");
    }
}
