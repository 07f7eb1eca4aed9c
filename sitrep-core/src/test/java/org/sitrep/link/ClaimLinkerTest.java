package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Document;
import org.sitrep.model.LinkType;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

class ClaimLinkerTest {
    private static final String TEXT = "Officials said the army shelled the depot. The ministry denied that the army shelled the depot. "
            + "Residents refuted the claim. Witnesses said the convoy was late.";

    private static Claim claim(String source, String content, Stance stance, String sentence) {
        Span s = span(source);
        return new Claim(new ClaimSource(s, null, false, source), s, span(content), stance, false, null, span(sentence));
    }

    private static Span span(String part) {
        int at = TEXT.indexOf(part);
        return Span.of(TEXT, at, at + part.length());
    }

    @Test
    void denials_and_refutations_point_at_what_they_answer() {
        Article a = new Article("x", "x", null, "t", null, List.of(), List.of(), TEXT, "en", OffsetMap.shifted(0, TEXT.length()));
        Document doc = Document.of(a).withClaims(List.of(
                claim("Officials", "the army shelled the depot", Stance.ASSERT, "Officials said the army shelled the depot."),
                claim("The ministry", "the army shelled the depot. ", Stance.DENY, "The ministry denied that the army shelled the depot."),
                claim("Residents", "the claim", Stance.REFUTE, "Residents refuted the claim."),
                claim("Witnesses", "the convoy was late", Stance.ASSERT, "Witnesses said the convoy was late.")));
        List<ClaimLink> links = new ClaimLinker().apply(doc).links();
        assertEquals(List.of(new ClaimLink(1, 0, LinkType.DENIES, 1.0), new ClaimLink(2, 1, LinkType.REFUTES, 1.0)), links);
    }
}
