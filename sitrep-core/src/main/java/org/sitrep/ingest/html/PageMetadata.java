package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.sitrep.ingest.DateParser;
import org.sitrep.internal.Tsv;

/**
 * Reads a page's metadata following the rules of {@code html-meta.tsv}: for each field, the sources in order of
 * preference (meta tags, the JSON-LD article object, microdata, {@code <time>}, the canonical link, a date in the URL,
 * the headline tags, the {@code lang} attribute). For a date, the first source whose value reads as a date wins; when
 * none reads, the first value is kept without a day.
 */
final class PageMetadata {
    /** One rule: where to look for a field. */
    record Rule(String field, String source, String name) {}

    /** What was found. */
    record Meta(String title, String byline, PageDate published, PageDate modified, String canonical, String outlet,
                String language, List<String> warnings) {}

    private static final List<Rule> RULES = Tsv.bundled(PageMetadata.class, "html-meta.tsv", in -> {
        List<Rule> rules = new ArrayList<>();
        for (Tsv.Row row : Tsv.read("html-meta.tsv", in)) {
            String[] c = row.padded(3);
            if (c[1] == null || c[2] == null) {
                throw new IllegalStateException(row.where() + "expected field, source and name");
            }
            rules.add(new Rule(c[0].strip(), c[1].strip(), c[2].strip()));
        }
        return List.copyOf(rules);
    });
    /** /2024/09/27/, /2024-09-27, /2024/sep/27/, /20240927/ or -20240927/ in a URL path. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2]|[A-Za-z]{3,9})[/-](0?[1-9]|[12]\\d|3[01])(?=[/._-]|$)"
                    + "|[/-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=/|$|\\.html?)");
    /** Dates inside a longer value ("Fri 6:45 PM, Feb 16, 2018"), tried when the whole value does not read. */
    private static final Pattern DATE_INSIDE = Pattern.compile(
            "\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|[A-Za-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9}\\.?,?\\s+\\d{4}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_JSON_NODES = 20_000;

    private final Document doc;
    private final String url;
    private final Map<String, String> metas = new HashMap<>();
    private final List<JsonNode> articles = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private PageMetadata(Document doc, String url) {
        this.doc = doc;
        this.url = url;
    }

    static Meta read(Document doc, String url) {
        PageMetadata m = new PageMetadata(doc, url);
        m.collectMetas();
        m.collectJsonLd();
        return new Meta(m.text("title"), byline(m.text("byline")), m.date("published"), m.date("modified"), m.canonical(),
                m.text("outlet"), language(m.text("language")), m.warnings);
    }

    private void collectMetas() {
        for (Element meta : doc.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    metas.putIfAbsent(k, content);
                }
            }
        }
    }

    /** The JSON-LD objects, article types first (…Article, …Posting, ReportageNews), then web pages. */
    private void collectJsonLd() {
        List<JsonNode> pages = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.startsWith("<!--")) {
                json = json.substring(4);
            }
            if (json.endsWith("-->")) {
                json = json.substring(0, json.length() - 3);
            }
            if (json.isBlank()) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (Exception e) {
                warnings.add("unreadable JSON-LD block: " + firstLine(e.getMessage()));
                continue;
            }
            Deque<JsonNode> stack = new ArrayDeque<>();
            stack.push(root);
            int seen = 0;
            while (!stack.isEmpty() && seen++ < MAX_JSON_NODES) {
                JsonNode n = stack.pop();
                if (n.isArray()) {
                    for (int i = n.size() - 1; i >= 0; i--) {
                        stack.push(n.get(i));
                    }
                } else if (n.isObject()) {
                    String type = types(n.get("@type"));
                    if (type.matches("(?s).*(Article|Posting|ReportageNews)\\b.*")) {
                        articles.add(n);
                    } else if (type.contains("WebPage")) {
                        pages.add(n);
                    }
                    JsonNode graph = n.get("@graph");
                    if (graph != null) {
                        stack.push(graph);
                    }
                    JsonNode main = n.get("mainEntity");
                    if (main != null && main.isObject()) {
                        stack.push(main);
                    }
                }
            }
        }
        articles.addAll(pages);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String types(JsonNode t) {
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            StringBuilder sb = new StringBuilder();
            t.forEach(x -> sb.append(x.asText()).append(' '));
            return sb.toString();
        }
        return t.asText();
    }

    /** The value of one rule, with where it came from, or null; sources are read only when asked (lazily). */
    private String[] value(Rule r) {
        String v = switch (r.source()) {
            case "meta" -> metas.get(r.name().toLowerCase(Locale.ROOT));
            case "jsonld" -> jsonld(r.name());
            case "itemprop" -> itemprop(r.name());
            case "time" -> time(r.name());
            case "cue" -> cue(r.name());
            case "link" -> link(r.name());
            case "url" -> urlDate();
            case "tag" -> tag(r.name());
            case "html" -> doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr(r.name());
            default -> throw new IllegalStateException("html-meta.tsv: unknown source '" + r.source() + "'");
        };
        if (v == null || v.isBlank() || v.startsWith("{")) {
            return null;
        }
        return new String[] {v.strip().replaceAll("\\s+", " "), r.source() + " " + r.name()};
    }

    /** The first value the rules of {@code field} give. */
    private String text(String field) {
        for (Rule r : RULES) {
            if (r.field().equals(field)) {
                String[] v = value(r);
                if (v != null) {
                    return v[0];
                }
            }
        }
        return null;
    }

    /** The first value that reads as a day; when none does, the first value without a day. */
    private PageDate date(String field) {
        String[] first = null;
        for (Rule r : RULES) {
            if (!r.field().equals(field)) {
                continue;
            }
            String[] v = value(r);
            if (v == null) {
                continue;
            }
            Optional<LocalDate> d = day(v[0]);
            if (d.isPresent()) {
                return new PageDate(v[0], v[1], d.get());
            }
            first = first == null ? v : first;
        }
        return first == null ? null : new PageDate(first[0], first[1], null);
    }

    /** The day a value states: the whole value, else the first date written inside it, else a URL date (2019/nov/18). */
    static Optional<LocalDate> day(String value) {
        Optional<LocalDate> d = DateParser.parse(value);
        if (d.isPresent()) {
            return d;
        }
        Matcher m = DATE_INSIDE.matcher(value);
        while (m.find()) {
            d = DateParser.parse(m.group());
            if (d.isPresent()) {
                return d;
            }
        }
        String[] parts = value.split("/");
        if (parts.length == 3 && parts[1].chars().allMatch(Character::isLetter)) {
            return DateParser.parse(parts[1] + " " + parts[2] + " " + parts[0]);
        }
        return Optional.empty();
    }

    private String canonical() {
        String c = text("canonical");
        return c != null ? c : url;
    }

    private String jsonld(String name) {
        for (JsonNode a : articles) {
            JsonNode v = a.get(name);
            String s = jsonText(v);
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    /** A string, an object's name (an author, a publisher), or the names of a list joined with ", ". */
    private static String jsonText(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            return v.asText();
        }
        if (v.isObject()) {
            JsonNode name = v.has("name") ? v.get("name") : v.get("@value");
            return name == null || !name.isValueNode() ? null : name.asText();
        }
        if (v.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode x : v) {
                String s = jsonText(x);
                if (s != null && !s.isBlank() && !names.contains(s)) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private String itemprop(String name) {
        Element e = doc.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return null;
        }
        for (String attr : new String[] {"content", "datetime"}) {
            if (e.hasAttr(attr)) {
                return e.attr(attr);
            }
        }
        Element nameEl = e.selectFirst("[itemprop=name]");
        return nameEl != null ? nameEl.text() : e.text().length() <= 120 ? e.text() : null;
    }

    private String cue(String kind) {
        HtmlCues.Kind k = HtmlCues.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        Element root = doc.body() != null ? doc.body() : doc;
        for (Element e : root.getAllElements()) {
            if (e.attributesSize() == 0 || e == root) {
                continue;
            }
            if (HtmlCues.bundled().matches(k, HtmlCues.attributes(e.attr("class"), e.attr("id"), e.attr("role"), e.attr("itemprop")))) {
                String text = shortText(e, 200);
                if (text != null && day(text).isPresent()) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The element's text with spaces collapsed, or null when it is longer than {@code max} (read no further). */
    static String shortText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        Node node = e;
        while (node != null) {
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText()).append(' ');
                if (sb.length() > max * 4) {
                    return null;
                }
            }
            if (node.childNodeSize() > 0 && !(node instanceof Element x && (x.normalName().equals("script") || x.normalName().equals("style")))) {
                node = node.childNode(0);
                continue;
            }
            while (node != e && node.nextSibling() == null) {
                node = node.parentNode();
            }
            if (node == e) {
                break;
            }
            node = node.nextSibling();
        }
        String text = sb.toString().strip().replaceAll("\\s+", " ");
        return text.length() <= max ? text : null;
    }

    private String time(String name) {
        Element e = name.equals("any") ? doc.selectFirst("time") : doc.selectFirst("time[" + name + "]");
        if (e == null) {
            return null;
        }
        return e.hasAttr("datetime") ? e.attr("datetime") : e.text();
    }

    private String link(String rel) {
        Element e = doc.selectFirst("link[rel=" + rel + "][href]");
        if (e == null) {
            return null;
        }
        String abs = e.absUrl("href");
        return abs.isEmpty() ? e.attr("href") : abs;
    }

    private String urlDate() {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) + "/" + m.group(2) + "/" + m.group(3) : m.group(4) + "/" + m.group(5) + "/" + m.group(6);
    }

    private String tag(String name) {
        Element e = doc.selectFirst(name);
        return e == null ? null : e.text();
    }

    /** "By Jane Doe and John Roe" → "Jane Doe and John Roe"; an address (a profile URL) is not a byline. */
    static String byline(String raw) {
        if (raw == null) {
            return null;
        }
        String b = raw.strip().replaceFirst("(?i)^by\\s+", "");
        if (b.isEmpty() || b.startsWith("http://") || b.startsWith("https://") || b.length() > 200) {
            return null;
        }
        return b;
    }

    /** "en_US" → "en-US". */
    static String language(String raw) {
        if (raw == null) {
            return null;
        }
        String l = raw.strip().replace('_', '-');
        int comma = l.indexOf(',');
        return comma > 0 ? l.substring(0, comma).strip() : l.isEmpty() ? null : l;
    }
}
