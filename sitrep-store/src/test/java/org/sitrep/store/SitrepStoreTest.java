package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

class SitrepStoreTest {
    @TempDir
    Path dir;

    /** An article whose one claim is "… said <rest>" by Hochstein; a null date makes it undated. */
    static Document doc(String id, String text, LocalDate date) {
        PublicationDate published = date == null ? PublicationDate.UNKNOWN : new PublicationDate(date, DateSource.GIVEN);
        Article a = new Article(id, id + ".txt", null, "Title " + id, published, List.of(), List.of(),
                text, "en", OffsetMap.shifted(0, text.length()));
        Span source = Span.of(text, 0, text.indexOf(' '));
        int said = text.indexOf("said");
        Claim c = new Claim(new ClaimSource(source, "person:hochstein", false, source.text()), Span.of(text, said, said + 4),
                Span.of(text, said + 5, text.length() - 1), Stance.ASSERT, false, null, Span.of(text, 0, text.length()));
        Actor hochstein = new Actor("person:hochstein", "Amos Hochstein", ActorType.PERSON, List.of("Hochstein"), List.of(), "USAGOV", "USA");
        return Document.of(a).withActors(List.of(), List.of(hochstein)).withClaims(List.of(c));
    }

    private static SearchQuery all(Kind kind) {
        return new SearchQuery("*", kind, null, null, null, false, 100);
    }

    @Test
    void a_store_released_after_its_commit_lets_another_process_write_and_a_held_lock_is_said_plainly() {
        try (SitrepStore server = SitrepStore.open(dir); SitrepStore cli = SitrepStore.open(dir)) {
            server.put(doc("a1", "Hochstein said talks would resume.", LocalDate.of(2024, 11, 1)));
            server.commitAndRelease();
            cli.put(doc("b2", "Hochstein said talks had resumed.", LocalDate.of(2024, 11, 2)));
            StoreLockedException e = assertThrows(StoreLockedException.class,
                    () -> server.put(doc("c3", "Hochstein said talks would end.", LocalDate.of(2024, 11, 3))));
            assertEquals("The store at '" + dir + "' is being written by another process (its write.lock is held); "
                    + "try again when that ingest has finished", e.getMessage());
            cli.commitAndRelease();
            server.put(doc("c3", "Hochstein said talks would end.", LocalDate.of(2024, 11, 3)));
            server.commit();
            assertEquals(3L, server.stats().records().get(Kind.ARTICLE));
        }
    }

    @Test
    void putting_the_same_article_twice_changes_nothing() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            s.put(doc("a1", "Hochstein said talks would resume.", LocalDate.of(2024, 11, 1)));
            s.commit();
            Stats once = s.stats();
            s.put(doc("a1", "Hochstein said talks would resume.", LocalDate.of(2024, 11, 1)));
            s.commit();
            assertEquals(once, s.stats());
            assertEquals(1L, s.stats().records().get(Kind.ARTICLE));
            assertEquals(1L, s.stats().records().get(Kind.CLAIM));
        }
    }

    @Test
    void writes_after_the_last_commit_are_lost_in_a_crash_and_the_store_stays_readable() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            s.put(doc("a1", "Hochstein said talks would resume.", LocalDate.of(2024, 11, 1)));
            s.commit();
            s.put(doc("a2", "Hochstein said a deal was close.", LocalDate.of(2024, 11, 2)));
            // no commit: the process dies here
        }
        try (SitrepStore s = SitrepStore.open(dir)) {
            assertEquals(1, s.search(all(Kind.ARTICLE)).hits().size());
            assertEquals("a1", s.search(all(Kind.ARTICLE)).hits().get(0).article());
        }
    }

    @Test
    void search_narrows_by_kind_actor_and_date() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            s.put(doc("a1", "Hochstein said talks would resume.", LocalDate.of(2024, 11, 1)));
            s.put(doc("a2", "Officials said a deal was close.", LocalDate.of(2024, 11, 20)));
            s.commit();
            assertEquals(2, s.search(new SearchQuery("said", Kind.CLAIM, null, null, null, false, 10)).hits().size());
            assertEquals(2, s.search(new SearchQuery("*", Kind.CLAIM, "hochstein", null, null, false, 10)).hits().size());
            List<Hit> late = s.search(new SearchQuery("*", Kind.ARTICLE, null, LocalDate.of(2024, 11, 10), null, false, 10)).hits();
            assertEquals(List.of("a2"), late.stream().map(Hit::article).toList());
            assertEquals(1, s.search(new SearchQuery("deal", Kind.CLAIM, null, null, LocalDate.of(2024, 11, 30), false, 10)).hits().size());
        }
    }

    @Test
    void a_bad_query_says_what_it_could_not_parse() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.search(new SearchQuery("AND OR (", null, null, null, null, false, 5)));
            assertEquals(true, e.getMessage().startsWith("Could not parse query 'AND OR (':"));
        }
    }

    @Test
    void an_empty_store_has_nothing_and_says_so() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            assertEquals(0, s.search(all(null)).hits().size());
            assertEquals(0L, s.stats().records().get(Kind.ARTICLE));
        }
    }
}
