package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.time.TimexFixture.tag;
import static org.sitrep.time.TimexFixture.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per family of expressions; the article date is Friday 27 September 2024 unless a test says otherwise. */
class TimexTaggerTest {
    private static final String FRIDAY = "2024-09-27";

    @Test
    void full_dates_in_news_styles() {
        assertThat(values("signed on Sept. 27 , 2024", FRIDAY)).containsExactly("Sept. 27 , 2024=2024-09-27");
        assertThat(values("signed on 27 September 2024", FRIDAY)).containsExactly("27 September 2024=2024-09-27");
        assertThat(values("signed on Friday , Sept. 27 , 2024", FRIDAY)).containsExactly("Friday , Sept. 27 , 2024=2024-09-27");
        assertThat(values("the 3rd of March 1999 was cold", FRIDAY)).containsExactly("the 3rd of March 1999=1999-03-03");
        assertThat(values("filed 2024-09-01 and 9/1/24", FRIDAY)).containsExactly("2024-09-01=2024-09-01", "9/1/24=2024-09-01");
    }

    @Test
    void dates_without_a_year_take_it_from_the_article_date_and_the_tense() {
        assertThat(values("talks said/VBD on Sept. 27", FRIDAY)).containsExactly("Sept. 27=2024-09-27");
        assertThat(values("27 Sept", FRIDAY)).containsExactly("27 Sept=2024-09-27");
        // a past report in January of a December date is last year's December
        assertThat(values("He resigned/VBD on Dec. 15", "2025-01-10")).containsExactly("Dec. 15=2024-12-15");
        // a future one in December of a January date is next year's
        assertThat(values("The vote will/MD be/VB held/VBN on Jan. 10", "2024-12-20")).containsExactly("Jan. 10=2025-01-10");
        // far from the article date the nearer year wins whatever the tense
        assertThat(values("He said/VBD the deadline is/VBZ Nov. 20", "2024-11-02")).containsExactly("Nov. 20=2024-11-20");
    }

    @Test
    void months_years_decades_and_modifiers() {
        assertThat(values("in September 2023 and in 1998", FRIDAY)).containsExactly("September 2023=2023-09", "1998=1998");
        assertThat(values("since mid-February", FRIDAY)).containsExactly("mid-February=2024-02");
        assertThat(tag("since mid-February", LocalDate.parse(FRIDAY)).get(0).mod()).isEqualTo("MID");
        assertThat(values("early next year", FRIDAY)).containsExactly("early next year=2025");
        assertThat(values("in the 1990s and the '80s", FRIDAY)).containsExactly("the 1990s=199", "the '80s=198");
        assertThat(values("in the 20th century", FRIDAY)).containsExactly("the 20th century=19");
    }

    @Test
    void ambiguous_month_words_need_their_capital_or_a_number() {
        assertThat(values("they may march on", FRIDAY)).isEmpty();
        assertThat(values("Jan Egeland said/VBD", FRIDAY)).isEmpty();
        assertThat(values("on Jan 14", FRIDAY)).containsExactly("Jan 14=2025-01-14");
        assertThat(values("in May", FRIDAY)).containsExactly("May=2024-05");
    }

    @Test
    void relative_to_the_article_date() {
        assertThat(values("It happened/VBD last week", FRIDAY)).containsExactly("last week=2024-W38");
        assertThat(values("this week", FRIDAY)).containsExactly("this week=2024-W39");
        assertThat(values("next month", FRIDAY)).containsExactly("next month=2024-10");
        assertThat(values("last year", FRIDAY)).containsExactly("last year=2023");
        assertThat(values("yesterday and tomorrow", FRIDAY)).containsExactly("yesterday=2024-09-26", "tomorrow=2024-09-28");
        assertThat(values("two weeks ago", FRIDAY)).containsExactly("two weeks ago=2024-W37");
        assertThat(values("three days ago", FRIDAY)).containsExactly("three days ago=2024-09-24");
        assertThat(values("a year ago", FRIDAY)).containsExactly("a year ago=2023");
        assertThat(values("earlier this month", FRIDAY)).containsExactly("earlier this month=2024-09");
        assertThat(values("last November", FRIDAY)).containsExactly("last November=2023-11");
        assertThat(values("next spring", FRIDAY)).containsExactly("next spring=2025-SP");
        assertThat(values("the third quarter", FRIDAY)).containsExactly("the third quarter=2024-Q3");
        assertThat(values("June last year", FRIDAY)).containsExactly("June last year=2023-06");
    }

    @Test
    void anaphoric_expressions_count_from_the_last_date_mentioned() {
        assertThat(values("They met/VBD on March 3 , 2020 . The following day they left/VBD", FRIDAY))
                .containsExactly("March 3 , 2020=2020-03-03", "The following day=2020-03-04");
        assertThat(values("The deal closed/VBD in June 2019 . Two years later it failed/VBD", FRIDAY))
                .containsExactly("June 2019=2019-06", "Two years later=2021-06");
        assertThat(tag("in June 2019 . Two years later", LocalDate.parse(FRIDAY)).get(1).basis()).isEqualTo(Timex.Basis.ANAPHORIC);
    }

    @Test
    void weekdays_follow_the_tense() {
        // a past report: the weekday before the article date (the same day counts)
        assertThat(values("The office denied/VBD on Monday", FRIDAY)).containsExactly("Monday=2024-09-23");
        assertThat(values("The office denied/VBD on Friday", FRIDAY)).containsExactly("Friday=2024-09-27");
        // the future: the next one
        assertThat(values("The envoy will/MD arrive/VB on Monday", FRIDAY)).containsExactly("Monday=2024-09-30");
        assertThat(values("The team planned/VBD to/TO leave/VB on Tuesday", FRIDAY)).containsExactly("Tuesday=2024-10-01");
        assertThat(values("postponed/VBN until Tuesday", FRIDAY)).containsExactly("Tuesday=2024-10-01");
        assertThat(values("last Friday", FRIDAY)).containsExactly("last Friday=2024-09-20");
        assertThat(values("Tuesday night", FRIDAY)).containsExactly("Tuesday night=2024-09-24TNI");
        Timex early = tag("The strike hit/VBD early Saturday", java.time.LocalDate.parse("2024-09-29")).get(0);
        assertThat(early.span().text() + "=" + early.value() + " " + early.type() + " " + early.mod()).isEqualTo("early Saturday=2024-09-28 DATE START");
    }

    @Test
    void vague_references() {
        assertThat(values("months ago", FRIDAY)).containsExactly("months ago=PAST_REF");
        assertThat(values("now and recently", FRIDAY)).containsExactly("now=PRESENT_REF", "recently=PAST_REF");
        assertThat(values("in the future", FRIDAY)).containsExactly("the future=FUTURE_REF");
        assertThat(values("in recent years", FRIDAY)).containsExactly("recent years=PAST_REF");
    }

    @Test
    void durations() {
        assertThat(values("for two weeks", FRIDAY)).containsExactly("two weeks=P2W");
        assertThat(values("a 60-day truce", FRIDAY)).containsExactly("60-day=P60D");
        assertThat(values("the past three years", FRIDAY)).containsExactly("the past three years=P3Y");
        assertThat(values("more than four hours", FRIDAY)).containsExactly("more than four hours=PT4H");
        assertThat(values("twenty-five years", FRIDAY)).containsExactly("twenty-five years=P25Y");
        assertThat(values("a couple of days", FRIDAY)).containsExactly("a couple of days=P2D");
        assertThat(values("for decades", FRIDAY)).containsExactly("decades=PXDE");
        // an age and a fraction are not durations
        assertThat(values("a 52-year-old man", FRIDAY)).isEmpty();
        assertThat(values("three-quarters of the vote", FRIDAY)).isEmpty();
    }

    @Test
    void sets_and_times_of_day() {
        assertThat(values("published daily", FRIDAY)).containsExactly("daily=P1D");
        assertThat(values("every week", FRIDAY)).containsExactly("every week=P1W");
        assertThat(values("every Monday", FRIDAY)).containsExactly("every Monday=XXXX-WXX-1");
        assertThat(values("at 10:35 a.m. today", FRIDAY)).containsExactly("10:35 a.m. today=2024-09-27T10:35");
        assertThat(values("at 4 p.m.", FRIDAY)).containsExactly("4 p.m.=2024-09-27T16:00");
        assertThat(values("this morning", FRIDAY)).containsExactly("this morning=2024-09-27TMO");
        assertThat(values("last night", FRIDAY)).containsExactly("last night=2024-09-26TNI");
    }

    @Test
    void ranges_give_two_expressions() {
        assertThat(values("from Sept. 27-29", FRIDAY)).containsExactly("Sept. 27=2024-09-27", "29=2024-09-29");
        assertThat(values("in 1990-95", FRIDAY)).containsExactly("1990=1990", "95=1995");
        assertThat(values("between March and May 2020", FRIDAY)).containsExactly("March=2024-03", "May 2020=2020-05");
    }

    @Test
    void numbers_that_are_not_years() {
        assertThat(values("Resolution 1701 and Flight 2024", FRIDAY)).isEmpty();
        assertThat(values("$1990 and 2000 troops/NNS", FRIDAY)).isEmpty();
        // a number the article uses as a name stays one when it comes back bare
        assertThat(values("under Resolution 1701 . Talks on 1701 resumed/VBD in 2006", FRIDAY)).containsExactly("2006=2006");
    }

    @Test
    void an_unknown_article_date_leaves_x_and_gives_clues() {
        assertThat(values("The office denied/VBD on Friday last week", null)).containsExactly("Friday=XXXX-WXX-5", "last week=XXXX-WXX");
        Timex friday = tag("The office denied/VBD on Friday", null).get(0);
        assertThat(friday.clue().kind()).isEqualTo(Clue.Kind.WEEKDAY);
        assertThat(friday.clue().tense()).isEqualTo(Tense.PAST);
        assertThat(tag("on Sept. 27", null).get(0).clue().kind()).isEqualTo(Clue.Kind.MONTH_DAY);
        assertThat(tag("on Sept. 27 , 2024", null).get(0).basis()).isEqualTo(Timex.Basis.ABSOLUTE);
    }

    @Test
    void impossible_dates_are_kept_without_a_value_and_reported() {
        TimexFixture.Text t = TimexFixture.of("on 31 February 2024 and February 30");
        List<String> problems = new ArrayList<>();
        List<Timex> found = TimexTagger.standard().tag(t.text(), t.sentences(), t.tokens(), LocalDate.parse(FRIDAY), problems::add);
        assertThat(found).extracting(x -> x.span().text()).containsExactly("31 February 2024", "February 30");
        assertThat(found).allMatch(x -> x.value() == null);
        assertThat(problems).hasSize(2).allMatch(p -> p.contains("no such date"));
    }
}
