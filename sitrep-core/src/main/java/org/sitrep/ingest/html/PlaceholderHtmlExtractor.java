package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sitrep.ingest.DateParser;
import org.sitrep.model.Caption;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;

/**
 * PLACEHOLDER until the real article extractor ({@code HtmlExtractor}: content scoring, boilerplate cue lists,
 * JSON-LD) replaces it behind {@link HtmlArticleExtractor#standard()}. It keeps only what a reader needs to be tested
 * end to end: the title ({@code og:title}, {@code <title>}, {@code <h1>}), the text of {@code <p>} elements and
 * {@code h2}–{@code h6} subheadings outside navigation, headers, footers, asides, forms and figures, figure captions
 * kept apart, and page metadata (published date from common meta tags and {@code <time datetime>}, canonical URL, site
 * name, declared language, author). Offsets map each text node's run to where that node starts in the HTML (exact for
 * plain text, approximate inside a node whose entities or white space were folded). Parsing is jsoup's (iterative,
 * nesting capped), and the walks are iterative, so deep or huge pages cannot overflow the stack.
 */
public final class PlaceholderHtmlExtractor implements HtmlArticleExtractor {
    /** The shared instance: the extractor keeps no state. */
    public static final PlaceholderHtmlExtractor INSTANCE = new PlaceholderHtmlExtractor();

    private static final int MAX_DEPTH = 512;
    private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "form", "figure", "figcaption",
            "noscript", "template", "button", "select");
    private static final Set<String> SKIPPED_TEXT = Set.of("script", "style", "noscript", "template");
    private static final String[] PUBLISHED = {
        "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]"};

    private PlaceholderHtmlExtractor() {}

    @Override
    public HtmlArticle extract(String html, String url) {
        if (html == null) {
            throw new IllegalArgumentException("The parameter 'html' must not be null.");
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH);
        Document doc = Jsoup.parse(html, url == null ? "" : url, parser);
        StringBuilder text = new StringBuilder();
        List<OffsetMap.Segment> segments = new ArrayList<>();
        List<int[]> heads = new ArrayList<>();
        List<Element> blocks = doc.select("p, h2, h3, h4, h5, h6");
        for (Element b : blocks) {
            if (inFurniture(b)) {
                continue;
            }
            int before = text.length();
            int mark = segments.size();
            if (before > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            appendText(b, html, text, segments);
            if (text.length() == start) {
                text.setLength(before); // an empty block leaves nothing behind
                segments.subList(mark, segments.size()).clear();
                continue;
            }
            if (!b.normalName().equals("p")) {
                heads.add(new int[] {start, text.length()});
            }
        }
        if (text.length() == 0 && doc.body() != null) {
            appendText(doc.body(), html, text, segments); // no paragraphs at all (a feed item's plain HTML): the body's text
        }
        String body = text.toString();
        List<Span> subheadings = heads.stream().map(h -> Span.of(body, h[0], h[1])).toList();
        List<Caption> captions = new ArrayList<>();
        for (Element c : doc.select("figcaption")) {
            String t = c.text().strip();
            if (!t.isEmpty()) {
                captions.add(new Caption(t, null, null, Math.max(0, c.sourceRange().endPos())));
            }
        }
        String publishedRaw = published(doc);
        LocalDate published = publishedRaw == null ? null : DateParser.parse(publishedRaw).orElse(null);
        List<String> warnings = new ArrayList<>();
        if (publishedRaw != null && published == null) {
            warnings.add((url == null ? "page" : url) + ": published '" + publishedRaw + "' is not a date; the article is treated as undated");
        }
        return new HtmlArticle(body, subheadings, captions, new OffsetMap(segments), title(doc), meta(doc, "meta[name=author]"),
                publishedRaw, published, canonical(doc, url), meta(doc, "meta[property=og:site_name]"), language(doc), warnings);
    }

    private static boolean inFurniture(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (FURNITURE.contains(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Appends an element's visible text with white space folded, one offset segment per text node. */
    private static void appendText(Element block, String html, StringBuilder out, List<OffsetMap.Segment> segments) {
        int blockStart = out.length();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !(t.parent() != null && SKIPPED_TEXT.contains(t.parent().normalName()))) {
                    String whole = t.getWholeText();
                    int[] raw = align(whole, html, t.sourceRange().isTracked() ? t.sourceRange().startPos() : -1,
                            t.sourceRange().isTracked() ? t.sourceRange().endPos() : -1);
                    int i = 0;
                    while (i < whole.length()) {
                        if (Character.isWhitespace(whole.charAt(i))) {
                            if (out.length() > blockStart && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                                out.append(' ');
                            }
                            i++;
                            continue;
                        }
                        int j = i;
                        while (j < whole.length() && !Character.isWhitespace(whole.charAt(j))) {
                            j++;
                        }
                        // one segment per stretch whose characters sit side by side in the HTML (an entity breaks it)
                        int from = i;
                        for (int k = i + 1; k <= j; k++) {
                            if (k == j || raw[k] != raw[k - 1] + 1) {
                                segments.add(new OffsetMap.Segment(out.length(), raw[from], k - from));
                                out.append(whole, from, k);
                                from = k;
                            }
                        }
                        i = j;
                    }
                } else if (node instanceof Element e && e.normalName().equals("br") && out.length() > blockStart) {
                    trimTrailingSpace(out, blockStart);
                    out.append('\n');
                }
            }
        }, block);
        trimTrailingSpace(out, blockStart);
    }

    /**
     * Where each character of a text node's decoded text sits in the HTML: walks the node's raw source, stepping over an
     * entity ({@code &amp;}) for the character it stands for. Untracked nodes map every character to 0.
     */
    static int[] align(String decoded, String html, int rawStart, int rawEnd) {
        int[] at = new int[decoded.length()];
        if (rawStart < 0 || rawEnd > html.length() || rawEnd < rawStart) {
            return at;
        }
        int r = rawStart;
        for (int i = 0; i < decoded.length(); i++) {
            if (r < rawEnd && html.charAt(r) == '&') {
                int semi = html.indexOf(';', r);
                if (semi > r && semi < rawEnd && semi - r <= 32) {
                    String value = Parser.unescapeEntities(html.substring(r, semi + 1), false);
                    if (!value.isEmpty() && value.length() < semi + 1 - r && decoded.startsWith(value, i)) {
                        for (int k = 0; k < value.length(); k++) {
                            at[i + k] = r;
                        }
                        i += value.length() - 1;
                        r = semi + 1;
                        continue;
                    }
                }
            }
            at[i] = Math.min(r, Math.max(rawStart, rawEnd - 1));
            if (r < rawEnd) {
                r++;
            }
        }
        return at;
    }

    private static void trimTrailingSpace(StringBuilder out, int floor) {
        while (out.length() > floor && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n')) {
            out.setLength(out.length() - 1);
        }
    }

    private static String title(Document doc) {
        String og = meta(doc, "meta[property=og:title]");
        if (og != null) {
            return og;
        }
        String t = doc.title().strip();
        if (!t.isEmpty()) {
            return t;
        }
        Element h1 = doc.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    private static String published(Document doc) {
        for (String q : PUBLISHED) {
            String v = meta(doc, q);
            if (v != null) {
                return v;
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null || time.attr("datetime").isBlank() ? null : time.attr("datetime").strip();
    }

    private static String canonical(Document doc, String url) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.absUrl("href").isEmpty()) {
            return link.absUrl("href");
        }
        String og = meta(doc, "meta[property=og:url]");
        return og != null ? og : url;
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        String lang = html == null ? "" : html.attr("lang").strip();
        return lang.isEmpty() ? null : lang.toLowerCase(Locale.ROOT);
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        if (e == null) {
            return null;
        }
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }
}
