/**
 * HTML ingest: one saved web page (bytes and an optional URL) in, an {@link org.sitrep.ingest.html.ExtractedPage} out —
 * the article body with paragraph breaks, subheadings marked, captions kept apart, metadata (headline, byline, dates,
 * canonical URL, outlet, language) and an offset map back to the decoded HTML. {@link org.sitrep.ingest.html.HtmlDecoder}
 * picks the charset; {@link org.sitrep.ingest.html.HtmlExtractor} parses with jsoup, cuts blocks, scores containers and
 * drops boilerplate using the cue lists in {@code html-cues.tsv} and the metadata rules in {@code html-meta.tsv}.
 * Every walk over the tree is iterative and jsoup caps nesting at 512 levels, so deep or huge pages cannot overflow the
 * stack. {@link org.sitrep.ingest.html.HtmlReader} is the reader of saved pages (a decoded page of layout HTML per
 * file); {@link org.sitrep.ingest.html.HtmlArticleExtractor} is the seam through which the clean stage extracts every
 * HTML document, whatever reader made it. Next: {@code org.sitrep.clean}, as for the other ingest formats.
 */
package org.sitrep.ingest.html;
