package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.ContentId;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.testkit.WireCopies;

/** Issue 8: syndicated copies in the store share a story, and the store counts a story's outlets, claims and events. */
class StoreStoriesTest {
    @TempDir
    Path dir;

    /** An article as the cleaner makes it (content id of title and text), with one claim on "said". */
    private static Document doc(String title, String text, String outlet, String source) {
        Article a = new Article(ContentId.of(title, text), source, outlet, title, null, List.of(), List.of(), text, "en",
                OffsetMap.shifted(0, text.length()));
        int said = text.indexOf("said");
        Span source0 = Span.of(text, 0, text.indexOf(' '));
        Claim c = new Claim(new ClaimSource(source0, null, false, source0.text()), Span.of(text, said, said + 4),
                Span.of(text, 0, said - 1), Stance.ASSERT, false, null, Span.of(text, 0, text.indexOf('.', said) + 1));
        return Document.of(a).withClaims(List.of(c));
    }

    private static Document wire() {
        return doc("Aid convoy reaches Tyre", WireCopies.WIRE, "Tyre Courier", "a.jsonl:1");
    }

    private static Document copy() {
        return doc("UN convoy brings flour to Tyre after three weeks", WireCopies.SYNDICATED, "Levant Daily", "a.jsonl:2");
    }

    private static Document unrelated() {
        return doc("Talks to resume in Doha", WireCopies.UNRELATED, "Gulf Times", "a.jsonl:3");
    }

    @Test
    void two_copies_from_different_outlets_share_a_story_and_count_two_outlets() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            String first = s.put(wire());
            s.commit();
            String second = s.put(copy());
            String third = s.put(unrelated());
            s.commit();
            assertEquals(wire().article().id(), first);
            assertEquals(first, second);
            assertEquals(unrelated().article().id(), third);
            List<StoryCount> stories = s.stories(10);
            assertEquals(2, stories.size());
            StoryCount top = stories.get(0);
            assertEquals(new StoryCount(first, "Aid convoy reaches Tyre", 2, List.of("Levant Daily", "Tyre Courier"), 2, 0), top);
            assertEquals(2, top.sources());
            assertEquals(1, stories.get(1).articles());
            assertEquals(top, s.story(first).orElseThrow());
        }
    }

    @Test
    void copies_find_each_other_before_anything_is_committed() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            String first = s.put(wire());
            assertEquals(first, s.put(copy()));
        }
    }

    @Test
    void copies_find_each_other_across_a_long_uncommitted_batch() {
        java.util.Random r = new java.util.Random(3);
        try (SitrepStore s = SitrepStore.open(dir)) {
            String first = s.put(wire());
            for (int i = 0; i < SitrepStore.MAX_PENDING + 5; i++) { // past the look-up buffer: the reader is reopened
                StringBuilder text = new StringBuilder("Officials said ");
                for (int w = 0; w < 40; w++) {
                    text.append('w').append(r.nextInt(5000)).append(w % 10 == 9 ? ". " : " ");
                }
                s.put(doc("Filler " + i, text.toString(), null, "f.txt"));
            }
            assertEquals(first, s.put(copy()));
        }
    }

    @Test
    void the_story_is_in_the_stored_json_and_found_by_a_story_query() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            String story = s.put(wire());
            s.put(copy());
            s.put(unrelated());
            s.commit();
            SearchResult members = s.search(new SearchQuery("story:" + story, Kind.ARTICLE, null, null, null, false, 10));
            assertEquals(2, members.total());
            assertTrue(members.hits().stream().allMatch(h -> h.json().contains("\"story\":\"" + story + "\"")));
            assertEquals(2, s.search(new SearchQuery("story:" + story, Kind.CLAIM, null, null, null, false, 10)).total());
        }
    }

    @Test
    void a_story_found_after_reopening_the_store_and_re_putting_changes_nothing() {
        String story;
        try (SitrepStore s = SitrepStore.open(dir)) {
            story = s.put(wire());
            s.commit();
        }
        try (SitrepStore s = SitrepStore.open(dir)) {
            assertEquals(story, s.put(copy()));
            s.commit();
            List<StoryCount> once = s.stories(5);
            assertEquals(story, s.put(copy()));
            assertEquals(story, s.put(wire()));
            s.commit();
            assertEquals(once, s.stories(5));
        }
    }

    @Test
    void an_article_rolled_back_is_no_ones_story() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            s.put(unrelated());
            s.commit();
            s.put(wire());
            s.rollback();
            assertEquals(copy().article().id(), s.put(copy()));
        }
    }

    @Test
    void same_topic_articles_written_separately_are_separate_stories() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            String first = s.put(wire());
            assertNotEquals(first, s.put(doc("Tyre bakeries shut", WireCopies.SAME_TOPIC, "Tyre Courier", "b.txt")));
        }
    }

    @Test
    void an_outlet_is_the_given_name_else_the_host_of_a_web_source() {
        Article named = wire().article();
        assertEquals("Tyre Courier", SitrepStore.RecordMapper.outlet(named));
        Article web = new Article("x", "https://www.Example.org/news/1", null, "t", null, List.of(), List.of(), "x", "en", OffsetMap.shifted(0, 1));
        assertEquals("example.org", SitrepStore.RecordMapper.outlet(web));
        Article file = new Article("x", "/data/a.txt", null, "t", null, List.of(), List.of(), "x", "en", OffsetMap.shifted(0, 1));
        assertEquals(null, SitrepStore.RecordMapper.outlet(file));
    }

    @Test
    void asking_for_no_stories_is_refused() {
        try (SitrepStore s = SitrepStore.open(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.stories(0));
            assertEquals("The parameter 'top' must be at least 1, got 0", e.getMessage());
            assertEquals(List.of(), s.stories(3));
        }
    }
}
