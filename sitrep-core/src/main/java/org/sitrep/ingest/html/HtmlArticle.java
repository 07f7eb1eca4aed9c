package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Caption;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;

/**
 * The article an {@link HtmlArticleExtractor} found in one web page. Strings the page does not give are null; lists are
 * never null.
 *
 * @param text          the body: paragraphs separated by a blank line; "" when the page holds no article text
 * @param subheadings   spans of {@code text} that are subheadings
 * @param captions      image captions, kept out of {@code text}; each {@code rawStart} is an offset in the decoded HTML
 * @param offsets       maps every offset of {@code text} to an offset in the decoded HTML the extractor was given
 * @param title         the headline
 * @param byline        the author line as the page gives it
 * @param publishedRaw  the publication date as the page writes it ({@code 2024-09-27T08:15:00Z})
 * @param published     that date read by {@link org.sitrep.ingest.DateParser}, or null
 * @param canonicalUrl  the page's canonical address ({@code link rel=canonical}, {@code og:url}, else the URL given)
 * @param outlet        the site's name ({@code og:site_name})
 * @param language      the language the page declares ({@code en}, {@code pt-BR})
 * @param warnings      what went wrong but did not stop extraction, each naming the page
 */
public record HtmlArticle(String text, List<Span> subheadings, List<Caption> captions, OffsetMap offsets, String title, String byline,
                          String publishedRaw, LocalDate published, String canonicalUrl, String outlet, String language,
                          List<String> warnings) {
    public HtmlArticle {
        Objects.requireNonNull(text, "The parameter 'text' must not be null.");
        Objects.requireNonNull(offsets, "The parameter 'offsets' must not be null.");
        subheadings = List.copyOf(subheadings);
        captions = List.copyOf(captions);
        warnings = List.copyOf(warnings);
    }
}
