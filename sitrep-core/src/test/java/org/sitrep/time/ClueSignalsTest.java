package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class ClueSignalsTest {
    private static List<DateSignal> signals(String tagged) {
        TimexFixture.Text t = TimexFixture.of(tagged);
        List<Timex> timexes = TimexTagger.standard().tag(t.text(), t.sentences(), t.tokens(), null, p -> {});
        return new ClueSignals(DateKernels.bundled()).signals(t.text(), t.sentences(), t.tokens(), timexes);
    }

    private static double weight(DateSignal s, String day) {
        return s.weight().of(LocalDate.parse(day));
    }

    @Test
    void a_day_of_a_month_told_in_the_past_weighs_the_days_after_it_most() {
        List<DateSignal> s = signals("Nasrallah was/VBD killed/VBN on Sept. 27");
        assertThat(s).singleElement().satisfies(x -> {
            assertEquals(DateSignal.Kind.POINT, x.kind());
            assertEquals("Sept. 27", x.span().text());
            assertThat(x.says()).contains("past tense").contains("27 September");
            assertNull(x.anchorFrom(), "no year: it cannot choose the years to weigh");
            assertThat(weight(x, "2024-10-08")).isGreaterThan(weight(x, "2024-09-20"));
            assertThat(weight(x, "2024-10-08")).isGreaterThan(weight(x, "2025-03-01"));
        });
    }

    @Test
    void a_weekday_written_with_the_date_counts_only_the_years_it_falls_on() {
        // 27 September was a Friday in 2024, a Wednesday in 2023
        DateSignal s = signals("He was/VBD killed/VBN on Friday , Sept. 27").get(0);
        assertThat(s.says()).contains("a Friday");
        assertThat(weight(s, "2024-10-08")).isGreaterThan(10 * weight(s, "2023-10-08"));
    }

    @Test
    void a_weekday_told_in_the_past_prefers_that_day_and_the_next() {
        DateSignal s = signals("The office on Friday denied/VBD the report").get(0);
        assertEquals(DateSignal.Kind.SHAPE, s.kind());
        assertEquals(1.0, weight(s, "2024-11-01"), 1e-9, "a Friday");
        assertThat(weight(s, "2024-11-02")).isLessThan(1).isGreaterThan(weight(s, "2024-11-05"));
    }

    @Test
    void the_same_weekday_told_the_same_way_twice_is_one_signal() {
        assertEquals(1, signals("He left/VBD on Thursday and she arrived/VBD on Thursday").size());
    }

    @Test
    void a_year_told_in_the_past_is_a_point_with_its_year_and_the_next_weighs_most() {
        DateSignal s = signals("The talks collapsed/VBD in 2006").get(0);
        assertEquals(LocalDate.of(2006, 1, 1), s.anchorFrom());
        assertEquals(LocalDate.of(2006, 12, 31), s.anchorTo());
        assertThat(weight(s, "2007-07-01")).isGreaterThan(weight(s, "2006-07-01")).isGreaterThan(weight(s, "2003-07-01"));
    }

    @Test
    void a_full_date_has_its_tense_from_the_clause() {
        DateSignal s = signals("The notes will/MD mature/VB on March 15 , 2007").get(0);
        assertThat(s.says()).contains("future tense").contains("2007-03-15");
        assertThat(weight(s, "2007-03-10")).isGreaterThan(weight(s, "2007-03-20"));
    }

    @Test
    void yesterday_beside_a_date_names_the_article_date() {
        List<DateSignal> s = signals("Shares fell/VBD yesterday , Oct. 19 , 1987");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.says()).contains("1987-10-20");
            assertEquals(LocalDate.of(1987, 10, 20), x.anchorFrom());
            assertThat(weight(x, "1987-10-20")).isGreaterThan(50 * weight(x, "1987-10-19"));
        });
    }

    @Test
    void years_far_from_any_publication_date_are_ignored() {
        assertThat(signals("The castle was/VBD built/VBN in 1750")).isEmpty();
    }

    @Test
    void expressions_stand_beside_each_other_across_a_comma_or_bracket_only() {
        String text = "Friday, Sept. 27 and Friday and Sept. 27";
        assertTrue(ClueSignals.beside(text, Span.of(text, 0, 6), Span.of(text, 8, 16)));
        assertThat(ClueSignals.beside(text, Span.of(text, 21, 27), Span.of(text, 32, 40))).isFalse();
    }
}
