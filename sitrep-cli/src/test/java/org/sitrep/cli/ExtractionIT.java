package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventContext;
import org.sitrep.model.Layout;
import org.sitrep.model.LinkType;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.model.Stance;
import org.sitrep.pipeline.Pipeline;

/** The standard pipeline (CoreNLP included) on one-line articles: one behaviour per test. */
class ExtractionIT {
    private static final Pipeline PIPELINE = Sitrep.pipeline();

    private static Document analyse(String body) {
        return analyse(body, null);
    }

    private static Document analyse(String body, LocalDate date) {
        RawDocument raw = new RawDocument("t", 0, body, "UTF-8", Layout.FIELDS, new RawMetadata(null, "t", null, null, null));
        return PIPELINE.process(new ArticleCleaner(date).clean(raw));
    }

    private static Event only(Document d, String type) {
        List<Event> es = d.events().stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, es.size(), () -> "events: " + d.events());
        return es.get(0);
    }

    private static Claim onlyClaim(Document d) {
        assertEquals(1, d.claims().size(), () -> "claims: " + d.claims());
        return d.claims().get(0);
    }

    @Test
    void an_attack_that_did_not_happen_is_negated() {
        Event e = only(analyse("Gunmen did not carry out attacks on the army posts outside Mosul."), "ASSAULT");
        assertEquals(EventContext.NEGATED, e.context());
        assertEquals("Gunmen", e.source().span().text());
    }

    @Test
    void a_denial_reported_by_a_source_has_the_source_claim_as_parent() {
        Document d = analyse("A source said the envoy denied that Israel had agreed to the truce.");
        Claim said = d.claims().stream().filter(c -> c.cue().text().equals("said")).findFirst().orElseThrow(() -> new AssertionError(d.claims()));
        Claim denied = d.claims().stream().filter(c -> c.cue().text().equals("denied")).findFirst().orElseThrow(() -> new AssertionError(d.claims()));
        assertNull(said.parent());
        assertEquals(said.id(), denied.parent());
        assertEquals("the envoy", denied.source().span().text());
    }

    @Test
    void a_strike_that_happened_has_source_country_target_and_place() {
        Event e = only(analyse("Israeli jets struck a fuel depot in Tyre on Monday."), "ASSAULT");
        assertEquals(EventContext.ASSERTED, e.context());
        assertEquals("ISR", e.source().country());
        assertEquals("a fuel depot", e.target().span().text());
        assertEquals("geonames:267008", e.place()); // Tyre, Lebanon (GeoNames), not one of the smaller Tyres
    }

    @Test
    void a_demonym_and_an_agent_noun_make_the_participant_the_countrys_sector() {
        Document d = analyse("Israeli soldiers shot two Palestinian youths near Jenin on Monday.");
        Event e = only(d, "ASSAULT");
        assertEquals("agent:ISRMIL", e.source().actor());
        assertEquals("ISR", e.source().country());
        assertEquals("ISRMIL", d.actor("agent:ISRMIL").orElseThrow().code());
        Event rejected = only(analyse("The government of Sudan rejected the plan."), "REJECT");
        assertEquals("agent:SDNGOV", rejected.source().actor());
    }

    @Test
    void an_unnamed_official_of_a_country_stays_anonymous_but_carries_the_agent_actor() {
        Claim c = onlyClaim(analyse("An Israeli official said the talks had failed."));
        assertEquals("agent:ISRGOV", c.source().actor());
        assertTrue(c.source().anonymous());
        assertEquals("an Israeli official", c.source().description());
    }

    @Test
    void a_capital_as_participant_gives_its_country() {
        Event e = only(analyse("Berlin rejected the plan."), "REJECT");
        assertEquals("DEU", e.source().country());
        assertNull(e.source().actor());
    }

    @Test
    void could_and_will_are_hypothetical_and_future() {
        assertEquals(EventContext.HYPOTHETICAL, only(analyse("The army could attack the town."), "ASSAULT").context());
        assertEquals(EventContext.FUTURE, only(analyse("The army will attack the town."), "ASSAULT").context());
    }

    @Test
    void attacking_a_plan_is_an_accusation_not_an_assault() {
        assertEquals("ACCUSE", analyse("The opposition attacked the government's budget plans.").events().get(0).type());
        assertEquals("ASSAULT", analyse("Gunmen attacked the police station.").events().get(0).type());
        assertEquals("ASSAULT", analyse("Gunmen attacked the convoy for hours.").events().get(0).type());
        assertEquals("ACCUSE", analyse("The minister attacked the opposition for wanting higher taxes.").events().get(0).type());
    }

    @Test
    void a_killing_told_as_the_outcome_of_shelling_is_the_same_event_with_its_toll() {
        Event e = only(analyse("Israeli troops shelled the town of Jenin on Monday, killing three people."), "ASSAULT");
        assertEquals("shelled", e.trigger().text());
        assertEquals(3, e.casualties().killed());
        assertEquals("shelling", e.means().kind());
        assertEquals("agent:ISRMIL", e.source().actor());
    }

    @Test
    void union_strikes_are_protests_and_air_strikes_assaults() {
        assertThat(analyse("Teachers' unions called strikes over pay.").events()).anyMatch(e -> e.type().equals("PROTEST"));
        assertThat(analyse("Air strikes hit the town.").events()).anyMatch(e -> e.type().equals("ASSAULT"));
    }

    @Test
    void a_passive_killing_takes_its_target_from_the_subject() {
        Event e = only(analyse("The commander was killed in an Israeli air strike."), "ASSAULT");
        assertEquals("The commander", e.target().span().text());
    }

    @Test
    void according_to_introduces_an_anonymous_source() {
        Claim c = onlyClaim(analyse("According to two officials, the convoy was attacked near Mosul."));
        assertEquals("two officials", c.source().span().text());
        assertTrue(c.source().anonymous());
        assertEquals("According to", c.cue().text());
        assertEquals("the convoy was attacked near Mosul", c.content().text());
    }

    @Test
    void a_quotation_closed_by_said_is_a_direct_claim() {
        Claim c = onlyClaim(analyse("\"We will keep the road open,\" the minister said."));
        assertEquals("We will keep the road open", c.content().text());
        assertTrue(c.direct());
        assertEquals("the minister", c.source().span().text());
    }

    @Test
    void a_denial_holds_the_event_it_denies() {
        Document d = analyse("The ministry denied that its forces had shelled the village.");
        Claim c = onlyClaim(d);
        assertEquals(Stance.DENY, c.stance());
        assertEquals("its forces had shelled the village", c.content().text());
        Event e = only(d, "ASSAULT");
        assertEquals(c.id(), e.claim());
    }

    @Test
    void told_reuters_names_the_channel_and_the_named_source() {
        Claim c = onlyClaim(analyse("US envoy Amos Hochstein told Reuters that a deal was close."));
        assertEquals("Reuters", c.channel());
        assertEquals("person:amos-hochstein", c.source().actor());
        assertEquals(false, c.source().anonymous());
        assertEquals("a deal was close", c.content().text());
    }

    @Test
    void speaking_on_condition_of_anonymity_makes_the_source_anonymous() {
        Claim c = onlyClaim(analyse("A senior official, speaking on condition of anonymity, said the talks had stalled."));
        assertEquals("A senior official", c.source().span().text());
        assertTrue(c.source().anonymous());
    }

    @Test
    void an_attribution_inside_its_content_gives_the_whole_sentence() {
        Claim c = onlyClaim(analyse("One reason for the delay, the mayor says, is the damaged bridge."));
        assertEquals("the mayor", c.source().span().text());
        assertEquals("One reason for the delay, the mayor says, is the damaged bridge", c.content().text());
    }

    @Test
    void that_before_a_verb_is_part_of_the_content() {
        assertEquals("that will not happen", onlyClaim(analyse("Opposition parties say that will not happen.")).content().text());
        assertEquals("the road is open", onlyClaim(analyse("Officials say that the road is open.")).content().text());
    }

    @Test
    void a_report_nested_in_a_claim_stays_inside_its_content() {
        Document d = analyse("Speaker Nabih Berri said the convoy showed that the ceasefire could hold.");
        Claim c = onlyClaim(d);
        assertEquals("person:nabih-berri", c.source().actor());
        assertEquals("the convoy showed that the ceasefire could hold", c.content().text());
    }

    @Test
    void a_phrasal_cue_spans_its_particle() {
        assertEquals("pointed out", onlyClaim(analyse("The minister pointed out that the road was open.")).cue().text());
    }

    @Test
    void polls_show_and_courts_find() {
        Claim c = onlyClaim(analyse("A new poll showed that most voters back the deal."));
        assertEquals("A new poll", c.source().span().text());
    }

    @Test
    void a_pronoun_source_inherits_its_antecedent() {
        Document d = analyse("An Iraqi political source told the paper that the truce held.\nHe said the PM had arranged it.");
        assertEquals(2, d.claims().size());
        assertEquals("He", d.claims().get(1).source().span().text());
        assertTrue(d.claims().get(1).source().anonymous());
        assertEquals("an Iraqi political source", d.claims().get(1).source().description());
    }

    @Test
    void refuting_the_claim_links_to_the_claim() {
        Document d = analyse("Militia sources claimed that the raid was foiled.\nOther sources refuted the claim.");
        assertEquals(Stance.CLAIM, d.claims().get(0).stance());
        assertEquals(Stance.REFUTE, d.claims().get(1).stance());
        assertThat(d.links()).anyMatch(l -> l.from().equals(d.claims().get(1).id()) && l.to().equals(d.claims().get(0).id())
                && l.type() == LinkType.CONTRADICTS);
    }

    @Test
    void rejecting_a_truce_is_an_event_not_a_refutation() {
        Document d = analyse("Two factions openly rejected the truce.");
        // PolNeAR counts it an evaluation (an attribution); it refutes no statement
        assertThat(d.claims()).noneMatch(c -> c.stance() == Stance.REFUTE || c.stance() == Stance.DENY);
        assertEquals("REJECT", only(d, "REJECT").type());
    }

    @Test
    void surname_title_and_full_name_are_one_actor() {
        Document d = analyse("Prime Minister Najib Mikati met the envoy in Beirut.\nMikati said the talks went well.\nThe PM left on Friday.");
        var mikati = d.actor("person:najib-mikati").orElseThrow();
        assertThat(mikati.aliases()).contains("Najib Mikati", "Mikati", "The PM");
        assertThat(d.entities()).filteredOn(m -> "person:najib-mikati".equals(m.actor())).hasSize(3);
    }

    @Test
    void dated_roles_and_relative_dates_follow_the_article_date() {
        Document d = analyse("US Vice President Kamal Harris met the minister on Friday.", LocalDate.of(2024, 2, 7));
        var harris = d.actor("person:kamala-harris").orElseThrow();
        assertThat(harris.roles()).contains("Vice President of the United States");
        assertThat(d.times()).anyMatch(t -> t.span().text().equals("Friday") && t.value().equals("2024-02-09")
                || t.span().text().equals("Friday") && t.value().equals("2024-02-02"));
    }

    @Test
    void an_unknown_person_gets_no_dictionary_identity() {
        Document d = analyse("Local mayor Rami Haddad said the road was open.");
        assertThat(d.actors()).anyMatch(a -> a.id().equals("person:rami-haddad") && a.code() == null);
        assertNull(d.actors().stream().filter(a -> a.id().equals("person:rami-haddad")).findFirst().orElseThrow().country());
    }
}
