package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Token;
import org.sitrep.time.TimeStage;

class CoreNlpAnnotatorTest {
    private static final CoreNlpAnnotator ANNOTATOR = CoreNlpAnnotator.standard();

    private static Document annotate(String text, LocalDate date) {
        PublicationDate published = date == null ? PublicationDate.UNKNOWN : new PublicationDate(date, DateSource.GIVEN);
        Article a = new Article("t", "t", null, "t", published, List.of(), List.of(), text, "en", OffsetMap.shifted(0, text.length()));
        return ANNOTATOR.apply(Document.of(a));
    }

    /** The annotate stage followed by Sitrep's times stage, on CoreNLP's real tokens. */
    private static Document annotateWithTimes(String text, LocalDate date) {
        return TimeStage.standard().apply(annotate(text, date));
    }

    @Test
    void token_and_entity_offsets_point_into_the_article_text() {
        String text = "Lebanese caretaker Prime Minister Najib Mikati met Amos Hochstein in Beirut.";
        Document d = annotate(text, null);
        for (Token t : d.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertThat(d.entities()).anyMatch(m -> m.span().text().equals("Najib Mikati") && m.type() == EntityType.PERSON);
        assertThat(d.entities()).anyMatch(m -> m.span().text().equals("Beirut") && m.type() == EntityType.LOCATION);
    }

    @Test
    void a_line_break_ends_a_sentence_even_without_punctuation() {
        Document d = annotate("DIPLOMATIC INITIATIVE\nAnother diplomat told Reuters that talks resumed.", null);
        assertEquals(2, d.sentences().size());
        assertEquals("DIPLOMATIC INITIATIVE", d.sentences().get(0).span().text());
    }

    @Test
    void relative_dates_are_normalised_against_the_article_date() {
        Document d = annotateWithTimes("The envoy arrived on Thursday and left last week.", LocalDate.of(2024, 11, 22));
        assertThat(d.times()).anyMatch(t -> t.span().text().equals("Thursday") && t.value().equals("2024-11-21"));
        assertThat(d.times()).anyMatch(t -> t.span().text().equals("last week") && t.value().startsWith("2024-W46"));
    }

    @Test
    void without_an_article_date_relative_dates_stay_unresolved() {
        Document d = annotateWithTimes("The envoy arrived on Thursday.", null);
        assertThat(d.times()).singleElement().satisfies(t -> {
            assertEquals("Thursday", t.span().text());
            assertThat(t.value()).startsWith("XXXX");
        });
    }
}
