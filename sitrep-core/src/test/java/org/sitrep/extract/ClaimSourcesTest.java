package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnonymousSource;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.SourceType;
import org.sitrep.model.Stance;

class ClaimSourcesTest {
    private static Claim only(String spec) {
        List<Claim> claims = ClaimFixture.claims(spec);
        assertEquals(1, claims.size(), () -> "claims: " + claims);
        return claims.get(0);
    }

    // ---- stance ---------------------------------------------------------------------------------------------------

    @Test
    void rejecting_an_offer_is_no_claim() {
        assertEquals(List.of(), ClaimFixture.claims("Tony/NNP Blair/NNP rejected/VBD/reject the/DT offer/NN ./."));
        assertEquals(List.of(), ClaimFixture.claims("Tony/NNP Blair/NNP rejected/VBD/reject a/DT Conservative/JJ compromise/NN offer/NN "
                + "that/WDT could/MD have/VB eased/VBN/ease the/DT bill/NN ./."));
    }

    @Test
    void rejecting_a_report_refutes_it() {
        Claim c = only("The/DT ministry/NN rejected/VBD/reject the/DT report/NN that/IN troops/NNS/troop had/VBD/have "
                + "crossed/VBN/cross the/DT border/NN ./.");
        assertEquals(Stance.REFUTE, c.stance());
        assertEquals("rejected", c.cue().text());
    }

    @Test
    void asking_whether_is_a_question_by_the_asker() {
        Claim c = only("[PERSON:person:michael-howard Michael/NNP Howard/NNP] asked/VBD/ask whether/IN the/DT government/NN "
                + "would/MD resign/VB ./.");
        assertEquals(Stance.QUESTION, c.stance());
        assertEquals("person:michael-howard", c.source().actor());
        assertEquals("whether the government would resign", c.content().text());
    }

    @Test
    void whoever_is_asked_is_no_source() {
        assertEquals(List.of(), ClaimFixture.claims("He/PRP was/VBD/be asked/VBN/ask whether/IN he/PRP would/MD resign/VB ./."));
    }

    @Test
    void warning_that_is_a_warning() {
        assertEquals(Stance.WARN, only("Analysts/NNS/analyst warned/VBD/warn that/IN prices/NNS/price would/MD rise/VB ./.").stance());
    }

    // ---- who speaks ---------------------------------------------------------------------------------------------------

    @Test
    void an_abstract_noun_is_no_speaker() {
        assertEquals(List.of(), ClaimFixture.claims("the/DT serious/JJ falsehood/NN of/IN a/DT comment/NN suggesting/VBG/suggest "
                + "he/PRP wants/VBZ/want fewer/JJR migrants/NNS/migrant ./."));
    }

    @Test
    void a_report_speaks_as_a_document() {
        Claim c = only("A/DT US/NNP government/NN report/NN showed/VBD/show that/IN supplies/NNS/supply were/VBD/be rising/VBG/rise ./.");
        assertEquals(SourceType.DOCUMENT, c.source().type());
        assertFalse(c.source().anonymous());
    }

    @Test
    void the_object_of_a_relative_clause_gives_way_to_the_presenter() {
        Claim c = only("[PERSON:person:anne-robinson Ms/NNP Robinson/NNP] ,/, who/WP presents/VBZ/present The/DT Weakest/JJS Link/NNP "
                + "tells/VBZ/tell Cockerell/NNP that/IN she/PRP despaired/VBD/despair ./.");
        assertEquals("Ms Robinson", c.source().span().text());
        assertEquals("person:anne-robinson", c.source().actor());
    }

    @Test
    void a_spokeswoman_speaks_for_her_body_and_she_is_the_spokeswoman() {
        List<Claim> claims = ClaimFixture.claims("A/DT spokeswoman/NN for/IN [NGO:org:human-rights-watch Human/NNP Rights/NNPS Watch/NNP] "
                + "said/VBD/say the/DT law/NN was/VBD/be unfair/JJ ./. She/PRP added/VBD/add that/IN judges/NNS/judge objected/VBD/object ./.");
        assertEquals(2, claims.size());
        ClaimSource first = claims.get(0).source();
        assertEquals(SourceType.SPOKESPERSON, first.type());
        assertEquals("org:human-rights-watch", first.actor());
        assertEquals("org:human-rights-watch", claims.get(1).source().actor());
        assertEquals(SourceType.SPOKESPERSON, claims.get(1).source().type());
    }

    @Test
    void an_outlet_is_typed_by_its_name() {
        assertEquals(SourceType.OUTLET, only("Reuters/NNP reported/VBD/report that/IN the/DT talks/NNS/talk had/VBD/have stalled/VBN/stall ./.")
                .source().type());
    }

    // ---- anonymity ----------------------------------------------------------------------------------------------------

    @Test
    void two_sources_close_to_the_factions() {
        ClaimSource s = only("Two/CD sources/NNS/source close/RB to/TO the/DT factions/NNS/faction said/VBD/say the/DT truce/NN "
                + "held/VBD/hold ./.").source();
        assertTrue(s.anonymous());
        assertEquals(SourceType.ANONYMOUS_SOURCE, s.type());
        assertEquals(new AnonymousSource(2, "source", "close to the factions"), s.anonymity());
        assertEquals("two sources close to the factions", s.description());
    }

    @Test
    void a_senior_diplomat_is_an_anonymous_official() {
        ClaimSource s = only("a/DT senior/JJ diplomat/NN said/VBD/say the/DT US/NNP had/VBD/have asked/VBN/ask ./.").source();
        assertEquals(SourceType.ANONYMOUS_OFFICIAL, s.type());
        assertEquals(new AnonymousSource(1, "senior diplomat", null), s.anonymity());
    }

    @Test
    void western_officials_familiar_with_the_talks() {
        ClaimSource s = only("Earlier/RB ,/, Western/JJ officials/NNS/official familiar/JJ with/IN the/DT talks/NNS/talk said/VBD/say "
                + "a/DT deal/NN was/VBD/be near/JJ ./.").source();
        assertEquals("Western officials familiar with the talks", s.span().text());
        assertEquals(new AnonymousSource(null, "officials", "Western, familiar with the talks"), s.anonymity());
        assertEquals(SourceType.ANONYMOUS_OFFICIAL, s.type());
    }

    @Test
    void the_diplomat_is_the_diplomat_named_before() {
        List<Claim> claims = ClaimFixture.claims("Another/DT diplomat/NN told/VBD/tell Reuters/NNP that/IN talks/NNS/talk had/VBD/have "
                + "failed/VBN/fail ./. The/DT diplomat/NN said/VBD/say the/DT envoy/NN had/VBD/have left/VBN/leave ./.");
        assertEquals(2, claims.size());
        assertEquals(new AnonymousSource(1, "diplomat", null), claims.get(1).source().anonymity());
        assertEquals("the diplomat", claims.get(1).source().description());
    }

    @Test
    void a_named_source_has_no_anonymity() {
        ClaimSource s = only("[PERSON:person:mark-oaten Mark/NNP Oaten/NNP] said/VBD/say the/DT plan/NN had/VBD/have failed/VBN/fail ./.").source();
        assertFalse(s.anonymous());
        assertNull(s.anonymity());
        assertEquals(SourceType.PERSON, s.type());
    }

    // ---- descriptions ----------------------------------------------------------------------------------------------------

    @Test
    void descriptions_keep_the_capitals_of_a_name_the_actors_stage_missed() {
        ClaimSource s = only("[BUSINESS:org:citigroup-global-markets Citigroup/NNP Global/NNP Markets/NNPS] analyst/NN Kyle/NNP Cooper/NNP "
                + "said/VBD/say prices/NNS/price would/MD fall/VB ./.").source();
        assertEquals("Kyle Cooper (Citigroup Global Markets)", s.description());
        ClaimSource oaten = only("[PARTY:org:lib-dem Lib/NNP Dem/NNP] spokesman/NN Oaten/NNP said/VBD/say the/DT bill/NN "
                + "was/VBD/be flawed/VBN/flaw ./.").source();
        assertEquals("Oaten (Lib Dem)", oaten.description());
    }

    @Test
    void an_office_is_its_holder_s_spokesperson() {
        ClaimSource s = only("[PERSON:person:najib-mikati Mikati/NNP] 's/POS office/NN said/VBD/say the/DT stance/NN was/VBD/be "
                + "clear/JJ ./.").source();
        assertEquals("Mikati's office", s.description());
        assertEquals(SourceType.SPOKESPERSON, s.type());
        assertEquals("Citigroup Global Markets'", ClaimSources.possessive("Citigroup Global Markets"));
    }

    // ---- extent ------------------------------------------------------------------------------------------------------

    @Test
    void a_source_extends_over_what_is_said_of_it_between_commas() {
        Claim c = only("[PERSON:person:hillary-clinton Clinton/NNP] ,/, the/DT former/JJ secretary/NN of/IN State/NNP ,/, stressed/VBD/stress "
                + "that/IN the/DT raid/NN had/VBD/have worked/VBN/work ./.");
        assertEquals("Clinton , the former secretary of State", c.source().span().text());
        assertEquals("person:hillary-clinton", c.source().actor());
    }

    @Test
    void an_inverted_source_extends_to_the_end_of_its_description() {
        Claim c = only("``/`` It/PRP is/VBZ/be tinkering/NN ,/, ''/'' said/VBD/say [PERSON:person:alan-cole Alan/NNP Cole/NNP] ,/, an/DT economist/NN "
                + "at/IN the/DT Tax/NNP Foundation/NNP ./.");
        assertEquals("Alan Cole , an economist at the Tax Foundation", c.source().span().text());
    }

    @Test
    void a_name_before_its_description_is_who_speaks() {
        Claim c = only("[PERSON:person:jean-marc-ayrault Jean-Marc/NNP Ayrault/NNP] ,/, the/DT foreign/JJ minister/NN of/IN "
                + "[COUNTRY:country:FRA France/NNP] ,/, a/DT permanent/JJ member/NN of/IN the/DT Council/NNP ,/, said/VBD/say the/DT test/NN "
                + "was/VBD/be illegal/JJ ./.");
        assertEquals("Jean-Marc Ayrault , the foreign minister of France", c.source().span().text());
        assertEquals("person:jean-marc-ayrault", c.source().actor());
    }

    @Test
    void a_reporting_relative_pronoun_is_the_span_and_its_antecedent_the_source() {
        Claim c = only("Trump/NNP refused/VBD/refuse to/TO pay/VB an/DT architect/NN who/WP said/VBD/say he/PRP was/VBD/be stiffed/VBN/stiff ./.");
        assertEquals("who", c.source().span().text());
        assertEquals("an architect", c.source().description());
    }
}
