package org.sitrep.store;

import java.util.Comparator;
import java.util.List;

/**
 * One story in the store: its id (the id of its first article), that article's title, how many articles it has, the
 * distinct outlets that published them (sorted; an article whose outlet is unknown adds none), and the claims and
 * events found in all its articles together.
 */
public record StoryCount(String id, String title, int articles, List<String> outlets, long claims, long events) {
    /** Most outlets, then most articles, then most claims and events, then by id. */
    public static final Comparator<StoryCount> LARGEST_FIRST = Comparator.comparingInt((StoryCount s) -> s.outlets().size()).reversed()
            .thenComparing(Comparator.comparingInt(StoryCount::articles).reversed())
            .thenComparing(Comparator.comparingLong((StoryCount s) -> s.claims() + s.events()).reversed())
            .thenComparing(StoryCount::id);

    public StoryCount {
        outlets = List.copyOf(outlets);
    }

    /** The number of distinct outlets: GDELT's NumSources. */
    public int sources() {
        return outlets.size();
    }
}
