package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Span;

class AntecedentsTest {
    private static final ActorDictionary KB = Tagged.actors(
            "person:mohammed-shia-al-sudani\tPERSON\tMohammed Shia al-Sudani\t\tIRQGOV\tIRQ\t",
            "person:esmail-qaani\tPERSON\tEsmail Qaani\t\tIRNMIL\tIRN\t",
            "org:kataib-hezbollah\tMILITIA\tKataib Hezbollah\t\tIRQREB\tIRQ\t",
            "org:nujaba\tMILITIA\tHarakat al-Nujaba\tNujaba\tIRQREB\tIRQ\t",
            "org:kataib-sayyid-al-shuhada\tMILITIA\tKataib Sayyid al-Shuhada\t\tIRQREB\tIRQ\t");

    private static Optional<String> antecedent(String spec, String pronoun, int nth, Set<String> excluded) {
        Document d = new ActorResolver(KB, Gazetteer.bundled()).apply(Tagged.doc(spec, null));
        int at = -1;
        for (int k = 0; k <= nth; k++) {
            at = d.text().indexOf(" " + pronoun + " ", at + 1);
        }
        if (at < 0 && nth == 0 && d.text().startsWith(pronoun + " ")) {
            at = -1;
        }
        Span span = Span.of(d.text(), at + 1, at + 1 + pronoun.length());
        return Antecedents.of(d, span, excluded);
    }

    @Test
    void he_is_the_nearest_person_before_it_in_its_sentence() {
        assertEquals(Optional.of("person:mohammed-shia-al-sudani"), antecedent(
                "[PER Esmail Qaani] visited/VBD . Sources/NNS credited/VBD [PER Mohammed Shia al-Sudani] after/IN he held/VBD meetings/NNS .",
                "he", 0, Set.of()));
    }

    @Test
    void they_are_the_actors_just_named_together_not_the_subject_before_them() {
        String spec = "Other/JJ sources/NNS refuted/VBD the/DT claim/NN ,/, saying/VBG it/PRP involved/VBD the/DT [ORG Nujaba] and/CC "
                + "[ORG Kataib Sayyid al-Shuhada] factions/NNS ,/, which/WDT rejected/VBD the/DT truce/NN declared/VBN by/IN [ORG Kataib Hezbollah] . "
                + "x They/PRP vowed/VBD to/TO continue/VB .";
        assertEquals(Optional.of("group:kataib-sayyid-al-shuhada+nujaba"), antecedent(spec, "They", 0, Set.of()));
    }

    @Test
    void an_object_pronoun_is_never_the_subject_of_its_own_sentence() {
        String spec = "[PER Esmail Qaani] met/VBD [ORG Nujaba] and/CC [ORG Kataib Hezbollah] . [PER Mohammed Shia al-Sudani] told/VBD them/PRP to/TO wait/VB .";
        assertEquals(Optional.of("group:kataib-hezbollah+nujaba"), antecedent(spec, "them", 0, Set.of()));
    }

    @Test
    void an_excluded_actor_is_passed_over() {
        String spec = "[PER Esmail Qaani] visited/VBD . [PER Mohammed Shia al-Sudani] spoke/VBD . x he said/VBD so/RB .";
        assertEquals(Optional.of("person:mohammed-shia-al-sudani"), antecedent(spec, "he", 0, Set.of()));
        assertEquals(Optional.of("person:esmail-qaani"), antecedent(spec, "he", 0, Set.of("person:mohammed-shia-al-sudani")));
    }

    @Test
    void a_pronoun_with_no_fitting_actor_stays_unresolved() {
        assertEquals(Optional.empty(), antecedent("[ORG Kataib Hezbollah] waited/VBD . x he left/VBD .", "he", 0, Set.of()));
    }
}
