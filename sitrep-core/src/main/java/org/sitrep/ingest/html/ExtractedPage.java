package org.sitrep.ingest.html;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Caption;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;

/**
 * What {@link HtmlExtractor} finds in one web page. Strings the page does not give are null; lists are never null.
 *
 * @param text        the article body: paragraphs separated by a blank line ({@code "\n\n"}), lines within a
 *                    paragraph (a {@code <br>}) by one newline; "" when the page has no article text
 * @param subheadings the spans of {@code text} that are subheadings ({@code h2}–{@code h6} inside the article)
 * @param captions    image captions and credits found in the article, kept out of {@code text}; each caption's
 *                    {@code rawStart} is its offset in {@link #html()}
 * @param offsets     maps every offset of {@code text} back to an offset in {@link #html()}, the decoded page
 * @param title       the headline
 * @param byline      the author line as the page gives it
 * @param published   the publication date, or null
 * @param modified    the last modification date, or null
 * @param canonicalUrl the page's canonical address ({@code link rel=canonical}, {@code og:url}, else the URL given)
 * @param outlet      the site's name ({@code og:site_name}, the JSON-LD publisher)
 * @param language    the page's language tag as declared ({@code en}, {@code pt-BR})
 * @param html        the decoded page the offsets point into
 * @param charset     the character set the bytes were decoded with (the caller's, when it passed a string)
 * @param warnings    what went wrong but did not stop extraction (a charset guessed, a JSON-LD block unreadable)
 */
public record ExtractedPage(String text, List<Span> subheadings, List<Caption> captions, OffsetMap offsets, String title,
                            String byline, PageDate published, PageDate modified, String canonicalUrl, String outlet,
                            String language, String html, String charset, List<String> warnings) {
    public ExtractedPage {
        Objects.requireNonNull(text, "The parameter 'text' must not be null.");
        Objects.requireNonNull(offsets, "The parameter 'offsets' must not be null.");
        Objects.requireNonNull(html, "The parameter 'html' must not be null.");
        subheadings = List.copyOf(subheadings);
        captions = List.copyOf(captions);
        warnings = List.copyOf(warnings);
    }
}
