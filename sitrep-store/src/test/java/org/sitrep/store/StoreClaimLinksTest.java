package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.LinkType;

/** Cross-article links made at ingest, from the store: found both ways, in order of publication, never duplicated. */
class StoreClaimLinksTest {
    @TempDir
    Path dir;

    @Test
    void reading_only_linked_claims_gives_the_same_linked_groups_without_the_claims_no_link_joins() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            s.put(SitrepStoreTest.doc("a1", "Hochstein said the talks in Beirut would resume next week.", LocalDate.of(2024, 11, 1)));
            s.put(SitrepStoreTest.doc("b2", "Hochstein said the talks in Beirut would resume next week.", LocalDate.of(2024, 11, 3)));
            s.put(SitrepStoreTest.doc("c3", "Hochstein said the harvest in Ohio was late.", LocalDate.of(2024, 11, 4)));
            s.commit();
            ClaimGraph all = s.claims(null, null, false);
            ClaimGraph linked = s.claims(null, null, true);
            assertEquals(3, all.claims().size());
            assertEquals(2, linked.claims().size());
            assertEquals(all.groups().stream().filter(g -> !g.links().isEmpty()).toList(), linked.groups());
        }
    }

    @Test
    void a_later_article_repeating_a_claim_supports_it_and_storing_either_again_adds_nothing() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            s.put(SitrepStoreTest.doc("a1", "Hochstein said the talks in Beirut would resume next week.", LocalDate.of(2024, 11, 1)));
            s.commit();
            s.put(SitrepStoreTest.doc("b2", "Hochstein said the talks in Beirut would resume next week.", LocalDate.of(2024, 11, 3)));
            s.commit();
            ClaimGraph graph = s.claims(null, null);
            assertEquals(2, graph.claims().size());
            assertEquals(1, graph.links().size(), graph.links().toString());
            ClaimLink l = graph.links().get(0);
            assertEquals(LinkType.SUPPORTS, l.type());
            assertTrue(l.from().startsWith("b2#c") && l.to().startsWith("a1#c"), l.toString());
            assertEquals(1, graph.groups().size());

            s.put(SitrepStoreTest.doc("b2", "Hochstein said the talks in Beirut would resume next week.", LocalDate.of(2024, 11, 3)));
            s.put(SitrepStoreTest.doc("a1", "Hochstein said the talks in Beirut would resume next week.", LocalDate.of(2024, 11, 1)));
            s.commit();
            assertEquals(List.of(l), s.claims(null, null).links());
        }
    }

    @Test
    void claims_months_apart_are_not_candidates() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            s.put(SitrepStoreTest.doc("a1", "Hochstein said the talks in Beirut would resume next week.", LocalDate.of(2024, 1, 1)));
            s.commit();
            s.put(SitrepStoreTest.doc("b2", "Hochstein said the talks in Beirut would resume next week.", LocalDate.of(2024, 11, 3)));
            s.commit();
            assertEquals(List.of(), s.claims(null, null).links());
        }
    }
}
