/**
 * HTML ingest: the reader of saved pages ({@link org.sitrep.ingest.html.HtmlReader}: bytes in, a decoded page of layout
 * HTML out) and the extraction seam the clean stage calls ({@link org.sitrep.ingest.html.HtmlArticleExtractor}: a page
 * in, an {@link org.sitrep.ingest.html.HtmlArticle} out — body with an offset map into the page, title, captions,
 * subheadings, dates, canonical URL, outlet, language). {@link org.sitrep.ingest.html.PlaceholderHtmlExtractor} stands
 * in until the full extractor lands. Next: {@code org.sitrep.clean}.
 */
package org.sitrep.ingest.html;
