package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.resolve.Tagged.actorOf;
import static org.sitrep.resolve.Tagged.doc;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;

class ActorResolverTest {
    private static final LocalDate FEB_2024 = LocalDate.of(2024, 2, 1);
    private static final ActorDictionary KB = Tagged.actors(
            "person:mohammed-shia-al-sudani\tPERSON\tMohammed Shia al-Sudani\t\tIRQGOV\tIRQ\tPrime Minister of Iraq@2022-10-27..\tIRQGOV@2022-10-27..;IRQLEG@2014-01-01..2022-10-26",
            "person:najib-mikati\tPERSON\tNajib Mikati\t\tLBNGOV\tLBN\tPrime Minister of Lebanon@2021-09-10..2025-02-08",
            "person:kamala-harris\tPERSON\tKamala Harris\t\tUSAGOV\tUSA\tUS Senator@2017-01-03..2021-01-18;Vice President of the United States@2021-01-20..2025-01-20",
            "person:joe-biden\tPERSON\tJoe Biden\t\tUSAGOV\tUSA\tPresident of the United States@2021-01-20..2025-01-20",
            "person:gordon-brown\tPERSON\tGordon Brown\t\tGBRGOV\tGBR\t\tGBRGOV@1997-05-02..2010-05-11",
            "person:scott-brown\tPERSON\tScott Brown\t\tUSALEG\tUSA\t\tUSALEG@2010-02-04..2013-01-03",
            "person:john-howard\tPERSON\tJohn Howard\t\tAUSGOV\tAUS\tPrime Minister of Australia@1996-03-11..2007-12-03",
            "org:hezbollah\tREBEL\tHezbollah\tHizbollah\tLBNREB\tLBN\t",
            "org:reuters\tMEDIA\tReuters\t\tMED\t\t",
            "org:nujaba\tMILITIA\tHarakat al-Nujaba\tNujaba\tIRQREB\tIRQ\t",
            "org:kataib-sayyid-al-shuhada\tMILITIA\tKataib Sayyid al-Shuhada\t\tIRQREB\tIRQ\t",
            "org:isis\tREBEL\tIslamic State\tIS|ISIS\tIMGREB\t\t");

    private static Document resolve(String spec, LocalDate day) {
        return new ActorResolver(KB, Gazetteer.bundled()).apply(doc(spec, day));
    }

    private static Actor actor(Document d, String id) {
        return d.actor(id).orElseThrow(() -> new AssertionError("no actor " + id + " in " + d.actors()));
    }

    @Test
    void a_surname_after_an_honorific_joins_the_earlier_full_name() {
        Document d = resolve("[PER Tony Blair] spoke/VBD . Mr [PER Blair] said/VBD it/PRP . [PER Michael Howard] left/VBD . [PER Mr Howard] said/VBD no/DT .", null);
        assertEquals("person:tony-blair", actorOf(d, "Tony Blair"));
        assertEquals("person:tony-blair", actorOf(d, "Blair"));
        assertEquals("person:michael-howard", actorOf(d, "Mr Howard"));
        assertEquals(List.of("Michael Howard", "Mr Howard"), actor(d, "person:michael-howard").aliases());
    }

    @Test
    void a_surname_joins_the_nearest_earlier_of_two_namesakes() {
        Document d = resolve("[PER Ed Miliband] met/VBD [PER David Miliband] . [PER Miliband] said/VBD so/RB .", null);
        assertEquals("person:david-miliband", actorOf(d, "Miliband"));
    }

    @Test
    void a_lone_first_name_joins_the_one_person_of_the_article_who_has_it() {
        Document d = resolve("[PER Michael Howard] spoke/VBD . we/PRP want/VBP [PER Michael] to/TO win/VB .", null);
        assertEquals("person:michael-howard", actorOf(d, "Michael"));
        Document two = resolve("[PER Michael Howard] met/VBD [PER Michael Ancram] . we/PRP want/VBP [PER Michael] to/TO win/VB .", null);
        assertEquals("person:michael", actorOf(two, "Michael"));
    }

    @Test
    void mrs_smith_is_not_mr_smith() {
        Document d = resolve("Mr [PER Smith] spoke/VBD . Mrs [PER Smith] answered/VBD .", null);
        assertNotEquals(actorOf(d, "Smith", 0), actorOf(d, "Smith", 1));
    }

    @Test
    void a_lone_surname_resolves_in_the_dictionary_only_when_the_article_supports_one_person() {
        // Two Browns: the article's date and country pick Gordon Brown, in office in Britain in 2005.
        Document uk = resolve("[LOC Britain] votes/VBZ . Mr [PER Brown] said/VBD so/RB .", LocalDate.of(2005, 3, 1));
        assertEquals("person:gordon-brown", actorOf(uk, "Brown"));
        // Without a country or a date nothing says which Brown: an actor of its own.
        Document bare = resolve("Mr [PER Brown] said/VBD so/RB .", null);
        assertEquals("person:brown", actorOf(bare, "Brown"));
        // The one person of a surname, in office on the article date in a country the article names.
        Document iraq = resolve("[NAT Iraqi] officials/NNS met/VBD . [PER Sudani] spoke/VBD .", FEB_2024);
        assertEquals("person:mohammed-shia-al-sudani", actorOf(iraq, "Sudani"));
    }

    @Test
    void being_the_only_person_of_a_surname_is_no_support() {
        LocalDate jan2005 = LocalDate.of(2005, 1, 15);
        // John Howard is the dictionary's only Howard, in office in 2005, but the article names no Australia.
        Document commons = resolve("In/IN the/DT Commons/NNP , Mr [PER Howard] said/VBD so/RB .", jan2005);
        assertEquals("person:howard", actorOf(commons, "Howard"));
        Document britain = resolve("[LOC Britain] votes/VBZ . Mr [PER Howard] said/VBD so/RB .", jan2005);
        assertEquals("person:howard", actorOf(britain, "Howard"));
        // The article names his country and he is in office on its date: support.
        Document australia = resolve("[LOC Australia] votes/VBZ . Mr [PER Howard] said/VBD so/RB .", jan2005);
        assertEquals("person:john-howard", actorOf(australia, "Howard"));
        // No date: nothing says who was in office.
        Document undated = resolve("[LOC Australia] votes/VBZ . Mr [PER Howard] said/VBD so/RB .", null);
        assertEquals("person:howard", actorOf(undated, "Howard"));
        Document sudani = resolve("[NAT Iraqi] officials/NNS met/VBD . [PER Sudani] spoke/VBD .", null);
        assertEquals("person:sudani", actorOf(sudani, "Sudani"));
    }

    @Test
    void a_country_actor_is_the_place_the_places_stage_resolved() {
        // "Georgia" resolved to the US state: no state actor, and its officials are no Georgian government.
        Document state = resolve("[LOC@geonames:4197000 Georgia] officials/NNS met/VBD .", FEB_2024);
        assertTrue(state.actor("country:GEO").isEmpty(), state.actors().toString());
        assertTrue(state.entities().stream().noneMatch(m -> "agent:GEOGOV".equals(m.actor())), state.entities().toString());
        assertEquals("agent:USAGOV", actorOf(state, "Georgia officials"));
        // Resolved to the country, or not resolved at all: the state.
        Document country = resolve("[LOC@geonames:614540 Georgia] officials/NNS met/VBD .", FEB_2024);
        assertEquals("country:GEO", actorOf(country, "Georgia"));
        assertEquals("agent:GEOGOV", actorOf(country, "Georgia officials"));
        assertEquals("country:GEO", actorOf(resolve("[LOC Georgia] voted/VBD .", FEB_2024), "Georgia"));
        // A demonym names its country whatever else the article's places are.
        Document demonym = resolve("[LOC@geonames:4197000 Georgia] voted/VBD . [NAT Georgian] troops/NNS left/VBD .", FEB_2024);
        assertEquals("country:GEO", actorOf(demonym, "Georgian"));
        assertEquals(null, actorOf(demonym, "Georgia"));
    }

    @Test
    void a_misspelt_full_name_resolves_when_the_article_supports_it() {
        Document d = resolve("[LOC US] Vice/NNP President/NNP [PER Kamal Harris] spoke/VBD .", FEB_2024);
        assertEquals("person:kamala-harris", actorOf(d, "Kamal Harris"));
        assertTrue(actor(d, "person:kamala-harris").roles().contains("Vice President of the United States"));
        assertEquals("person:kevin-harris", actorOf(resolve("[LOC US] official/NN [PER Kevin Harris] spoke/VBD .", FEB_2024), "Kevin Harris"));
    }

    @Test
    void roles_and_codes_are_the_ones_held_on_the_article_date() {
        Document d = resolve("[PER Kamala Harris] spoke/VBD . [PER Mohammed Shia al-Sudani] listened/VBD .", LocalDate.of(2019, 6, 1));
        assertEquals(List.of("US Senator"), actor(d, "person:kamala-harris").roles());
        assertEquals("IRQLEG", actor(d, "person:mohammed-shia-al-sudani").code());
    }

    @Test
    void a_title_reference_goes_to_the_holder_on_the_article_date_in_the_country_in_context() {
        Document iraqi = resolve("The/DT [NAT Iraqi] prime/JJ minister/NN met/VBD [LOC Lebanon] officials/NNS .", FEB_2024);
        assertEquals("person:mohammed-shia-al-sudani", actorOf(iraqi, "The Iraqi prime minister"));
        // No country next to the title: the article's most-named country.
        Document lebanon = resolve("[LOC Lebanon] waits/VBZ . [LOC Lebanon] and/CC [LOC Iraq] talk/VBP . the/DT prime/JJ minister/NN said/VBD no/DT .", FEB_2024);
        assertEquals("person:najib-mikati", actorOf(lebanon, "the prime minister"));
        // Before Sudani took office the dictionary has no holder: no person is guessed, the phrase names the Iraqi
        // government (an agent phrase, "prime minister" being a GOV agent).
        Document before = resolve("The/DT [NAT Iraqi] prime/JJ minister/NN met/VBD them/PRP .", LocalDate.of(2020, 1, 1));
        assertTrue(before.entities().stream().noneMatch(m -> m.span().text().contains("prime minister") && m.type() == EntityType.PERSON));
        assertEquals("agent:IRQGOV", actorOf(before, "Iraqi prime minister"));
    }

    @Test
    void a_title_reference_goes_first_to_the_holder_already_in_the_article() {
        Document d = resolve("Prime/NNP Minister/NNP [PER Najib Mikati] spoke/VBD . the/DT PM/NNP said/VBD no/DT .", null);
        assertEquals("person:najib-mikati", actorOf(d, "the PM"));
        assertTrue(actor(d, "person:najib-mikati").aliases().contains("the PM"));
    }

    @Test
    void the_president_is_not_the_vice_president() {
        Document d = resolve("Vice/NNP President/NNP [PER Kamala Harris] spoke/VBD . the/DT president/NN said/VBD no/DT .", null);
        assertTrue(d.entities().stream().noneMatch(m -> m.span().text().equals("the president")));
    }

    @Test
    void the_group_is_the_nearest_earlier_organisation_of_a_fitting_kind() {
        Document d = resolve("[ORG Hezbollah] told/VBD [ORG Reuters] that/IN the/DT Iran-backed/JJ group/NN would/MD wait/VB .", null);
        assertEquals("org:hezbollah", actorOf(d, "the Iran-backed group"));
    }

    @Test
    void actors_named_together_make_a_group_with_its_members() {
        Document d = resolve("the/DT [LOC Nujaba] and/CC [MISC Kataib Sayyid al-Shuhada] factions/NNS rejected/VBD the/DT truce/NN .", null);
        Actor g = actor(d, "group:kataib-sayyid-al-shuhada+nujaba");
        assertEquals(ActorType.GROUP, g.type());
        assertEquals(List.of("org:nujaba", "org:kataib-sayyid-al-shuhada"), g.members());
        assertEquals("IRQ", g.country());
        assertEquals("IRQREB", g.code());
        assertEquals("org:nujaba", actorOf(d, "Nujaba"), "a name the tagger took for a place that geocodes nowhere");
    }

    @Test
    void known_names_the_tagger_missed_are_found_and_acronyms_only_in_capitals() {
        Document d = resolve("officials/NNS said/VBD IS fighters/NNS attacked/VBD . asked/VBD if/IN it/PRP Is/VBZ over/RB ,/, they/PRP said/VBD no/DT .", null);
        assertEquals("org:isis", actorOf(d, "IS"));
        assertTrue(d.entities().stream().noneMatch(m -> m.span().text().equals("Is")), d.entities().toString());
    }

    @Test
    void unknown_names_get_the_same_id_in_every_article() {
        String a = actorOf(resolve("[PER Recep Tayyip Erdoğan] spoke/VBD .", null), "Recep Tayyip Erdoğan");
        String b = actorOf(resolve("Mr/NNP [PER Recep Tayyip Erdogan] left/VBD .", null), "Recep Tayyip Erdogan");
        assertEquals("person:recep-tayyip-erdogan", a);
        assertEquals(a, b);
    }
}
