package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Stance;

class ClaimCuesTest {
    private static ClaimCues read(List<String> problems, String... rows) throws IOException {
        return ClaimCues.read("user.tsv", new ByteArrayInputStream(String.join("\n", rows).getBytes(StandardCharsets.UTF_8)), problems);
    }

    @Test
    void the_bundled_lexicon_gives_each_cue_its_stance_class_and_flags() {
        ClaimCues c = ClaimCues.bundled();
        assertEquals(Stance.WARN, c.cue("warn").orElseThrow().stance());
        assertEquals(Stance.QUESTION, c.cue("ask").orElseThrow().stance());
        assertEquals(ClaimCues.CueClass.BELIEF, c.cue("believe").orElseThrow().cueClass());
        assertEquals(Stance.ACCUSE, c.cue("criticise").orElseThrow().stance());
        assertTrue(c.cue("reject").orElseThrow().statementObject());
        assertTrue(c.cue("show").orElseThrow().evidenceSource());
        assertTrue(c.statementNouns().contains("allegations"));
        assertTrue(c.statementNouns().contains("stories"));
        assertTrue(c.anonymousHeads().contains("diplomat"));
        assertFalse(c.anonymousHeads().contains("report"));
    }

    @Test
    void malformed_rows_are_reported_with_file_and_line_and_the_rest_is_kept() throws IOException {
        List<String> problems = new ArrayList<>();
        ClaimCues c = read(problems,
                "# a comment",
                "cue\tmurmur\tassert\tspeech",
                "cue\tgrumble\tmaybe\tspeech",
                "cue\tmutter\tassert\tchatter",
                "cue\twhisper\tassert\tspeech|loudly",
                "source\tspokesbot\trobot",
                "count\tdozen\ttwelve-ish",
                "colour\tred",
                "statement");
        assertEquals(List.of(
                "user.tsv:3: unknown stance 'maybe' (assert, claim, deny, refute, confirm, promise, warn, accuse, speculate, question or none)",
                "user.tsv:4: unknown cue class 'chatter' (speech, belief, intention, evaluation or question)",
                "user.tsv:5: unknown flag 'loudly' (statement-object, evidence-source or construction)",
                "user.tsv:6: unknown source type 'robot' (official, spokesperson, person, group, organization, document, outlet or source)",
                "user.tsv:7: count 'twelve-ish' is not a whole number",
                "user.tsv:8: unknown kind 'colour' (cue, statement, evidence, source, outlet, not-speaker, not-speaker-suffix or count)",
                "user.tsv:9: expected kind and word separated by a tab"), problems);
        assertEquals(Stance.ASSERT, c.cue("murmur").orElseThrow().stance());
        assertEquals(1, c.size());
    }

    @Test
    void a_user_file_adds_replaces_and_removes_cues() throws IOException {
        List<String> problems = new ArrayList<>();
        ClaimCues c = ClaimCues.bundled().merge(read(problems, "cue\tmurmur\tassert\tspeech", "cue\tsay\tclaim\tspeech", "cue\ttell\tnone"));
        assertEquals(List.of(), problems);
        assertEquals(Stance.ASSERT, c.cue("murmur").orElseThrow().stance());
        assertEquals(Stance.CLAIM, c.cue("say").orElseThrow().stance());
        assertTrue(c.cue("tell").isEmpty());
        assertTrue(ClaimCues.bundled().cue("tell").isPresent());
    }

    @Test
    void the_claims_stage_reads_the_lexicon_it_runs_in() throws IOException {
        Document d = ClaimFixture.doc("The/DT minister/NN murmured/VBD/murmur that/IN the/DT talks/NNS/talk had/VBD/have failed/VBN/fail ./.");
        assertEquals(0, ClaimExtractor.rulesOnly().apply(d).claims().size());
        ClaimCues withMurmur = ClaimCues.bundled().merge(read(new ArrayList<>(), "cue\tmurmur\tspeculate\tbelief"));
        List<Claim> claims = withMurmur.around(ClaimExtractor.rulesOnly()).apply(d).claims();
        assertEquals(1, claims.size());
        assertEquals(Stance.SPECULATE, claims.get(0).stance());
        assertEquals("the talks had failed", claims.get(0).content().text());
        assertEquals(0, new ClaimExtractor().apply(d).claims().size(), "the scope ends with the stage");
    }
}
