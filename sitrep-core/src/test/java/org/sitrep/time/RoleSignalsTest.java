package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

class RoleSignalsTest {
    private static final LocalDate MIKATI_FROM = LocalDate.of(2021, 9, 10);
    private static final LocalDate MIKATI_TO = LocalDate.of(2025, 2, 8);

    /** Knows Najib Mikati (prime minister, two terms) and Hassan Nasrallah (a role that has ended), by full name only. */
    private static final RoleTerms ROLES = (name, title) -> switch (name) {
        case "Najib Mikati" -> List.of(
                new RoleTerms.Term("Prime Minister of Lebanon", LocalDate.of(2011, 6, 13), LocalDate.of(2014, 2, 15), title.toLowerCase().contains("prime minister")),
                new RoleTerms.Term("Prime Minister of Lebanon", MIKATI_FROM, MIKATI_TO, title.toLowerCase().contains("prime minister")));
        case "Hassan Nasrallah" -> List.of(new RoleTerms.Term("Secretary-General of Hezbollah", LocalDate.of(1992, 2, 16), LocalDate.of(2024, 9, 27), false));
        case "Benjamin Netanyahu" -> List.of(new RoleTerms.Term("Prime Minister of Israel", LocalDate.of(2022, 12, 29), null, true));
        default -> List.of();
    };

    /** The signals of a tagged sentence whose PERSON mention is {@code name}. */
    private static List<DateSignal> signals(String tagged, String name) {
        TimexFixture.Text t = TimexFixture.of(tagged);
        int at = t.text().indexOf(name);
        Mention m = new Mention(Span.of(t.text(), at, at + name.length()), EntityType.PERSON, null, null);
        return new RoleSignals(ROLES, DateKernels.bundled()).signals(t.text(), t.sentences(), t.tokens(), List.of(m));
    }

    @Test
    void a_current_title_puts_the_article_within_the_terms_of_that_office() {
        List<DateSignal> s = signals("Lebanese/JJ caretaker/NN Prime/NNP Minister/NNP Najib/NNP Mikati/NNP met/VBD envoys", "Najib Mikati");
        assertThat(s).singleElement().satisfies(x -> {
            assertEquals("Lebanese caretaker Prime Minister Najib Mikati", x.span().text());
            assertEquals(LocalDate.of(2011, 6, 13), x.notBefore());
            assertEquals(MIKATI_TO, x.notAfter());
            assertEquals(RoleSignals.CURRENT, x.strength());
            assertEquals(1.0, x.weight().of(LocalDate.of(2024, 10, 1)), 1e-9);
            assertThat(x.weight().of(LocalDate.of(2018, 1, 1))).isLessThan(0.1);
        });
    }

    @Test
    void a_then_office_holder_puts_the_article_after_the_end_of_his_office() {
        for (String tagged : List.of("adding/VBG that/IN then/RB -/HYPH Hezbollah/NNP chief/NN Hassan/NNP Nasrallah/NNP rejected/VBD it",
                "adding/VBG that/IN then-Hezbollah/NNP chief/NN Hassan/NNP Nasrallah/NNP rejected/VBD it")) {
            assertThat(signals(tagged, "Hassan Nasrallah")).singleElement().satisfies(x -> {
                assertThat(x.span().text()).startsWith("then").endsWith("Hassan Nasrallah");
                assertEquals(LocalDate.of(2024, 9, 27), x.notBefore());
                assertNull(x.notAfter());
                assertEquals(RoleSignals.FORMER, x.strength());
            });
        }
    }

    @Test
    void a_former_holder_of_an_office_not_known_to_have_ended_says_nothing() {
        assertThat(signals("said/VBD former/JJ Prime/NNP Minister/NNP Benjamin/NNP Netanyahu/NNP", "Benjamin Netanyahu")).isEmpty();
    }

    @Test
    void a_title_that_names_none_of_the_roles_says_nothing() {
        assertThat(signals("Lebanese/JJ businessman/NN Najib/NNP Mikati/NNP met/VBD envoys", "Najib Mikati")).isEmpty();
    }

    @Test
    void an_unknown_name_or_a_name_without_a_title_says_nothing() {
        assertThat(signals("Prime/NNP Minister/NNP John/NNP Doe/NNP met/VBD envoys", "John Doe")).isEmpty();
        assertThat(signals("They/PRP met/VBD Najib/NNP Mikati/NNP", "Najib Mikati")).isEmpty();
    }

    @Test
    void the_title_stops_at_words_that_cannot_stand_in_one() {
        TimexFixture.Text t = TimexFixture.of("Israel/NNP 's/POS Prime/NNP Minister/NNP Benjamin/NNP Netanyahu/NNP spoke/VBD");
        int at = t.text().indexOf("Benjamin");
        RoleSignals.Title title = RoleSignals.title(t.text(), t.sentences(), t.tokens(), Span.of(t.text(), at, at + "Benjamin Netanyahu".length()));
        assertEquals("Prime Minister", title.words());
        assertEquals(false, title.former());
    }
}
