package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Token;

/** The small event constructions over the bundled lexicon: phrasal verbs, intents, ultimatums, content, object senses. */
class EventConstructionsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    /** "word/POS/lemma ..." → tokens, offsets as if joined by spaces. */
    private static List<Token> tagged(String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : spec.split(" ")) {
            String[] p = w.split("/");
            out.add(new Token(at, at + p[0].length(), p[0], p[1], p.length > 2 ? p[2] : p[0].toLowerCase(), "O"));
            at += p[0].length() + 1;
        }
        return out;
    }

    private static int at(List<Token> s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no '" + word + "'");
    }

    @Test
    void a_phrasal_verb_takes_its_own_row_and_a_plain_particle_none() {
        List<Token> s = tagged("The/DT minister/NN stepped/VBD/step down/RP ./.");
        assertEquals("CONCEDE", PhrasalTriggers.at(LEXICON, s, at(s, "stepped")).orElseThrow().type());
        List<Token> t = tagged("Prices/NNS stepped/VBD/step up/RP ./.");
        assertEquals(Optional.empty(), PhrasalTriggers.at(LEXICON, t, at(t, "stepped")));
    }

    @Test
    void a_cooperative_act_announced_with_will_is_an_intent_but_a_done_one_is_not() {
        List<Token> s = tagged("Hungary/NNP said/VBD it/PRP will/MD support/VB/support the/DT resolution/NN");
        assertTrue(IntentConstruction.holds(LEXICON, s, at(s, "support"), "SUPPORT"));
        List<Token> done = tagged("Hungary/NNP supported/VBD/support the/DT resolution/NN");
        assertFalse(IntentConstruction.holds(LEXICON, done, at(done, "supported"), "SUPPORT"));
        assertFalse(IntentConstruction.holds(LEXICON, s, at(s, "support"), "ASSAULT"), "only cooperative types");
    }

    @Test
    void a_hostile_act_announced_with_a_condition_is_a_threat() {
        List<Token> s = tagged("The/DT party/NN will/MD boycott/VB/boycott the/DT elections/NNS unless/IN the/DT president/NN resigns/VBZ/resign");
        assertTrue(ConditionalThreat.holds(LEXICON, s, at(s, "boycott"), "SANCTION"));
        List<Token> plain = tagged("The/DT party/NN will/MD boycott/VB/boycott the/DT elections/NNS");
        assertFalse(ConditionalThreat.holds(LEXICON, plain, at(plain, "boycott"), "SANCTION"));
    }

    @Test
    void a_rejection_governs_its_clause_and_a_noun_only_what_it_introduces() {
        List<Token> s = tagged("Arafat/NNP rejected/VBD/reject a/DT US/NNP offer/NN to/TO host/VB a/DT summit/NN ,/, saying/VBG no/DT");
        assertArrayEquals(new int[] {2, 9}, ContentScope.of(LEXICON, s, at(s, "rejected"), "REJECT"));
        assertNull(ContentScope.of(LEXICON, s, at(s, "rejected"), "ACCUSE"));
        List<Token> n = tagged("the/DT refusal/NN to/TO accept/VB independence/NN");
        assertArrayEquals(new int[] {2, 5}, ContentScope.of(LEXICON, n, at(n, "refusal"), "REJECT"));
        List<Token> bare = tagged("his/PRP$ refusal/NN angered/VBD/anger them/PRP");
        assertNull(ContentScope.of(LEXICON, bare, at(bare, "refusal"), "REJECT"));
    }

    private static Optional<EventLexicon.Coding> sense(String spec, String trigger) {
        List<Token> s = tagged(spec);
        int i = at(s, trigger);
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
}
