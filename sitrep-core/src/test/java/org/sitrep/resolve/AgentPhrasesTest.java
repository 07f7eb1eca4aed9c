package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.resolve.Tagged.actorOf;
import static org.sitrep.resolve.Tagged.doc;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;

class AgentPhrasesTest {
    private static final ActorDictionary KB = Tagged.actors(
            "person:benjamin-netanyahu\tPERSON\tBenjamin Netanyahu\t\tISRGOV\tISR\t",
            "org:hamas\tREBEL\tHamas\t\tPSEREB\tPSE\t");

    private static Document resolve(String spec) {
        return resolve(doc(spec, null));
    }

    private static Document resolve(Document d) {
        return new ActorResolver(KB, Gazetteer.bundled()).apply(d);
    }

    private static Actor actor(Document d, String id) {
        return d.actor(id).orElseThrow(() -> new AssertionError("no actor " + id + " in " + d.actors()));
    }

    private static boolean noAgent(Document d) {
        return d.entities().stream().noneMatch(m -> Agents.isAgent(m.actor()));
    }

    @Test
    void a_demonym_and_an_agent_noun_make_the_agent_actor_of_that_country() {
        Document d = resolve("[NAT Israeli] soldiers/NNS shot/VBD two/CD [NAT Palestinian] youths/NNS .");
        assertEquals("agent:ISRMIL", actorOf(d, "Israeli soldiers"));
        assertEquals("country:ISR", actorOf(d, "Israeli")); // the demonym keeps its own actor
        Actor a = actor(d, "agent:ISRMIL");
        assertEquals("ISRMIL", a.code());
        assertEquals(ActorType.MILITARY, a.type());
        assertEquals("ISR", a.country());
        assertEquals("Israeli military", a.name());
        assertEquals(List.of("Israeli soldiers"), a.aliases());
        assertEquals("Israeli soldiers", d.entities().stream().filter(m -> "agent:ISRMIL".equals(m.actor())).findFirst().orElseThrow().span().text());
    }

    @Test
    void government_rebels_and_police_take_their_sectors() {
        Document d = resolve("the/DT [NAT Sudanese] government/NN accused/VBD [NAT Afghan] rebels/NNS and/CC [NAT Iraqi] police/NN .");
        assertEquals("agent:SDNGOV", actorOf(d, "Sudanese government"));
        assertEquals(ActorType.GOVERNMENT, actor(d, "agent:SDNGOV").type());
        assertEquals("agent:AFGREB", actorOf(d, "Afghan rebels"));
        assertEquals(ActorType.REBEL, actor(d, "agent:AFGREB").type());
        assertEquals("agent:IRQCOP", actorOf(d, "Iraqi police"));
        assertEquals(ActorType.POLICE, actor(d, "agent:IRQCOP").type());
    }

    @Test
    void one_actor_per_country_and_sector_with_every_phrase_as_an_alias() {
        Document d = resolve("[LOC US] troops/NNS landed/VBD . [NAT American] soldiers/NNS waited/VBD .");
        assertEquals("agent:USAMIL", actorOf(d, "US troops"));
        assertEquals("agent:USAMIL", actorOf(d, "American soldiers"));
        assertEquals(List.of("US troops", "American soldiers"), actor(d, "agent:USAMIL").aliases());
        assertEquals("agent:USAMIL", actorOf(resolve("[NAT American] soldiers/NNS waited/VBD ."), "American soldiers")); // same id in another article
    }

    @Test
    void a_country_after_of_or_from_or_before_a_possessive() {
        Document d = resolve("soldiers/NNS from/IN [LOC Israel] raided/VBD a/DT village/NN . the/DT government/NN of/IN [LOC Sudan] refused/VBD .");
        assertEquals("agent:ISRMIL", actorOf(d, "soldiers")); // the mention is the agent words, as "the president" of "the president of Iraq"
        assertEquals(List.of("soldiers from Israel"), actor(d, "agent:ISRMIL").aliases());
        assertEquals("agent:SDNGOV", actorOf(d, "government"));
        Document p = resolve("[LOC Israel] 's/POS army/NN fired/VBD .");
        assertEquals("agent:ISRMIL", actorOf(p, "Israel 's army"));
    }

    @Test
    void in_says_whose_police_but_not_whose_troops() {
        assertEquals("agent:IRQCOP", actorOf(resolve("police/NN in/IN [LOC Iraq] said/VBD ."), "police"));
        assertTrue(noAgent(resolve("troops/NNS in/IN [LOC Iraq] said/VBD .")));
    }

    @Test
    void an_agent_noun_that_is_no_head_or_a_title_before_a_name_makes_no_agent() {
        assertTrue(noAgent(resolve("[NAT Iraqi] police/NN station/NN burned/VBD .")));
        Document pm = resolve("[NAT Israeli] Prime/NNP Minister/NNP [PER Benjamin Netanyahu] spoke/VBD .");
        assertTrue(noAgent(pm));
        assertEquals("person:benjamin-netanyahu", actorOf(pm, "Benjamin Netanyahu"));
        assertTrue(noAgent(resolve("[ORG Hamas] rebels/NNS in/IN [LOC Gaza] fired/VBD .")));
    }

    @Test
    void the_country_after_the_agent_must_end_the_noun_phrase() {
        assertTrue(noAgent(resolve("victims/NNS of/IN the/DT [NAT Asian] tsunami/NN wept/VBD .")));
        Document d = resolve("the/DT leader/NN of/IN [LOC Iraq] 's/POS army/NN spoke/VBD .");
        assertTrue(d.entities().stream().noneMatch(m -> m.span().text().equals("leader")), d.entities().toString());
        assertEquals("agent:IRQMIL", actorOf(d, "Iraq 's army"));
    }

    @Test
    void a_demonym_of_no_state_makes_no_country_actor() {
        Document d = resolve("[NAT Scottish] police/NN and/CC [NAT Asian] voters/NNS .");
        assertTrue(d.actors().stream().noneMatch(a -> a.type() == ActorType.COUNTRY), d.actors().toString());
        assertTrue(noAgent(d)); // no place here says which country Scotland is in
    }

    @Test
    void adjectives_may_stand_between_the_country_and_the_agent() {
        Document d = resolve("[NAT Iraqi] special/JJ forces/NNS and/CC [NAT Syrian] armed/JJ forces/NNS met/VBD .");
        assertEquals("agent:IRQMIL", actorOf(d, "Iraqi special forces"));
        assertEquals("agent:SYRMIL", actorOf(d, "Syrian armed forces"));
    }

    @Test
    void a_time_word_after_the_agent_does_not_continue_the_noun_phrase() {
        Document tagged = doc("a/DT top/JJ [LOC U.S.] official/NN today/NN praised/VBD [LOC Haiti] .", null);
        int at = tagged.text().indexOf("today");
        Document d = resolve(tagged.withAnnotations(tagged.sentences(), tagged.tokens(), tagged.entities(),
                List.of(new TimeRef(Span.of(tagged.text(), at, at + 5), "DATE", "2000-01-01"))).withPlaces(tagged.entities(), List.of()));
        assertEquals("agent:USAGOV", actorOf(d, "U.S. official"));
        assertTrue(noAgent(resolve("a/DT top/JJ [LOC U.S.] official/NN today/NN praised/VBD [LOC Haiti] .")));
    }

    @Test
    void a_tagged_name_of_a_country_and_an_agent_is_the_agent_unless_the_dictionary_knows_it() {
        Document d = resolve("[ORG The Iraqi Army] attacked/VBD . [ORG Hamas] answered/VBD .");
        assertEquals("agent:IRQMIL", actorOf(d, "The Iraqi Army"));
        assertEquals("Iraqi military", actor(d, "agent:IRQMIL").name());
        assertEquals("org:hamas", actorOf(d, "Hamas"));
        Optional<AgentPhrases.Named> n = AgentPhrases.ofName("Israel's army", w -> w.equals("Israel") ? Optional.of("ISR") : Optional.empty(), Agents.bundled());
        assertEquals(Optional.of(new AgentPhrases.Named("ISR", "~MIL")), n);
        assertEquals(Optional.empty(), AgentPhrases.ofName("Israel Electric", w -> Optional.of("ISR"), Agents.bundled()));
    }

    @Test
    void a_sector_without_a_name_is_named_as_first_written() {
        Document d = resolve("[NAT Indonesian] students/NNS marched/VBD .");
        Actor a = actor(d, "agent:IDNEDU");
        assertEquals("Indonesian students", a.name());
        assertEquals(ActorType.GROUP, a.type());
    }

    @Test
    void every_agent_span_is_the_text_it_covers() {
        Document d = resolve("the/DT [NAT Sudanese] government/NN and/CC rebels/NNS in/IN [LOC Darfur] met/VBD .");
        for (Mention m : d.entities()) {
            assertEquals(d.text().substring(m.span().start(), m.span().end()), m.span().text());
        }
    }
}
