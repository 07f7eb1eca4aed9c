package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventContext;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.Token;

class DocumentJsonTest {
    private static final String TEXT = "Two sources said gunmen did not attack the base.";

    private static Document doc() {
        Article a = new Article("abc", "a.txt", null, "Quiet Base", new PublicationDate(null, DateSource.UNKNOWN, LocalDate.of(2024, 1, 9)),
                List.of(), List.of(), TEXT, "en", OffsetMap.shifted(10, TEXT.length()));
        Span sources = Span.of(TEXT, 0, 11);
        Claim c = new Claim(new ClaimSource(sources, null, true, "two sources"), Span.of(TEXT, 12, 16), Span.of(TEXT, 17, 47),
                Stance.ASSERT, false, null, Span.of(TEXT, 0, 48));
        int attack = TEXT.indexOf("attack");
        Event e = new Event("ASSAULT", null, Span.of(TEXT, attack, attack + 6), null, null, null, null, EventContext.NEGATED, Span.of(TEXT, 0, 48), "abc#c12");
        return Document.of(a).withClaims(List.of(c)).withEvents(List.of(e));
    }

    @Test
    void the_document_carries_its_schema_and_lower_case_enumerations() throws Exception {
        JsonNode n = DocumentJson.mapper().readTree(DocumentJson.write(doc(), false));
        assertEquals("sitrep.document/3", n.get("schema").asText());
        assertEquals("unknown", n.at("/published/source").asText());
        assertTrue(n.at("/published/date").isNull());
        assertEquals("2024-01-09", n.at("/published/notBefore").asText());
        assertEquals("assert", n.at("/claims/0/stance").asText());
        assertEquals("negated", n.at("/events/0/context").asText());
        assertEquals(true, n.at("/events/0/negated").asBoolean());
        assertEquals("abc#c12", n.at("/claims/0/id").asText());
        assertTrue(n.at("/claims/0/parent").isNull());
        assertEquals("abc#c12", n.at("/events/0/claim").asText());
        assertEquals("abc#e" + TEXT.indexOf("attack"), n.at("/events/0/id").asText());
        assertTrue(n.at("/events/0/source").isNull());
    }

    @Test
    void an_article_is_its_own_story_until_grouped_into_another() throws Exception {
        assertEquals("abc", DocumentJson.mapper().readTree(DocumentJson.write(doc(), false)).get("story").asText());
        Document copy = doc().withArticle(doc().article().withStory("f00"));
        JsonNode n = DocumentJson.mapper().readTree(DocumentJson.write(copy, false));
        assertEquals("abc", n.get("id").asText());
        assertEquals("f00", n.get("story").asText());
    }

    @Test
    void spans_are_start_end_and_the_text_they_cover() throws Exception {
        JsonNode n = DocumentJson.mapper().readTree(DocumentJson.write(doc(), true));
        JsonNode trigger = n.at("/events/0/trigger");
        assertEquals("attack", trigger.get("text").asText());
        assertEquals(TEXT.substring(trigger.get("start").asInt(), trigger.get("end").asInt()), trigger.get("text").asText());
        assertEquals(10, n.at("/rawOffsets/0/rawStart").asInt());
    }

    @Test
    void empty_layers_are_empty_lists_never_null() throws Exception {
        JsonNode n = DocumentJson.mapper().readTree(DocumentJson.write(doc(), false));
        for (String layer : List.of("captions", "subheadings", "entities", "actors", "places", "times", "links")) {
            assertTrue(n.get(layer).isArray() && n.get(layer).isEmpty(), layer);
        }
    }

    @Test
    void an_inferred_date_carries_its_window_confidence_and_evidence() throws Exception {
        Document d = doc();
        Span quiet = Span.of(TEXT, 0, 11);
        PublicationDate p = PublicationDate.inferred(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 9), LocalDate.of(2025, 1, 20), 0.25,
                List.of(new org.sitrep.model.DateEvidence(null, "a caption's photo date"), new org.sitrep.model.DateEvidence(quiet, "two sources")));
        JsonNode n = DocumentJson.mapper().readTree(DocumentJson.write(d.withArticle(d.article().withPublished(p)), false));
        assertEquals("2024-01-12", n.at("/published/date").asText());
        assertEquals("inferred", n.at("/published/source").asText());
        assertEquals("2025-01-20", n.at("/published/notAfter").asText());
        assertEquals(0.25, n.at("/published/confidence").asDouble());
        assertTrue(n.at("/published/evidence/0/span").isNull());
        assertEquals("a caption's photo date", n.at("/published/evidence/0/says").asText());
        JsonNode span = n.at("/published/evidence/1/span");
        assertEquals(TEXT.substring(span.get("start").asInt(), span.get("end").asInt()), span.get("text").asText());
    }

    @Test
    void a_claim_carries_its_cue_lemma_from_the_tokens_and_its_parent() throws Exception {
        Document d = doc();
        List<Token> tokens = List.of(new Token(0, 3, "Two", "CD", "two", "O"), new Token(4, 11, "sources", "NNS", "source", "O"),
                new Token(12, 16, "said", "VBD", "say", "O"), new Token(17, 23, "gunmen", "NNS", "gunman", "O"));
        Claim c = d.claims().get(0);
        Claim nested = new Claim(c.source(), Span.of(TEXT, 24, 27), Span.of(TEXT, 28, 47), Stance.DENY, false, null, c.sentence());
        d = d.withAnnotations(List.of(), tokens, List.of(), List.of()).withClaims(List.of(c, nested.withParent(c.id())));
        JsonNode n = DocumentJson.mapper().readTree(DocumentJson.write(d, false));
        assertEquals("say", n.at("/claims/0/cueLemma").asText());
        assertEquals("abc#c12", n.at("/claims/1/parent").asText());
        assertEquals("abc#c24", n.at("/claims/1/id").asText());
        assertTrue(n.at("/claims/1/cueLemma").isNull(), "no tokens under 'did': no lemma");
        assertTrue(DocumentJson.mapper().readTree(DocumentJson.write(doc(), false)).at("/claims/0/cueLemma").isNull());
    }

    @Test
    void a_cue_lemma_joins_its_tokens_and_keeps_according_to_a_preposition() {
        String text = "According to the army, rebels did not deny it.";
        List<Token> tokens = List.of(new Token(0, 9, "According", "VBG", "accord", "O"), new Token(10, 12, "to", "TO", "to", "O"),
                new Token(13, 16, "the", "DT", "the", "O"), new Token(38, 42, "deny", "VB", "deny", "O"),
                new Token(43, 45, "it", "PRP", "it", "O"));
        assertEquals("according to", DocumentJson.lemma(tokens, Span.of(text, 0, 12)));
        assertEquals("deny", DocumentJson.lemma(tokens, Span.of(text, 38, 42)));
        assertEquals("deny it", DocumentJson.lemma(tokens, Span.of(text, 38, 45)));
        assertNull(DocumentJson.lemma(tokens, Span.of(text, 23, 29)));
        assertNull(DocumentJson.lemma(List.of(), Span.of(text, 38, 42)));
    }
}
