package org.sitrep.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.sitrep.ingest.html.HtmlCues.Kind;

/**
 * Walks a page once, without recursion, and cuts its visible text into {@link Block}s while summing, for every element,
 * the counts the selection reads ({@link Stats}). In a strict pass elements that the cues call boilerplate are not read
 * at all; in a relaxed pass they are read and their blocks marked.
 */
final class BlockWalker {
    /** Counts over an element's subtree. */
    static final class Stats {
        int chars;
        int linkChars;
        int commas;
        int images;
        int inputs;
        int embeds;
        int listItems;
        int paragraphs;
        int headingChars;
        /** Blocks inside the element: indexes [firstBlock, endBlock). */
        int firstBlock;
        int endBlock;
        boolean hasBlockChild;
        int weight;
        boolean weighed;
    }

    /** What one element switched on, undone when the walk leaves it. */
    private static final int LINK = 1;
    private static final int CAPTION = 2;
    private static final int BYLINE = 4;
    private static final int LIST = 8;
    private static final int QUOTE = 16;
    private static final int PRE = 32;
    private static final int CELL = 64;
    private static final int BOILER = 128;
    private static final int HEADING = 256;
    private static final int BLOCK = 512;

    private static final HtmlCues.Attributes NO_WORDS = new HtmlCues.Attributes("", List.of());
    private final HtmlCues cues;
    private final boolean strip;
    private final Set<Element> protectedElements;

    final List<Block> blocks = new ArrayList<>();
    final Map<Element, Stats> stats = new IdentityHashMap<>();

    private final Deque<Element> blockStack = new ArrayDeque<>();
    private final Deque<Integer> flags = new ArrayDeque<>();
    private final Deque<Integer> headingLevels = new ArrayDeque<>();
    private int link;
    private int caption;
    private int byline;
    private int list;
    private int quote;
    private int pre;
    private int cell;
    private int boiler;
    private Block current;
    private TextNormalizer normalizer;

    /**
     * @param strip             leave out elements the cues call boilerplate
     * @param protectedElements elements never left out (ancestors of a declared article body)
     */
    BlockWalker(HtmlCues cues, boolean strip, Set<Element> protectedElements) {
        this.cues = cues;
        this.strip = strip;
        this.protectedElements = protectedElements;
    }

    Stats stats(Element e) {
        return stats.computeIfAbsent(e, k -> new Stats());
    }

    /** Walks {@code root} (normally the body) depth first, iteratively. */
    void walk(Element root) {
        Node node = root;
        while (node != null) {
            boolean descend = enter(node);
            if (descend && node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            if (descend) {
                exit(node);
            }
            while (node != root && node.nextSibling() == null) {
                node = node.parentNode();
                exit(node);
            }
            if (node == root) {
                break;
            }
            node = node.nextSibling();
        }
        flush(false);
    }

    private boolean enter(Node node) {
        if (node instanceof TextNode t) {
            text(t);
            return false;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        Element parent = e.parent();
        if (tag.equals("br")) {
            flush(true);
            return false;
        }
        if (cues.tagIs(Kind.SKIP_TAG, tag)) {
            if (parent != null) {
                Stats ps = stats(parent);
                switch (tag) {
                    case "img", "picture" -> ps.images++;
                    case "input", "select", "textarea", "button" -> ps.inputs++;
                    case "iframe", "object", "embed", "video", "audio" -> ps.embeds++;
                    default -> { }
                }
            }
            return false;
        }
        if (isHidden(e)) {
            return false;
        }
        int f = 0;
        boolean block = cues.tagIs(Kind.BLOCK_TAG, tag) || isCustomBlock(e, tag);
        boolean protect = protectedElements.contains(e) || tag.equals("body") || tag.equals("html");
        // A protected element's class names say nothing about it (a body whose classes list the site's feature flags).
        HtmlCues.Attributes words = protect ? NO_WORDS : attributes(e);
        boolean boilerTag = cues.tagIs(Kind.BOILERPLATE_TAG, tag);
        boolean boilerWords = cues.matches(Kind.BOILERPLATE, words) && !cues.matches(Kind.KEEP, words);
        if ((boilerTag || boilerWords) && !protect) {
            if (strip) {
                return false;
            }
            f |= BOILER;
            boiler++;
        }
        boolean captionWords = cues.matches(Kind.CAPTION, words);
        // A caption or credit element is a block of its own, even a <span>: a credit is not part of the caption line.
        block |= captionWords;
        Stats s = stats(e);
        if (block) {
            flush(false);
            f |= BLOCK;
            if (!blockStack.isEmpty()) {
                stats(blockStack.peek()).hasBlockChild = true;
            }
            blockStack.push(e);
            if (tag.equals("p")) {
                s.paragraphs++;
            }
        }
        s.firstBlock = current != null ? current.index : blocks.size();
        if (tag.equals("a")) {
            f |= LINK;
            link++;
        }
        if (tag.equals("figcaption") || tag.equals("caption") && !insideTable(e) || captionWords) {
            f |= CAPTION;
            caption++;
        }
        if (tag.equals("time") || tag.equals("address") || cues.matches(Kind.BYLINE, words)) {
            f |= BYLINE;
            byline++;
        }
        if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) {
            f |= LIST;
            list++;
            s.listItems++;
        }
        if (tag.equals("blockquote")) {
            f |= QUOTE;
            quote++;
        }
        if (tag.equals("pre")) {
            f |= PRE;
            pre++;
        }
        if (tag.equals("td") || tag.equals("th")) {
            f |= CELL;
            cell++;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            f |= HEADING;
            headingLevels.push(tag.charAt(1) - '0');
        }
        flags.push(f);
        return true;
    }

    private void exit(Node node) {
        if (!(node instanceof Element e)) {
            return;
        }
        int f = flags.pop();
        if ((f & BLOCK) != 0) {
            flush(false);
            blockStack.pop();
        }
        Stats s = stats(e);
        s.endBlock = current != null && current.length() > 0 ? current.index + 1 : blocks.size();
        if ((f & LINK) != 0) {
            link--;
        }
        if ((f & CAPTION) != 0) {
            caption--;
        }
        if ((f & BYLINE) != 0) {
            byline--;
        }
        if ((f & LIST) != 0) {
            list--;
        }
        if ((f & QUOTE) != 0) {
            quote--;
        }
        if ((f & PRE) != 0) {
            pre--;
        }
        if ((f & CELL) != 0) {
            cell--;
        }
        if ((f & BOILER) != 0) {
            boiler--;
        }
        if ((f & HEADING) != 0) {
            headingLevels.pop();
        }
        Element parent = e.parent();
        if (parent != null) {
            Stats p = stats(parent);
            p.chars += s.chars;
            p.linkChars += s.linkChars;
            p.commas += s.commas;
            p.images += s.images;
            p.inputs += s.inputs;
            p.embeds += s.embeds;
            p.listItems += s.listItems;
            p.paragraphs += s.paragraphs;
            p.headingChars += s.headingChars;
        }
    }

    private void text(TextNode t) {
        if (current == null) {
            Element owner = blockStack.isEmpty() ? t.parent() : blockStack.peek();
            if (owner == null) {
                return;
            }
            current = new Block(blocks.size(), owner);
            normalizer = new TextNormalizer(current.text, null, null);
        }
        int before = current.length();
        normalizer.append(t, pre > 0);
        int added = current.length() - before;
        current.nodes.add(t);
        if (pre > 0) {
            current.preNodes.set(current.nodes.size() - 1);
        }
        if (added == 0) {
            return;
        }
        if (link > 0) {
            current.linkChars += added;
        }
        current.headingLevel = headingLevels.isEmpty() ? current.headingLevel : headingLevels.peek();
        current.caption |= caption > 0;
        current.byline |= byline > 0;
        current.listItem |= list > 0;
        current.quote |= quote > 0;
        current.cell |= cell > 0;
        current.boilerplate |= boiler > 0;
        Element parent = t.parent() != null ? t.parent() : current.owner;
        Stats s = stats(parent);
        s.chars += added;
        if (link > 0) {
            s.linkChars += added;
        }
        if (!headingLevels.isEmpty()) {
            s.headingChars += added;
        }
        for (int i = before; i < current.length(); i++) {
            char c = current.text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                s.commas++;
            }
        }
    }

    /** Ends the current block; {@code lineBreak} when a {@code <br>} ended it. */
    private void flush(boolean lineBreak) {
        if (current == null) {
            return;
        }
        if (current.length() > 0) {
            current.lineBreak = lineBreak;
            blocks.add(current);
        }
        current = null;
        normalizer = null;
    }

    /** A custom element (a name with a hyphen) that holds paragraphs is a block, as its children are. */
    private boolean isCustomBlock(Element e, String tag) {
        if (tag.indexOf('-') < 0) {
            return false;
        }
        for (Element c : e.children()) {
            if (cues.tagIs(Kind.BLOCK_TAG, c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideTable(Element e) {
        Element p = e.parent();
        return p != null && p.normalName().equals("table") && isDataTable(p);
    }

    static boolean isDataTable(Element table) {
        return table.hasAttr("summary") || table.selectFirst("> caption, > thead, th") != null;
    }

    HtmlCues.Attributes attributes(Element e) {
        return HtmlCues.attributes(e.attr("class"), e.attr("id"), e.attr("role"), e.attr("itemprop"));
    }

    /** {@code hidden}, {@code aria-hidden="true"}, or an inline style with display:none or visibility:hidden. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
