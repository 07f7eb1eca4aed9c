package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Token;

/** The small event constructions over the bundled lexicon: phrasal verbs, intents, ultimatums, content, object senses. */
class EventConstructionsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();



    @Test
    void a_phrasal_verb_takes_its_own_row_and_a_plain_particle_none() {
        List<Token> s = TaggedTokens.of("The/DT minister/NN stepped/VBD/step down/RP ./.");
        assertEquals("CONCEDE", PhrasalTriggers.at(LEXICON, s, TaggedTokens.indexOf(s, "stepped")).orElseThrow().type());
        List<Token> t = TaggedTokens.of("Prices/NNS stepped/VBD/step up/RP ./.");
        assertEquals(Optional.empty(), PhrasalTriggers.at(LEXICON, t, TaggedTokens.indexOf(t, "stepped")));
    }

    @Test
    void a_cooperative_act_announced_with_will_is_an_intent_but_a_done_one_is_not() {
        List<Token> s = TaggedTokens.of("Hungary/NNP said/VBD it/PRP will/MD support/VB/support the/DT resolution/NN");
        assertTrue(IntentConstruction.holds(LEXICON, s, TaggedTokens.indexOf(s, "support"), "SUPPORT"));
        List<Token> done = TaggedTokens.of("Hungary/NNP supported/VBD/support the/DT resolution/NN");
        assertFalse(IntentConstruction.holds(LEXICON, done, TaggedTokens.indexOf(done, "supported"), "SUPPORT"));
        assertFalse(IntentConstruction.holds(LEXICON, s, TaggedTokens.indexOf(s, "support"), "ASSAULT"), "only cooperative types");
    }

    @Test
    void a_hostile_act_announced_with_a_condition_is_a_threat() {
        List<Token> s = TaggedTokens.of("The/DT party/NN will/MD boycott/VB/boycott the/DT elections/NNS unless/IN the/DT president/NN resigns/VBZ/resign");
        assertTrue(ConditionalThreat.holds(LEXICON, s, TaggedTokens.indexOf(s, "boycott"), "SANCTION"));
        List<Token> plain = TaggedTokens.of("The/DT party/NN will/MD boycott/VB/boycott the/DT elections/NNS");
        assertFalse(ConditionalThreat.holds(LEXICON, plain, TaggedTokens.indexOf(plain, "boycott"), "SANCTION"));
    }

    @Test
    void a_rejection_governs_its_clause_and_a_noun_only_what_it_introduces() {
        List<Token> s = TaggedTokens.of("Arafat/NNP rejected/VBD/reject a/DT US/NNP offer/NN to/TO host/VB a/DT summit/NN ,/, saying/VBG no/DT");
        assertArrayEquals(new int[] {2, 9}, ContentScope.of(LEXICON, s, TaggedTokens.indexOf(s, "rejected"), "REJECT"));
        assertNull(ContentScope.of(LEXICON, s, TaggedTokens.indexOf(s, "rejected"), "ACCUSE"));
        List<Token> n = TaggedTokens.of("the/DT refusal/NN to/TO accept/VB independence/NN");
        assertArrayEquals(new int[] {2, 5}, ContentScope.of(LEXICON, n, TaggedTokens.indexOf(n, "refusal"), "REJECT"));
        List<Token> bare = TaggedTokens.of("his/PRP$ refusal/NN angered/VBD/anger them/PRP");
        assertNull(ContentScope.of(LEXICON, bare, TaggedTokens.indexOf(bare, "refusal"), "REJECT"));
    }

    private static Optional<EventLexicon.Coding> sense(String spec, String trigger) {
        List<Token> s = TaggedTokens.of(spec);
        int i = TaggedTokens.indexOf(s, trigger);
        EventLexicon.Coding c = LEXICON.verb(s.get(i).lemma()).orElseThrow();
        Phrases.Range object = Phrases.nounPhraseFrom(s, i + 1);
        return TriggerSense.refine(LEXICON, c, s, i, object);
    }

    @Test
    void blocked_roads_are_a_protest_and_a_blocked_bill_a_rejection() {
        assertEquals("PROTEST", sense("Workers/NNS blocked/VBD/block the/DT bridge/NN", "blocked").orElseThrow().type());
        assertEquals("REJECT", sense("Senators/NNS blocked/VBD/block the/DT bill/NN", "blocked").orElseThrow().type());
    }

    @Test
    void expelled_diplomats_and_suspended_aid_are_sanctions() {
        assertEquals("SANCTION", sense("Switzerland/NNP expelled/VBD/expel two/CD Russian/JJ diplomats/NNS/diplomat", "expelled").orElseThrow().type());
        assertEquals("COERCE", sense("Italy/NNP expelled/VBD/expel two/CD migrants/NNS/migrant", "expelled").orElseThrow().type());
        assertEquals("SANCTION", sense("The/DT US/NNP suspended/VBD/suspend part/NN of/IN a/DT military/JJ aid/NN program/NN", "suspended").orElseThrow().type());
        assertEquals("RETREAT", sense("The/DT army/NN suspended/VBD/suspend its/PRP$ offensive/NN", "suspended").orElseThrow().type());
    }

    @Test
    void lifting_sanctions_or_allowing_inspectors_is_a_retreat_but_lifting_a_curfew_a_concession() {
        assertEquals("RETREAT", sense("The/DT EU/NNP lifted/VBD/lift its/PRP$ arms/NNS embargo/NN", "lifted").orElseThrow().type());
        assertEquals("RETREAT", sense("Washington/NNP eased/VBD/ease sanctions/NNS/sanction on/IN Cuba/NNP", "eased").orElseThrow().type());
        assertEquals("CONCEDE", sense("The/DT army/NN lifted/VBD/lift the/DT curfew/NN", "lifted").orElseThrow().type());
        assertEquals("RETREAT", sense("Iraq/NNP allowed/VBD/allow UN/NNP inspectors/NNS/inspector into/IN the/DT sites/NNS/site", "allowed").orElseThrow().type());
        assertEquals("CONCEDE", sense("Iraq/NNP allowed/VBD/allow opposition/NN parties/NNS/party", "allowed").orElseThrow().type());
    }

    @Test
    void ending_ties_is_a_sanction_but_ending_a_war_no_event() {
        assertEquals("SANCTION", sense("Syrian/JJ officers/NNS ended/VBD/end mediation/NN efforts/NNS/effort", "ended").orElseThrow().type());
        assertEquals(Optional.empty(), sense("The/DT army/NN ended/VBD/end the/DT war/NN", "ended"));
    }

    @Test
    void opening_a_border_eases_a_blockade_but_opening_fire_does_not() {
        assertEquals("RETREAT", sense("Benin/NNP opened/VBD/open its/PRP$ borders/NNS/border today/NN", "opened").orElseThrow().type());
        assertEquals(Optional.empty(), sense("Police/NNS opened/VBD/open fire/NN", "opened"));
        // the light verb's own coding ("open:fire", ASSAULT) survives the sense rule for "open"
        List<Token> fire = TaggedTokens.of("Troops/NNS opened/VBD/open fire/NN at/IN houses/NNS/house");
        int opened = TaggedTokens.indexOf(fire, "opened");
        EventLexicon.Coding light = LightVerbs.at(LEXICON, fire, opened).orElseThrow();
        assertEquals("ASSAULT", TriggerSense.refine(LEXICON, light, fire, opened, Phrases.nounPhraseFrom(fire, opened + 1)).orElseThrow().type());
    }

    @Test
    void giving_is_aid_only_when_aid_is_given() {
        assertEquals("AID", sense("The/DT EU/NNP gave/VBD/give the/DT Ivory/NNP Coast/NNP 5.1/CD million/CD dollars/NNS/dollar of/IN aid/NN", "gave")
                .orElseThrow().type());
        assertEquals(Optional.empty(), sense("The/DT minister/NN gave/VBD/give a/DT speech/NN", "gave"));
    }

    @Test
    void a_veto_given_or_held_is_a_power_not_a_refusal() {
        List<Token> s = TaggedTokens.of("if/IN he/PRP gave/VBD/give them/PRP a/DT veto/NN");
        int i = TaggedTokens.indexOf(s, "veto");
        assertEquals(Optional.empty(), TriggerSense.refine(LEXICON, LEXICON.noun("veto").orElseThrow(), s, i, Phrases.NONE));
        List<Token> used = TaggedTokens.of("Russia/NNP cast/VBD/cast a/DT veto/NN");
        assertEquals("REJECT", TriggerSense.refine(LEXICON, LEXICON.noun("veto").orElseThrow(), used, TaggedTokens.indexOf(used, "veto"), Phrases.NONE)
                .orElseThrow().type());
    }

    @Test
    void a_day_word_may_stand_between_a_verb_and_its_particle() {
        List<Token> s = TaggedTokens.of("A/DT newspaper/NN called/VBD/call Thursday/NNP on/IN Arabs/NNPS to/TO unite/VB");
        assertEquals("REQUEST", PhrasalTriggers.at(LEXICON, s, TaggedTokens.indexOf(s, "called")).orElseThrow().type());
    }

    @Test
    void an_obligation_in_what_a_speaker_says_is_a_demand_but_not_in_an_agreement() {
        List<Token> s = TaggedTokens.of("Rebels/NNS announced/VBD/announce that/IN Kagame/NNP must/MD agree/VB/agree to/TO changes/NNS");
        assertEquals(TaggedTokens.indexOf(s, "announced"), ReportedDemand.speechVerb(LEXICON, s, TaggedTokens.indexOf(s, "agree"), "AGREE"));
        List<Token> noun = TaggedTokens.of("Straw/NNP said/VBD/say the/DT rebels/NNS must/MD reach/VB/reach an/DT agreement/NN");
        assertEquals(TaggedTokens.indexOf(noun, "said"), ReportedDemand.speechVerb(LEXICON, noun, TaggedTokens.indexOf(noun, "agreement"), "AGREE"));
        List<Token> agreed = TaggedTokens.of("Officials/NNS agreed/VBD/agree that/IN their/PRP$ countries/NNS should/MD cooperate/VB/cooperate");
        assertEquals(-1, ReportedDemand.speechVerb(LEXICON, agreed, TaggedTokens.indexOf(agreed, "cooperate"), "COOPERATE"));
        List<Token> plain = TaggedTokens.of("Straw/NNP said/VBD/say the/DT rebels/NNS will/MD reach/VB/reach an/DT agreement/NN");
        assertEquals(-1, ReportedDemand.speechVerb(LEXICON, plain, TaggedTokens.indexOf(plain, "agreement"), "AGREE"));
    }

    @Test
    void a_threats_condition_and_a_promises_content_are_no_events() {
        List<Token> s = TaggedTokens.of("The/DT party/NN will/MD boycott/VB/boycott the/DT elections/NNS unless/IN the/DT president/NN agrees/VBZ/agree ./.");
        assertArrayEquals(new int[] {TaggedTokens.indexOf(s, "unless") + 1, s.size()}, ContentScope.of(LEXICON, s, TaggedTokens.indexOf(s, "boycott"), "THREATEN"));
        List<Token> p = TaggedTokens.of("King/NNP promised/VBD/promise to/TO continue/VB/continue military/JJ aid/NN ./.");
        assertArrayEquals(new int[] {TaggedTokens.indexOf(p, "to"), p.size()}, ContentScope.of(LEXICON, p, TaggedTokens.indexOf(p, "promised"), "AGREE"));
        List<Token> d = TaggedTokens.of("its/PRP$ demand/NN today/NN that/IN Israel/NNP ease/VB/ease restrictions/NNS");
        assertArrayEquals(new int[] {TaggedTokens.indexOf(d, "today"), d.size()}, ContentScope.of(LEXICON, d, TaggedTokens.indexOf(d, "demand"), "REQUEST"));
    }

    @Test
    void the_purpose_of_an_act_is_no_event_but_a_wish_is_read_elsewhere() {
        List<Token> s = TaggedTokens.of("Avril/NNP resigned/VBD/resign yesterday/NN to/TO allow/VB/allow elections/NNS ./.");
        assertArrayEquals(new int[] {TaggedTokens.indexOf(s, "allow"), s.size()}, ContentScope.of(LEXICON, s, TaggedTokens.indexOf(s, "resigned"), "CONCEDE"));
        List<Token> agreed = TaggedTokens.of("Israel/NNP agreed/VBD/agree to/TO withdraw/VB/withdraw");
        assertNull(ContentScope.purpose(LEXICON, agreed, TaggedTokens.indexOf(agreed, "agreed")));
        List<Token> offer = TaggedTokens.of("Arafat/NNP welcomed/VBD/welcome an/DT offer/NN to/TO host/VB a/DT summit/NN");
        assertNull(ContentScope.purpose(LEXICON, offer, TaggedTokens.indexOf(offer, "welcomed")), "an offer to host is what was offered, no purpose");
    }
}
