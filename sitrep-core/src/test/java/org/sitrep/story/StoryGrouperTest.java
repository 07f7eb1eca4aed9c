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

class StoryGrouperTest {
    /** A wire story, as one agency sends it to every subscriber. */
    static final String WIRE = String.join("\n\n",
            "A convoy of forty trucks carrying flour and medicine reached the southern port of Tyre on Wednesday, the United Nations said, "
                    + "the first delivery to the city in three weeks.",
            "The trucks crossed at the Naqoura checkpoint after a six-hour delay while inspectors searched every vehicle, "
                    + "a spokesman for the World Food Programme told reporters in Beirut.",
            "Local officials said the aid would feed about twelve thousand families for a fortnight, but warned that fuel for the "
                    + "city's bakeries and water pumps was running out.",
            "The army said it had reopened the coastal road for four hours a day to let convoys through, and that engineers were "
                    + "repairing two bridges damaged in the fighting.",
            "Aid agencies have asked for a permanent corridor, saying that deliveries which depend on daily permission cannot be "
                    + "planned, and that stocks in warehouses near Sidon would last less than a week.");

    /** The same story on another site: its own header and footer, one sentence edited. */
    static final String SYNDICATED = "Home | World | Middle East\nBy Staff Writer, with wire reports\n\n"
            + WIRE.replace("told reporters in Beirut", "said in a statement on Wednesday evening")
            + "\n\nRelated: Fuel prices rise again across the region\nSign up for our morning briefing";

    /** Another article on the same events, written separately: it quotes the same agency but is not a copy. */
    static final String SAME_TOPIC = String.join("\n\n",
            "Bakeries in Tyre closed for a second day on Thursday as diesel ran short, residents said, a day after a United Nations "
                    + "convoy brought flour into the city.",
            "\"We have flour now but no fuel to bake it,\" said a baker in the old market, who asked not to be named.",
            "The World Food Programme said it was seeking permission for a fuel convoy and hoped to send one early next week.");

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
