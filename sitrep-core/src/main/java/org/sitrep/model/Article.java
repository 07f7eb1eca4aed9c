package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean article: the body {@code text} every span points into, and what was found around it.
 *
 * @param id          stable content hash of source-independent content (title and text), so re-ingesting changes nothing
 * @param source      the file path or URL it came from
 * @param outlet      the publishing outlet when known, else null
 * @param subheadings spans of {@code text} that are subheadings rather than body sentences
 * @param rawOffsets  how to map offsets in {@code text} back to the raw input
 * @param story       the id of the story this article belongs to: the {@code id} of the earliest-seen article of which it is
 *                    a copy or light rewrite (org.sitrep.story), and its own {@code id} until such a copy is found
 */
public record Article(String id, String source, String outlet, String title, PublicationDate published,
                      List<Caption> captions, List<Span> subheadings, String text, String language, OffsetMap rawOffsets,
                      String story) {
    public Article {
        Objects.requireNonNull(id, "The parameter 'id' must not be null.");
        Objects.requireNonNull(text, "The parameter 'text' must not be null.");
        published = published == null ? PublicationDate.UNKNOWN : published;
        captions = List.copyOf(captions);
        subheadings = List.copyOf(subheadings);
        title = title == null ? "" : title;
        story = story == null || story.isBlank() ? id : story;
    }

    /** An article that is its own story until grouping says otherwise. */
    public Article(String id, String source, String outlet, String title, PublicationDate published,
                   List<Caption> captions, List<Span> subheadings, String text, String language, OffsetMap rawOffsets) {
        this(id, source, outlet, title, published, captions, subheadings, text, language, rawOffsets, null);
    }

    /** This article as a member of story {@code storyId}. */
    public Article withStory(String storyId) {
        return new Article(id, source, outlet, title, published, captions, subheadings, text, language, rawOffsets, storyId);
    }
}
