package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.TimeRef;

class SuTimeTest {
    private static final LocalDate DATE = LocalDate.of(2024, 11, 22);

    private static Document tokens(String text) {
        Article a = new Article("t", "t", null, "t", new PublicationDate(DATE, DateSource.GIVEN), List.of(), List.of(), text, "en",
                OffsetMap.shifted(0, text.length()));
        return new CoreNlpAnnotator(NlpProfile.FAST, false).apply(Document.of(a));
    }

    @Test
    void alone_finds_and_normalises_against_the_given_date() {
        String text = "The envoy arrived on Thursday. Talks lasted three days.";
        List<TimeRef> found = SuTime.alone().tag(text, DATE);
        assertThat(found).anyMatch(t -> t.span().text().equals("Thursday") && t.value().equals("2024-11-21") && t.type().equals("DATE"));
        assertThat(found).anyMatch(t -> t.span().text().equals("three days") && t.value().equals("P3D") && t.type().equals("DURATION"));
        for (TimeRef t : found) {
            assertEquals(t.span().text(), text.substring(t.span().start(), t.span().end()));
        }
    }

    @Test
    void over_tokens_reads_the_documents_own_sentences() {
        String text = "The envoy arrived on Thursday.\nHe met the minister.";
        List<TimeRef> found = SuTime.overTokens(tokens(text), SuTime.Sentences.ALL);
        assertThat(found).singleElement().satisfies(t -> {
            assertEquals("Thursday", t.span().text());
            assertEquals("2024-11-21", t.value());
        });
    }

    @Test
    void cued_sentences_only_skips_a_sentence_without_a_cue() {
        // "5 pm" holds no word or number the annotate stage's cue filter knows, so only the run over all sentences sees it
        String text = "He left at 5 pm.\nHe came back on Friday.";
        List<TimeRef> all = SuTime.overTokens(tokens(text), SuTime.Sentences.ALL);
        List<TimeRef> cued = SuTime.overTokens(tokens(text), SuTime.Sentences.CUED);
        assertThat(all).anyMatch(t -> t.span().text().equals("5 pm"));
        assertThat(cued).noneMatch(t -> t.span().text().equals("5 pm"));
        assertThat(cued).anyMatch(t -> t.span().text().equals("Friday"));
    }
}
