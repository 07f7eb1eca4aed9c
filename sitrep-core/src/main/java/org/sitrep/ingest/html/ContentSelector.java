package org.sitrep.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.ingest.html.BlockWalker.Stats;
import org.sitrep.ingest.html.HtmlCues.Kind;

/**
 * Picks the article's blocks from a walked page in the manner of readability's content scoring: every paragraph of 25
 * characters or more scores {@code 1 + commas + min(3, length / 100)} for its parent, half of it for the grandparent and
 * a third per level above; an element's score starts from its tag and its class weight (the cues) and is scaled by
 * {@code 1 − link density}. The best element, moved up when its ancestors score as well or when several near-best
 * candidates share an ancestor, is joined by siblings that score well or read as prose. Inside it, containers that
 * look like furniture (many links, images or form fields for little text) are dropped; then single blocks that are
 * captions (kept apart), the headline, bylines, or furniture phrases.
 */
final class ContentSelector {
    /** How much text makes a pass good enough (readability's char threshold). */
    static final int ENOUGH = 500;
    private static final int MIN_PARAGRAPH = 25;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A full stop followed by a space or the end: the paragraph reads as prose. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Set<String> UNSCORED_OWNERS = Set.of("li", "dt", "dd", "h1", "figcaption", "caption", "address", "ul", "ol", "dl");
    private static final Set<String> CLEANED_TAGS = Set.of("div", "section", "table", "ul", "ol", "form", "fieldset", "aside", "header", "footer", "figure", "nav");

    /** The chosen blocks; {@code length} counts the characters of blocks outside boilerplate (a relaxed pass keeps some). */
    record Selection(List<Block> body, List<Block> captions, int length) {}

    private final BlockWalker walk;
    private final HtmlCues cues;
    private final boolean weigh;
    private final boolean clean;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    ContentSelector(BlockWalker walk, HtmlCues cues, boolean weigh, boolean clean) {
        this.walk = walk;
        this.cues = cues;
        this.weigh = weigh;
        this.clean = clean;
    }

    Selection select(Element body, String title) {
        return select(body, title, List.of());
    }

    /** @param pageUrls the page's own addresses (URL, canonical URL): a block that only repeats one is furniture */
    Selection select(Element body, String title, List<String> pageUrls) {
        score();
        Element top = topCandidate(body);
        List<Element> roots = withSiblings(top, body);
        BitSet kept = new BitSet();
        for (Element root : roots) {
            Stats s = walk.stats.get(root);
            if (s != null) {
                kept.set(s.firstBlock, Math.max(s.firstBlock, s.endBlock));
            }
        }
        if (clean) {
            for (Element root : roots) {
                cleanConditionally(root, kept);
            }
        }
        String titleKey = title == null ? "" : key(title);
        List<Block> out = new ArrayList<>();
        List<Block> captions = new ArrayList<>();
        int length = 0;
        for (int i = kept.nextSetBit(0); i >= 0 && i < walk.blocks.size(); i = kept.nextSetBit(i + 1)) {
            Block b = walk.blocks.get(i);
            if (b.caption) {
                captions.add(b);
                continue;
            }
            if (b.headingLevel == 1 || b.byline && b.length() < 200 || cues.isFurniturePhrase(b.text.toString()) || isLinkLine(b)
                    || !titleKey.isEmpty() && key(b.text.toString()).equals(titleKey) || isPageUrl(b.text.toString(), pageUrls)) {
                continue;
            }
            out.add(b);
            length += b.boilerplate ? 0 : b.length();
        }
        // An author's box after the article (a byline cue around a long biography) is not the article, nor are calls to
        // action and credit lines: those holding a link anywhere, and all of them at the end.
        List<Block> kept2 = new ArrayList<>();
        for (Block b : out) {
            if (!(b.linkChars > 0 && isAction(b))) {
                kept2.add(b);
            }
        }
        out = kept2;
        while (!out.isEmpty() && (out.get(out.size() - 1).byline || isAction(out.get(out.size() - 1)))) {
            out.remove(out.size() - 1);
        }
        length = 0;
        for (Block b : out) {
            length += b.boilerplate ? 0 : b.length();
        }
        return new Selection(out, captions, length);
    }

    private boolean isAction(Block b) {
        return b.words() <= 60 && cues.hasAction(b.text.toString());
    }

    /** The block's text is one of the page's own addresses (a print header, a "copy this link" box). */
    private static boolean isPageUrl(String text, List<String> pageUrls) {
        String t = bareUrl(text.strip());
        if (t.isEmpty() || t.indexOf(' ') >= 0) {
            return false;
        }
        for (String u : pageUrls) {
            if (u != null && !u.isEmpty() && bareUrl(u).equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static String bareUrl(String u) {
        String s = u.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** A block that is nearly all link text and short: a teaser or a "related" line inside the article. */
    static boolean isLinkLine(Block b) {
        return b.linkDensity() > 0.8 && b.words() < 40;
    }

    private static String key(String s) {
        return SPACES.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Readability's paragraph scores, summed into ancestors. */
    private void score() {
        Map<Element, int[]> paragraphs = new LinkedHashMap<>();
        for (Block b : walk.blocks) {
            if (b.caption || b.headingLevel == 1 || UNSCORED_OWNERS.contains(b.owner.normalName())) {
                continue;
            }
            int[] c = paragraphs.computeIfAbsent(b.owner, k -> new int[2]);
            c[0] += b.length();
            c[1] += commas(b.text);
        }
        for (Map.Entry<Element, int[]> e : paragraphs.entrySet()) {
            int length = e.getValue()[0];
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            double s = 1 + e.getValue()[1] + Math.min(3, length / 100);
            Element p = e.getKey();
            Stats ps = walk.stats.get(p);
            // Stray text in a container is a paragraph of its own inside it; a leaf element is the paragraph.
            Element a = ps != null && ps.hasBlockChild && !p.normalName().equals("p") ? p : p.parent();
            for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
                if (a instanceof Document) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, initial(a) + s / divider, (old, add) -> old + s / divider);
            }
        }
        // Scale by link density.
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            e.setValue(e.getValue() * (1 - linkDensity(e.getKey())));
        }
    }

    private double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + weight(e);
    }

    /** The class weight: -25 for a negative cue, +25 for a positive one, +25 more for a content cue. */
    int weight(Element e) {
        if (!weigh) {
            return 0;
        }
        Stats s = walk.stats(e);
        if (!s.weighed) {
            HtmlCues.Attributes a = walk.attributes(e);
            int w = 0;
            if (cues.matches(Kind.NEGATIVE, a) || cues.matches(Kind.BOILERPLATE, a) && !cues.matches(Kind.KEEP, a)) {
                w -= 25;
            }
            if (cues.matches(Kind.POSITIVE, a)) {
                w += 25;
            }
            if (cues.matches(Kind.CONTENT, a)) {
                w += 25;
            }
            s.weight = w;
            s.weighed = true;
        }
        return s.weight;
    }

    private double linkDensity(Element e) {
        Stats s = walk.stats.get(e);
        return s == null || s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
    }

    private static int commas(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }

    private double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private Element topCandidate(Element body) {
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((Element e) -> score(e)).reversed());
        if (ranked.isEmpty()) {
            return body;
        }
        Element top = ranked.get(0);
        if (top == body || top.normalName().equals("html")) {
            return body;
        }
        double topScore = score(top);
        // Several near-best candidates under one ancestor: the article is split; take the ancestor.
        List<Set<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (topScore > 0 && score(ranked.get(i)) / topScore >= 0.75) {
                alternatives.add(ancestors(ranked.get(i)));
            }
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                int containing = 0;
                for (Set<Element> a : alternatives) {
                    containing += a.contains(p) ? 1 : 0;
                }
                if (containing >= 3) {
                    top = p;
                    break;
                }
            }
        }
        // Climb while the parent scores higher (a better container) and not much lower.
        double last = score(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            if (!scores.containsKey(p)) {
                continue;
            }
            double ps = score(p);
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        // An only child stands for its parent.
        while (top.parent() != null && top.parent() != body && visibleChildren(top.parent()) == 1) {
            top = top.parent();
        }
        return top;
    }

    private int visibleChildren(Element e) {
        int n = 0;
        for (Element c : e.children()) {
            if (walk.stats.containsKey(c)) {
                n++;
            }
        }
        return n;
    }

    private static Set<Element> ancestors(Element e) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p = e.parent(); p != null; p = p.parent()) {
            out.add(p);
        }
        return out;
    }

    /** The top candidate and the siblings that belong with it, in document order. */
    private List<Element> withSiblings(Element top, Element body) {
        if (top == body || top.parent() == null) {
            return List.of(top);
        }
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        String topClass = top.attr("class");
        for (Element sib : top.parent().children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            Stats s = walk.stats.get(sib);
            if (s == null || s.chars == 0) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sib.attr("class")) ? topScore * 0.2 : 0;
            if (scores.containsKey(sib) && score(sib) + bonus >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p") || cues.tagIs(Kind.BLOCK_TAG, sib.normalName()) && !s.hasBlockChild) {
                double ld = linkDensity(sib);
                String text = text(s);
                if (text.length() > 80 && ld < 0.25 || text.length() < 80 && ld == 0 && SENTENCE_END.matcher(text).find()) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    private String text(Stats s) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.firstBlock; i < s.endBlock && i < walk.blocks.size(); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(walk.blocks.get(i).text);
        }
        return sb.toString();
    }

    /** Drops furniture containers inside {@code root} (readability's conditional cleaning), top down. */
    private void cleanConditionally(Element root, BitSet kept) {
        Stats rootStats = walk.stats.get(root);
        boolean inArticle = root.closest("article") != null;
        Deque<Element> stack = new ArrayDeque<>();
        for (int i = root.childrenSize() - 1; i >= 0; i--) {
            stack.push(root.child(i));
        }
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            Stats s = walk.stats.get(e);
            if (s == null || s.chars == 0) {
                continue;
            }
            // An article inside the article is another item (a teaser, a comment), unless it holds most of the text.
            boolean nestedArticle = inArticle && e.normalName().equals("article") && rootStats != null && s.chars * 2 < rootStats.chars;
            if (nestedArticle || CLEANED_TAGS.contains(e.normalName()) && isFurniture(e, s)) {
                kept.clear(s.firstBlock, Math.max(s.firstBlock, s.endBlock));
                continue;
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                stack.push(e.child(i));
            }
        }
    }

    private boolean isFurniture(Element e, Stats s) {
        String tag = e.normalName();
        if (tag.equals("table") && BlockWalker.isDataTable(e)) {
            return false;
        }
        int w = weight(e);
        if (w < 0 && (s.chars < 500 || (double) s.linkChars / s.chars > 0.1)) {
            return true;
        }
        if (s.commas >= 10) {
            return false;
        }
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList) {
            int listChars = 0;
            for (int i = s.firstBlock; i < s.endBlock && i < walk.blocks.size(); i++) {
                Block b = walk.blocks.get(i);
                if (b.listItem) {
                    listChars += b.length();
                }
            }
            isList = s.chars > 0 && listChars > 0.9 * s.chars;
        }
        int p = s.paragraphs;
        int img = s.images;
        int li = s.listItems - 100;
        double headingDensity = s.chars == 0 ? 0 : (double) s.headingChars / s.chars;
        double ld = (double) s.linkChars / s.chars;
        boolean inFigure = e.closest("figure") != null;
        return img > 1 && (double) p / img < 0.5 && !inFigure
                || !isList && li > p
                || s.inputs > p / 3
                || !isList && headingDensity < 0.9 && s.chars < 25 && (img == 0 || img > 2) && !inFigure
                || !isList && w < 25 && ld > 0.2
                || w >= 25 && ld > 0.5
                || s.embeds == 1 && s.chars < 75 || s.embeds > 1;
    }

    /**
     * Elements that no cue may drop or mark: the elements the cues call the article body with all their ancestors, and
     * every element holding at least half of the page's long paragraphs (a page wrapped in one {@code <form>}, a
     * wrapper whose class names a feature such as comments). Long means 100 characters or more.
     */
    static Set<Element> protectedElements(Element root, HtmlCues cues) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Integer> longParagraphs = new IdentityHashMap<>();
        int total = 0;
        for (Element e : root.getAllElements()) {
            if (e.normalName().equals("p") && e.text().length() >= 100) {
                total++;
                for (Element p = e.parent(); p != null; p = p.parent()) {
                    longParagraphs.merge(p, 1, Integer::sum);
                }
            }
            if (e.attributesSize() == 0) {
                continue;
            }
            HtmlCues.Attributes a = HtmlCues.attributes(e.attr("class"), e.attr("id"), e.attr("role"), e.attr("itemprop"));
            if (cues.matches(Kind.CONTENT, a)) {
                for (Element p = e; p != null && out.add(p); p = p.parent()) {
                    // each ancestor once
                }
            }
        }
        int needed = Math.max(3, (total + 1) / 2);
        for (Map.Entry<Element, Integer> e : longParagraphs.entrySet()) {
            if (e.getValue() >= needed) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
