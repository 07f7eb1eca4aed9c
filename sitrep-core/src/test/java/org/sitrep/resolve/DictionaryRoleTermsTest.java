package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.time.RoleTerms;

class DictionaryRoleTermsTest {
    private static RoleTerms terms(String... rows) throws Exception {
        return new DictionaryRoleTerms(ActorDictionary.of("t.tsv", new ByteArrayInputStream(String.join("\n", rows).getBytes(StandardCharsets.UTF_8))));
    }

    private static final String[] ROWS = {
        "person:najib-mikati\tPERSON\tNajib Mikati\t\tLBNGOV\tLBN\tPrime Minister of Lebanon@2011-06-13..2014-02-15;Prime Minister of Lebanon@2021-09-10..2025-02-08;Businessman",
        "person:kamala-harris\tPERSON\tKamala Harris\t\tUSAGOV\tUSA\tVice President of the United States@2021-01-20..2025-01-20",
        "person:john-smith-a\tPERSON\tJohn Smith\t\t\tGBR\tLeader of the Labour Party@1992-07-18..1994-05-12",
        "person:john-smith-b\tPERSON\tJohn Smith\t\t\tUSA\tGovernor of Somewhere@2001-01-01..2005-01-01",
    };

    @Test
    void the_written_title_marks_the_roles_it_names() throws Exception {
        List<RoleTerms.Term> t = terms(ROWS).roles("Najib Mikati", "Lebanese caretaker Prime Minister");
        assertEquals(2, t.size(), "the undated role is left out");
        assertThat(t).allMatch(RoleTerms.Term::fits);
        assertEquals(LocalDate.of(2025, 2, 8), t.get(1).to());
        assertThat(terms(ROWS).roles("Najib Mikati", "Lebanese businessman")).noneMatch(RoleTerms.Term::fits);
    }

    @Test
    void vice_changes_the_office_a_title_names() throws Exception {
        assertThat(terms(ROWS).roles("Kamala Harris", "US Vice President")).singleElement().matches(RoleTerms.Term::fits);
        assertThat(terms(ROWS).roles("Kamala Harris", "President")).singleElement().matches(x -> !x.fits());
    }

    @Test
    void a_name_misspelt_in_one_word_is_the_one_person_it_is_near() throws Exception {
        assertThat(terms(ROWS).roles("Kamal Harris", "US Vice President")).hasSize(1);
    }

    @Test
    void an_unknown_or_shared_name_gives_nothing() throws Exception {
        assertThat(terms(ROWS).roles("Jane Doe", "President")).isEmpty();
        assertThat(terms(ROWS).roles("John Smith", "Labour leader")).isEmpty();
        assertThat(terms(ROWS).roles("", "President")).isEmpty();
    }

    @Test
    void a_dictionary_is_required() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DictionaryRoleTerms(null));
        assertEquals("The parameter 'dictionary' must not be null.", e.getMessage());
    }
}
