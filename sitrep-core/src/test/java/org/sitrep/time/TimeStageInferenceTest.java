package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.TimeRef;

/** The times stage infers an unknown article date and normalises the relative expressions against it. */
class TimeStageInferenceTest {
    private static final String TEXT = "The office on Friday denied/VBD the report . Talks collapsed/VBD yesterday , Oct. 3 , 2024 . "
            + "Envoys met/VBD last week";

    private static Document doc(PublicationDate published) {
        TimexFixture.Text t = TimexFixture.of(TEXT);
        Article a = new Article("a", "a.txt", null, "t", published, List.of(), List.of(), t.text(), "en", OffsetMap.shifted(0, t.text().length()));
        return Document.of(a).withAnnotations(t.sentences(), t.tokens(), List.of(), List.of());
    }

    private static TimeRef time(Document d, String text) {
        return d.times().stream().filter(x -> x.span().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void an_undated_article_gets_an_inferred_date_and_its_relative_times_rest_on_it() {
        Document out = TimeStage.standard().apply(doc(PublicationDate.UNKNOWN));
        PublicationDate p = out.article().published();
        assertEquals(DateSource.INFERRED, p.source());
        assertEquals(LocalDate.of(2024, 10, 4), p.date(), "the day after 'yesterday, Oct. 3, 2024'");
        assertThat(p.confidence()).isGreaterThan(0.5);
        assertThat(p.evidence()).anyMatch(e -> e.span() != null && e.span().text().equals("yesterday , Oct. 3 , 2024"));
        TimeRef friday = time(out, "Friday");
        assertEquals("inferred-date", friday.anchor());
        assertEquals(p.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)).toString(), friday.value());
        assertThat(time(out, "last week").value()).doesNotContain("X");
        assertEquals("2024-W39", time(out, "last week").value());
    }

    @Test
    void a_given_date_wins_and_nothing_is_inferred() {
        Document out = TimeStage.standard().apply(doc(new PublicationDate(LocalDate.of(2024, 11, 2), DateSource.GIVEN)));
        assertEquals(DateSource.GIVEN, out.article().published().source());
        assertEquals("2024-11-01", time(out, "Friday").value());
        assertEquals("2024-11-01", time(out, "yesterday").value());
        assertEquals("article-date", time(out, "Friday").anchor());
    }

    @Test
    void the_stage_without_inference_leaves_the_date_unknown() {
        Document out = new TimeStage(TimexTagger.standard()).apply(doc(PublicationDate.UNKNOWN));
        assertEquals(DateSource.UNKNOWN, out.article().published().source());
        assertThat(time(out, "Friday").value()).contains("X");
    }
}
