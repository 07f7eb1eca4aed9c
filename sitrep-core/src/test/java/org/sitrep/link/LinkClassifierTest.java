package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.LinkType;
import org.sitrep.model.Stance;

/** The decision on hand-made features: one shared vector, so the embedding says "same proposition" and the rest decides. */
class LinkClassifierTest {
    private static final float[] SAME = unit(1);
    private static final float[] OTHER = unit(2);

    private static float[] unit(int axis) {
        float[] v = new float[Embeddings.DIMENSIONS];
        v[axis] = 1;
        return v;
    }

    private static ClaimFeatures claim(String id, String article, String source, Stance stance, String content, Set<String> involves,
                                       Set<String> events, float[] vector) {
        return new ClaimFeatures(id, article, null, source, false, stance, "said", content, involves, events, ClaimFeatures.specifics(content),
                Set.of(), LocalDate.of(2025, 3, 1), vector, 0);
    }

    private static Optional<LinkType> type(ClaimFeatures later, ClaimFeatures earlier) {
        return LinkClassifier.byRules(later, earlier).map(ClaimLink::type);
    }

    @Test
    void a_denial_of_the_same_proposition_contradicts_and_says_why() {
        ClaimFeatures said = claim("a#c1", "a", "officials", Stance.ASSERT, "the army shelled the depot", Set.of(), Set.of(), SAME);
        ClaimFeatures denied = claim("b#c5", "b", "the ministry", Stance.DENY, "the army shelled the depot", Set.of(), Set.of(), SAME);
        ClaimLink l = LinkClassifier.byRules(denied, said).orElseThrow();
        assertEquals(LinkType.CONTRADICTS, l.type());
        assertTrue(l.evidence().contains("deny vs assert"), l.evidence().toString());
        assertEquals(Optional.empty(), type(claim("b#c9", "b", "x", Stance.DENY, "the convoy was late", Set.of(), Set.of(), OTHER), said));
    }

    @Test
    void a_repeat_supports_and_one_with_a_new_number_elaborates() {
        ClaimFeatures first = claim("a#c1", "a", "officials", Stance.ASSERT, "several buildings collapsed in the town", Set.of(), Set.of(), SAME);
        assertEquals(Optional.of(LinkType.SUPPORTS), type(claim("b#c1", "b", "a minister", Stance.ASSERT, "buildings collapsed in the town",
                Set.of(), Set.of(), SAME), first));
        assertEquals(Optional.of(LinkType.ELABORATES), type(claim("b#c2", "b", "a minister", Stance.ASSERT, "16 buildings collapsed in the town",
                Set.of(), Set.of(), SAME), first));
    }

    @Test
    void exact_numbers_that_disagree_contradict_but_a_bound_is_elaborated() {
        Set<String> town = Set.of("geonames:1");
        ClaimFeatures sixteen = claim("a#c1", "a", "firemen", Stance.ASSERT, "the fire killed 16 workers", town, Set.of(), SAME);
        assertEquals(Optional.of(LinkType.CONTRADICTS), type(claim("b#c1", "b", "police", Stance.ASSERT, "9 workers had died in the fire", town,
                Set.of(), SAME), sixteen));
        ClaimFeatures atLeast = claim("a#c2", "a", "firemen", Stance.ASSERT, "the fire killed at least 16 workers", town, Set.of(), SAME);
        assertEquals(Optional.of(LinkType.ELABORATES), type(claim("b#c2", "b", "police", Stance.ASSERT, "21 workers had died in the fire", town,
                Set.of(), SAME), atLeast));
    }

    @Test
    void two_sources_credited_with_one_act_compete() {
        ClaimFeatures amaq = claim("b#c1", "b", "Amaq", Stance.ASSERT, "its fighters carried out the bombing", Set.of(),
                Set.of("ASSAULT", "ASSAULT by:org:islamic-state"), SAME);
        ClaimFeatures shabaab = claim("a#c1", "a", "al-Shabaab", Stance.CLAIM, "it carried out the bombing", Set.of(),
                Set.of("ASSAULT", "ASSAULT by:org:al-shabaab"), SAME);
        ClaimLink l = LinkClassifier.byRules(amaq, shabaab).orElseThrow();
        assertEquals(LinkType.CONTRADICTS, l.type());
        assertTrue(l.evidence().get(0).startsWith("different actors credited: org:islamic-state vs org:al-shabaab"), l.evidence().toString());
    }

    @Test
    void one_source_in_one_article_never_links_to_itself() {
        ClaimFeatures a = claim("a#c1", "a", "officials", Stance.ASSERT, "the army shelled the depot", Set.of(), Set.of(), SAME);
        assertEquals(Optional.empty(), type(claim("a#c9", "a", "officials", Stance.ASSERT, "the army shelled the depot", Set.of(), Set.of(), SAME), a));
    }
}
