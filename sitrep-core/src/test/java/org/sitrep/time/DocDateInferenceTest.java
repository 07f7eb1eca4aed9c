package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;

class DocDateInferenceTest {
    private static final LocalDate D = LocalDate.of(2024, 10, 1);

    /** A point whose weight falls off with the distance from {@code day} (1 on it, halved every 3 days); weights are logarithms. */
    private static DateSignal pointAt(LocalDate day) {
        return DateSignal.point(null, "an event on " + day, x -> Math.log(0.5) * Math.abs(ChronoUnit.DAYS.between(day, x)) / 3.0, day, day);
    }

    @Test
    void the_estimate_is_the_best_day_and_its_confidence_the_weight_within_a_week_of_it() {
        PublicationDate p = DocDateInference.combine(List.of(pointAt(D))).orElseThrow();
        assertEquals(D, p.date());
        assertEquals(DateSource.INFERRED, p.source());
        assertThat(p.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1);
        assertEquals(1, p.evidence().size());
    }

    @Test
    void a_weekday_moves_the_estimate_to_its_day() {
        DateSignal friday = DateSignal.shape(null, "a Friday", x -> x.getDayOfWeek() == DayOfWeek.FRIDAY ? 0 : Math.log(0.1));
        PublicationDate p = DocDateInference.combine(List.of(pointAt(D), friday)).orElseThrow();
        assertEquals(DayOfWeek.FRIDAY, p.date().getDayOfWeek());
        assertThat(Math.abs(ChronoUnit.DAYS.between(D, p.date()))).isLessThanOrEqualTo(3);
    }

    @Test
    void bounds_make_the_window_and_the_estimate_stays_in_it() {
        DateSignal after = DateSignal.bound(null, "then-chief", D.plusDays(10), null, RoleSignals.FORMER);
        PublicationDate p = DocDateInference.combine(List.of(pointAt(D), after)).orElseThrow();
        assertEquals(D.plusDays(10), p.notBefore());
        assertEquals(D.plusDays(10), p.date(), "the nearest day the bound allows");
    }

    @Test
    void of_two_conflicting_bounds_the_stronger_is_kept() {
        DateSignal photo = DateSignal.bound(null, "photo", D, null, PageSignals.CAPTION);
        DateSignal office = DateSignal.bound(null, "office", null, D.minusDays(30), RoleSignals.CURRENT);
        PublicationDate p = DocDateInference.combine(List.of(photo, office, pointAt(D))).orElseThrow();
        assertEquals(D, p.notBefore());
        assertNull(p.notAfter());
        assertThat(p.evidence()).noneMatch(e -> e.says().equals("office"));
    }

    @Test
    void bounds_alone_give_a_window_without_a_day() {
        DateSignal office = DateSignal.bound(null, "office", D, D.plusYears(2), RoleSignals.CURRENT);
        PublicationDate p = DocDateInference.combine(List.of(office)).orElseThrow();
        assertTrue(p.windowOnly());
        assertEquals(D, p.notBefore());
        assertEquals(D.plusYears(2), p.notAfter());
        assertEquals(DocDateInference.WINDOW_CONFIDENCE, p.confidence());
    }

    @Test
    void a_photo_alone_or_nothing_infers_nothing() {
        assertEquals(Optional.empty(), DocDateInference.combine(List.of(DateSignal.bound(null, "photo", D, null, PageSignals.CAPTION))));
        assertEquals(Optional.empty(), DocDateInference.combine(List.of()));
        DateSignal friday = DateSignal.shape(null, "a Friday", x -> x.getDayOfWeek() == DayOfWeek.FRIDAY ? 0 : Math.log(0.1));
        assertEquals(Optional.empty(), DocDateInference.combine(List.of(friday)), "a weekday alone names no year");
    }

    @Test
    void evidence_spread_over_years_gives_a_window_rather_than_a_guess() {
        DateSignal vague = DateSignal.point(null, "a year", x -> 0, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31));
        DateSignal office = DateSignal.bound(null, "office", LocalDate.of(1990, 1, 1), LocalDate.of(2004, 12, 31), RoleSignals.CURRENT);
        PublicationDate p = DocDateInference.combine(List.of(vague, office)).orElseThrow();
        assertTrue(p.windowOnly(), "a flat weight over five years leaves no day likelier than another: " + p);
    }

    @Test
    void an_article_with_its_own_date_is_not_inferred() {
        TimexFixture.Text t = TimexFixture.of("Nasrallah was/VBD killed/VBN on Sept. 27 , 2024");
        Article a = new Article("a", "a.txt", null, "t", new PublicationDate(LocalDate.of(2025, 1, 1), DateSource.GIVEN), List.of(), List.of(),
                t.text(), "en", OffsetMap.shifted(0, t.text().length()));
        Document doc = Document.of(a).withAnnotations(t.sentences(), t.tokens(), List.of(), List.of());
        List<Timex> timexes = TimexTagger.standard().tag(t.text(), t.sentences(), t.tokens(), null, x -> {});
        assertEquals(Optional.empty(), DocDateInference.standard().infer(doc, timexes));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocDateInference.standard().infer(doc, null));
        assertEquals("The parameter 'timexes' must not be null.", e.getMessage());
    }

    @Test
    void two_offices_that_meet_on_one_day_do_not_make_a_one_day_window() {
        // "President Susilo Bambang Yudhoyono" (from 2004-10-20) and "the previous government, led by President Megawati
        // Sukarnoputri" (until 2004-10-20): a handover told in hindsight, not the article's day
        LocalDate handover = LocalDate.of(2004, 10, 20);
        DateSignal incoming = DateSignal.bound(null, "incoming", handover, handover.plusYears(10), RoleSignals.CURRENT);
        DateSignal outgoing = DateSignal.bound(null, "outgoing", handover.minusYears(3), handover, RoleSignals.CURRENT);
        PublicationDate p = DocDateInference.combine(List.of(incoming, outgoing)).orElseThrow();
        assertEquals(handover, p.notBefore());
        assertEquals(handover.plusYears(10), p.notAfter());
        assertThat(p.evidence()).noneMatch(e -> e.says().equals("outgoing"));
    }
}
