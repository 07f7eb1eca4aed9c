package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.ingest.Decoded;
import org.sitrep.ingest.IngestException;
import org.sitrep.model.Caption;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;

/**
 * Extracts the article from one saved web page: its body text with paragraph breaks, subheadings and image captions
 * kept apart, its metadata (headline, byline, publication and modification dates, canonical URL, outlet, language) and
 * an offset map from the text back to the HTML.
 *
 * <p>How: jsoup parses the page (iteratively, positions tracked); {@link BlockWalker} cuts the visible text into blocks
 * without recursion, leaving out what the cue lists ({@code html-cues.tsv}) call boilerplate; {@link ContentSelector}
 * scores containers as readability does and keeps the best one with its siblings, minus furniture. When that strict pass
 * yields less than 500 characters, relaxed passes follow as readability's and trafilatura's fallbacks do: boilerplate
 * kept, then class weights ignored, then no conditional cleaning; the longest result wins. {@link PageMetadata} reads
 * the metadata ({@code html-meta.tsv}). One instance is thread-safe and can be shared.
 */
public final class HtmlExtractor {
    /** jsoup's element nesting limit: deeper elements become siblings, so no walk goes deeper than this. */
    private static final int MAX_DEPTH = 512;
    private final HtmlCues cues;

    /** An extractor with the bundled cue lists. */
    public HtmlExtractor() {
        this(HtmlCues.bundled());
    }

    public HtmlExtractor(HtmlCues cues) {
        if (cues == null) {
            throw new IllegalArgumentException("The parameter 'cues' must not be null.");
        }
        this.cues = cues;
    }

    /**
     * Extracts from raw bytes, decoded by {@link HtmlDecoder} (no HTTP charset); {@code url} is the page's address or
     * null, also used to name the page in messages. Throws for empty or binary input.
     */
    public ExtractedPage extract(byte[] bytes, String url) throws IngestException {
        return extract(bytes, null, url);
    }

    /** As {@link #extract(byte[], String)}, with the charset an HTTP header declared (or null). */
    public ExtractedPage extract(byte[] bytes, String httpCharset, String url) throws IngestException {
        Decoded d = HtmlDecoder.decode(bytes, httpCharset, url == null ? "page" : url);
        return extract(d.text(), d.charset(), url, d.warning());
    }

    /** Extracts from an already decoded page; {@code url} may be null. */
    public ExtractedPage extract(String html, String url) {
        return extract(html, null, url, null);
    }

    private ExtractedPage extract(String html, String charset, String url, String warning) {
        if (html == null) {
            throw new IllegalArgumentException("The parameter 'html' must not be null.");
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH);
        Document doc = Jsoup.parse(html, url == null ? "" : url, parser);
        PageMetadata.Meta meta = PageMetadata.read(doc, url);
        List<String> warnings = new ArrayList<>();
        if (warning != null) {
            warnings.add(warning);
        }
        warnings.addAll(meta.warnings());
        Element body = doc.body() != null ? doc.body() : doc;
        Set<Element> declared = ContentSelector.protectedElements(body, cues);
        String title = meta.title();
        List<String> pageUrls = new ArrayList<>();
        pageUrls.add(url);
        pageUrls.add(meta.canonical());
        String h1 = doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text();

        BlockWalker strict = new BlockWalker(cues, true, declared);
        strict.walk(body);
        ContentSelector.Selection best = new ContentSelector(strict, cues, true, true).select(body, title, pageUrls);
        if (best.length() < ContentSelector.ENOUGH) {
            BlockWalker relaxed = new BlockWalker(cues, false, declared);
            relaxed.walk(body);
            boolean[][] passes = {{true, true}, {false, true}, {false, false}};
            for (boolean[] pass : passes) {
                ContentSelector.Selection s = new ContentSelector(relaxed, cues, pass[0], pass[1]).select(body, title, pageUrls);
                if (s.length() > best.length()) {
                    best = s;
                }
                if (best.length() >= ContentSelector.ENOUGH) {
                    break;
                }
            }
        }
        return assemble(best, meta, h1, html, charset, warnings);
    }

    private static ExtractedPage assemble(ContentSelector.Selection s, PageMetadata.Meta meta, String h1, String html, String charset,
                                          List<String> warnings) {
        StringBuilder text = new StringBuilder();
        OffsetMapBuilder map = new OffsetMapBuilder();
        List<Span> subheadings = new ArrayList<>();
        Block previous = null;
        for (Block b : s.body()) {
            if (previous != null) {
                text.append(previous.lineBreak && previous.owner == b.owner ? "\n" : "\n\n");
            }
            int start = text.length();
            write(b, text, map, html);
            if (b.headingLevel >= 2) {
                subheadings.add(Span.of(text.toString(), start, text.length()));
            }
            previous = b;
        }
        List<Caption> captions = new ArrayList<>();
        Block previousCaption = null;
        for (Block c : s.captions()) {
            StringBuilder ct = new StringBuilder();
            OffsetMapBuilder cm = new OffsetMapBuilder();
            write(c, ct, cm, html);
            OffsetMap m = cm.build();
            int rawStart = m.segments().isEmpty() ? 0 : m.segments().get(0).rawStart();
            // A credit element right after its caption, in the same figure, is that caption's credit.
            if (isCredit(c) && previousCaption != null && !captions.isEmpty() && sameFigure(previousCaption, c)) {
                Caption last = captions.remove(captions.size() - 1);
                captions.add(new Caption(last.text(), ct.toString(), last.date(), last.rawStart()));
            } else {
                captions.add(new Caption(ct.toString(), isCredit(c) ? ct.toString() : null, null, rawStart));
            }
            previousCaption = c;
        }
        String title = meta.title() != null ? meta.title() : h1;
        return new ExtractedPage(text.toString(), subheadings, captions, map.build(), title, meta.byline(), meta.published(),
                meta.modified(), meta.canonical(), meta.outlet(), meta.language(), html, charset, warnings);
    }

    /** The block sits in an element whose class or id names a credit ({@code credit}, {@code copyright}). */
    private static boolean isCredit(Block b) {
        for (Element e = b.owner; e != null && !e.normalName().equals("figure") && !e.normalName().equals("body"); e = e.parent()) {
            String words = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
            if (words.contains("credit") || words.contains("copyright")) {
                return true;
            }
            if (e.normalName().equals("figcaption")) {
                break;
            }
        }
        return false;
    }

    private static boolean sameFigure(Block a, Block b) {
        Element fa = a.owner.closest("figure");
        Element fb = b.owner.closest("figure");
        return fa != null ? fa == fb : a.owner.parent() == b.owner.parent();
    }

    private static void write(Block b, StringBuilder out, OffsetMapBuilder map, String html) {
        TextNormalizer n = new TextNormalizer(out, map, html);
        for (int i = 0; i < b.nodes.size(); i++) {
            n.append(b.nodes.get(i), b.preNodes.get(i));
        }
    }
}
