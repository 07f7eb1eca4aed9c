package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void a_claim_is_its_article_and_its_cue_offset_and_an_event_its_trigger_offset() {
        assertEquals("3f2a#c1234", Ids.claim("3f2a", 1234));
        assertEquals("3f2a#e17", Ids.event("3f2a", 17));
        assertEquals("3f2a", Ids.article("3f2a#c1234"));
    }

    @Test
    void a_document_gives_its_claims_their_ids() {
        String text = "Officials said the depot burned.";
        Article a = new Article("abc", "x", null, "t", null, List.of(), List.of(), text, "en", OffsetMap.shifted(0, text.length()));
        Span src = Span.of(text, 0, 9);
        Claim c = new Claim(new ClaimSource(src, null, false, "Officials"), Span.of(text, 10, 14), Span.of(text, 15, 31), Stance.ASSERT, false,
                null, Span.of(text, 0, 32));
        assertEquals("abc#c10", Document.of(a).withClaims(List.of(c)).claims().get(0).id());
    }

    @Test
    void a_blank_article_id_is_refused_by_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ids.claim(" ", 3));
        assertEquals("The parameter 'articleId' must not be blank, got ' '", e.getMessage());
    }
}
