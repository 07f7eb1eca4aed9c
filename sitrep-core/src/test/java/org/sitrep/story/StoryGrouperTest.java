package org.sitrep.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.testkit.WireCopies;

class StoryGrouperTest {
    private static final String WIRE = WireCopies.WIRE;
    private static final String SYNDICATED = WireCopies.SYNDICATED;
    private static final String SAME_TOPIC = WireCopies.SAME_TOPIC;

    private static Document doc(String id, String text) {
        return Document.of(new Article(id, id, null, "", null, List.of(), List.of(), text, "en", OffsetMap.shifted(0, text.length())));
    }

    @Test
    void a_syndicated_copy_joins_the_story_of_the_earlier_original_and_other_articles_do_not() {
        StoryGrouper g = new StoryGrouper();
        assertEquals("wire", g.add("wire", WIRE));
        assertEquals("other", g.add("other", SAME_TOPIC));
        assertEquals("wire", g.add("copy", SYNDICATED));
        assertEquals(List.of("wire", "other", "wire"), List.of(g.story(0), g.story(1), g.story(2)));
    }

    @Test
    void the_story_is_named_by_whichever_copy_came_first() {
        StoryGrouper g = new StoryGrouper();
        assertEquals("copy", g.add("copy", SYNDICATED));
        assertEquals("copy", g.add("wire", WIRE));
    }

    @Test
    void a_trimmed_copy_without_its_last_paragraph_is_still_the_story() {
        String trimmed = WIRE.substring(0, WIRE.lastIndexOf("\n\n"));
        StoryGrouper g = new StoryGrouper();
        g.add("wire", WIRE);
        assertEquals("wire", g.add("trimmed", trimmed));
    }

    @Test
    void assign_sets_the_articles_story_and_leaves_the_rest() {
        StoryGrouper g = new StoryGrouper();
        Document first = g.assign(doc("wire", WIRE));
        Document copy = g.assign(doc("copy", SYNDICATED));
        assertEquals("wire", first.article().story());
        assertEquals("wire", copy.article().story());
        assertEquals("copy", copy.article().id());
        assertEquals(SYNDICATED, copy.text());
    }

    @Test
    void a_later_article_that_matches_two_stories_joins_them_under_the_earliest() {
        String first = WIRE.substring(0, WIRE.indexOf("Local officials"));
        String second = WIRE.substring(WIRE.indexOf("The army said"));
        StoryGrouper g = new StoryGrouper(new StoryScheme(5, 64, 2, StoryScheme.SEED, 0.25));
        assertEquals("first", g.add("first", first));
        assertEquals("second", g.add("second", second));
        assertEquals("first", g.add("whole", WIRE));
        assertEquals("first", g.story(1)); // the final grouping; 'second' was written as its own story when it came
    }

    @Test
    void unrelated_articles_are_compared_with_few_others_not_all() {
        Random r = new Random(1);
        StoryGrouper g = new StoryGrouper();
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                sb.append("w").append(r.nextInt(2000)).append(' ');
            }
            assertEquals("a" + i, g.add("a" + i, sb.toString()));
        }
        assertTrue(g.comparisons() < 300, "comparisons: " + g.comparisons());
    }

    @Test
    void an_empty_text_is_its_own_story() {
        StoryGrouper g = new StoryGrouper();
        g.add("e1", "");
        assertEquals("e2", g.add("e2", ""));
    }

    @Test
    void an_article_needs_an_id() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StoryGrouper().add(null, WIRE));
        assertEquals("The parameter 'articleId' must not be null.", e.getMessage());
    }
}
