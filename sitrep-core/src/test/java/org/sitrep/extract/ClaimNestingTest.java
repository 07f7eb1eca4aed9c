package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

/**
 * Nested attributions as a chain: claims written as {@code "source|cue|content"}, each part found in the text (the
 * first occurrence after the previous part), put in a Document so they have ids, then given their parents.
 */
class ClaimNestingTest {
    private static Document doc(String text, String... claims) {
        Article a = new Article("art", "a.txt", null, "", PublicationDate.UNKNOWN, List.of(), List.of(), text, "en",
                OffsetMap.shifted(0, text.length()));
        List<Claim> out = new ArrayList<>();
        for (String c : claims) {
            String[] p = c.split("\\|");
            Span source = find(text, p[0], 0);
            Span cue = find(text, p[1], 0);
            Span content = find(text, p[2], 0);
            out.add(new Claim(new ClaimSource(source, null, false, p[0]), cue, content, Stance.ASSERT, false, null, Span.of(text, 0, text.length())));
        }
        return Document.of(a).withClaims(out);
    }

    private static Span find(String text, String part, int from) {
        int at = text.indexOf(part, from);
        assertThat(at).as("'%s' in the text", part).isGreaterThanOrEqualTo(0);
        return Span.of(text, at, at + part.length());
    }

    /** Cue text → the cue text of its parent claim ("-" for none). */
    private static Map<String, String> parents(Document d) {
        List<Claim> nested = ClaimNesting.withParents(d.claims());
        Map<String, String> out = new HashMap<>();
        for (Claim c : nested) {
            out.put(c.cue().text(), c.parent() == null ? "-" : d.claim(c.parent()).orElseThrow().cue().text());
        }
        return out;
    }

    @Test
    void the_envoy_reported_by_the_sources_has_their_claim_as_parent_and_the_innermost_claim_wins() {
        String text = "Two sources told Reuters that the envoy had said the minister denied the report.";
        Document d = doc(text, "Two sources|told|the envoy had said the minister denied the report",
                "the envoy|said|the minister denied the report", "the minister|denied|the report");
        assertThat(parents(d)).containsEntry("told", "-").containsEntry("said", "told").containsEntry("denied", "said");
        List<Claim> nested = ClaimNesting.withParents(d.claims());
        assertThat(nested.get(1).parent()).isEqualTo("art#c" + text.indexOf("told"));
        assertThat(nested.get(2).parent()).isEqualTo("art#c" + text.indexOf("said"));
        assertThat(nested).extracting(Claim::id).containsExactlyElementsOf(d.claims().stream().map(Claim::id).toList());
        noClaimIsItsOwnAncestor(nested);
    }

    @Test
    void a_cue_inside_its_own_content_makes_no_self_parent() {
        // "One reason, Ms Diemont says, is ...": the attribution interrupts its content, which is the whole sentence.
        String text = "One reason, Ms Diemont says, is that the banks were closed.";
        Document d = doc(text, "Ms Diemont|says|" + text);
        assertThat(ClaimNesting.withParents(d.claims()).get(0).parent()).isNull();
    }

    @Test
    void a_claim_outside_every_content_and_claims_side_by_side_have_no_parent() {
        String text = "The army said it withdrew. The rebels denied it.";
        Document d = doc(text, "The army|said|it withdrew", "The rebels|denied|it.");
        assertThat(parents(d)).containsEntry("said", "-").containsEntry("denied", "-");
    }

    @Test
    void crossing_claims_never_loop() {
        // Each cue lies in the other's content: only the shorter content can be reported inside the longer one.
        String text = "Aides said Lee claimed the vote was rigged.";
        Document d = doc(text, "Aides|said|Lee claimed the vote was rigged", "Lee|claimed|Aides said Lee");
        assertThat(parents(d)).containsEntry("claimed", "said").containsEntry("said", "-");
        noClaimIsItsOwnAncestor(ClaimNesting.withParents(d.claims()));
    }

    private static void noClaimIsItsOwnAncestor(List<Claim> claims) {
        Map<String, String> parentOf = new HashMap<>();
        claims.forEach(c -> parentOf.put(c.id(), c.parent()));
        for (Claim c : claims) {
            Set<String> seen = new HashSet<>();
            for (String p = c.parent(); p != null; p = parentOf.get(p)) {
                assertThat(seen.add(p) && !p.equals(c.id())).as("the chain above %s", c.id()).isTrue();
            }
        }
    }

    @Test
    void claims_on_the_same_cue_share_an_id_and_never_name_it_as_parent() {
        String text = "One reason, Ms Diemont says, is that the banks closed.";
        Document d = doc(text, "Ms Diemont|says|" + text, "Ms Diemont|says|the banks closed");
        assertThat(d.claims().get(0).id()).isEqualTo(d.claims().get(1).id());
        assertThat(ClaimNesting.withParents(d.claims())).extracting(Claim::parent).containsOnlyNulls();
    }

    @Test
    void a_chain_of_thousands_is_linked_link_by_link_in_one_sweep() {
        int n = 5_000;
        StringBuilder sb = new StringBuilder();
        int[] cues = new int[n];
        for (int i = 0; i < n; i++) {
            sb.append("Aide").append(i).append(' ');
            cues[i] = sb.length();
            sb.append("said ");
        }
        sb.append("the talks failed.");
        String text = sb.toString();
        Article a = new Article("deep", "a.txt", null, "", PublicationDate.UNKNOWN, List.of(), List.of(), text, "en", OffsetMap.shifted(0, text.length()));
        List<Claim> claims = new ArrayList<>();
        for (int cue : cues) {
            Span source = Span.of(text, text.lastIndexOf("Aide", cue), cue - 1);
            claims.add(new Claim(new ClaimSource(source, null, false, source.text()), Span.of(text, cue, cue + 4),
                    Span.of(text, cue + 5, text.length() - 1), Stance.ASSERT, false, null, Span.of(text, 0, text.length())));
        }
        long t0 = System.nanoTime();
        List<Claim> nested = ClaimNesting.withParents(Document.of(a).withClaims(claims).claims());
        assertThat((System.nanoTime() - t0) / 1_000_000).as("ms for %d nested claims", n).isLessThan(2_000);
        assertThat(nested.get(0).parent()).isNull();
        for (int i = 1; i < n; i++) {
            assertThat(nested.get(i).parent()).isEqualTo(nested.get(i - 1).id());
        }
    }

    @Test
    void claims_need_their_ids_first() {
        String text = "Aides said the vote was rigged.";
        Claim bare = new Claim(new ClaimSource(Span.of(text, 0, 5), null, false, "Aides"), Span.of(text, 6, 10), Span.of(text, 11, 30),
                Stance.ASSERT, false, null, Span.of(text, 0, 31));
        assertThatThrownBy(() -> ClaimNesting.withParents(List.of(bare))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Claim 0 (cue 'said' at 6) has no id; put the claims in a Document first");
    }

    @Test
    void the_claims_stage_sets_parents_with_the_rules_alone_and_with_the_tagger() {
        String spec = "Two/CD sources/NNS told/VBD/tell Reuters/NNP that/IN the/DT envoy/NN had/VBD/have said/VBN/say Lebanon/NNP "
                + "would/MD declare/VB a/DT ceasefire/NN ./.";
        List<Claim> rules = ClaimFixture.claims(spec);
        assertThat(rules).extracting(c -> c.cue().text()).containsExactly("told", "said");
        assertThat(rules.get(0).parent()).isNull();
        assertThat(rules.get(1).parent()).isEqualTo(rules.get(0).id());
        String denied = "A/DT source/NN said/VBD/say the/DT envoy/NN denied/VBD/deny that/IN Israel/NNP had/VBD/have agreed/VBN/agree "
                + "to/TO the/DT truce/NN ./.";
        List<Claim> all = ClaimFixture.allClaims(denied);
        Claim envoy = all.stream().filter(c -> c.cue().text().equals("denied")).findFirst().orElseThrow();
        Claim source = all.stream().filter(c -> c.cue().text().equals("said")).findFirst().orElseThrow();
        assertThat(envoy.parent()).isEqualTo(source.id());
        assertThat(source.parent()).isNull();
    }
}
