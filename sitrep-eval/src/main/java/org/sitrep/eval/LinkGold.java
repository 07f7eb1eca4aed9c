package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The team-built claim-linking gold set: groups of two or three short articles whose attributed claims are listed in
 * full and linked where a later claim supports, contradicts or elaborates an earlier one. One JSON object per line:
 * <pre>
 * {"group":"g001","split":"dev","kind":"deny",
 *  "articles":[{"id":"g001-a","outlet":"Reuters","published":"2026-03-02","title":"…","text":"…"}, …],
 *  "claims":[{"key":"a1","article":"g001-a","quote":"…","source":"…","stance":"claim"}, …],
 *  "links":[{"from":"b1","to":"a1","type":"contradicts"}, …]}
 * </pre>
 * A claim's quote must occur exactly once in its article's text; the reader turns it into character offsets. Every
 * attribution in every article is listed, so a predicted link between listed claims that is not gold is truly wrong.
 * Blank lines are skipped. Every bad line is reported, each as {@code file:line: reason}, in one exception.
 */
public record LinkGold(List<Group> groups) {
    /** The bundled set, on the classpath. */
    public static final String RESOURCE = "/org/sitrep/eval/links/claim-links.jsonl";
    /** The splits a group may belong to. */
    public static final Set<String> SPLITS = Set.of("dev", "test");
    /** The kinds of group: what the links in it mainly test. */
    public static final Set<String> KINDS = Set.of("deny", "support", "elaborate", "compete", "unrelated", "mixed");
    /** The stances a gold claim may have. */
    public static final Set<String> STANCES = Set.of("assert", "claim", "deny", "refute", "confirm", "warn", "promise", "accuse",
            "speculate", "question");
    /** The link types, lowercase. */
    public static final Set<String> TYPES = Set.of("supports", "contradicts", "elaborates");


    public LinkGold {
        groups = List.copyOf(groups);
    }

    /** One group of articles with its claims and links. */
    public record Group(String id, String split, String kind, List<GoldArticle> articles, List<GoldClaim> claims, List<GoldLink> links) {
        public Group {
            articles = List.copyOf(articles);
            claims = List.copyOf(claims);
            links = List.copyOf(links);
        }

        /** The article with this id, if the group has it. */
        public Optional<GoldArticle> article(String articleId) {
            return articles.stream().filter(a -> a.id().equals(articleId)).findFirst();
        }

        /** The claim with this key, if the group has it. */
        public Optional<GoldClaim> claim(String key) {
            return claims.stream().filter(c -> c.key().equals(key)).findFirst();
        }

        /** The text of a claim's quote. */
        public String quote(GoldClaim c) {
            return article(c.article()).orElseThrow().text().substring(c.start(), c.end());
        }
    }

    /** An article of a group. */
    public record GoldArticle(String id, String outlet, LocalDate published, String title, String text) {}

    /** An attributed claim: its quote is {@code text.substring(start, end)} of its article. */
    public record GoldClaim(String key, String article, int start, int end, String source, String stance) {}

    /** A link from a later claim to an earlier one. */
    public record GoldLink(String from, String to, String type) {}

    /** Reads a gold file. */
    public static LinkGold read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** The set bundled with Sitrep ({@value #RESOURCE}). */
    public static LinkGold bundled() {
        InputStream stream = LinkGold.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("claim-link gold set not on the classpath: " + RESOURCE);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return read(in, "claim-links.jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads gold lines; {@code name} names the source in messages.
     *
     * @throws IllegalArgumentException listing every bad line as {@code name:line: reason}
     */
    public static LinkGold read(BufferedReader in, String name) throws IOException {
        Set<String> groupIds = new HashSet<>();
        Set<String> articleIds = new HashSet<>();
        return new LinkGold(JsonLines.read(in, name, node -> {
            Group g = group(node);
            if (!groupIds.add(g.id())) {
                throw new JsonLines.Bad("duplicate group id '" + g.id() + "'");
            }
            for (GoldArticle a : g.articles()) {
                if (!articleIds.add(a.id())) {
                    throw new JsonLines.Bad("article id '" + a.id() + "' already used");
                }
            }
            return g;
        }));
    }

    /** The groups of one split ("dev" or "test"), or all of them for "all". */
    public List<Group> split(String split) {
        if (split.equals("all")) {
            return groups;
        }
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("split must be dev, test or all, not '" + split + "'");
        }
        return groups.stream().filter(g -> g.split().equals(split)).toList();
    }

    private static Group group(JsonNode node) throws JsonLines.Bad {
        if (!node.isObject()) {
            throw new JsonLines.Bad("not a JSON object");
        }
        String id = text(node, "group");
        String split = oneOf(node, "split", SPLITS);
        String kind = oneOf(node, "kind", KINDS);
        List<GoldArticle> articles = new ArrayList<>();
        Map<String, GoldArticle> byId = new HashMap<>();
        for (JsonNode a : array(node, "articles")) {
            GoldArticle article = new GoldArticle(text(a, "id"), text(a, "outlet"), date(a), text(a, "title"), text(a, "text"));
            if (byId.put(article.id(), article) != null) {
                throw new JsonLines.Bad("duplicate article id '" + article.id() + "'");
            }
            articles.add(article);
        }
        if (articles.isEmpty()) {
            throw new JsonLines.Bad("group '" + id + "' has no articles");
        }
        List<GoldClaim> claims = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode c : array(node, "claims")) {
            String key = text(c, "key");
            String articleId = text(c, "article");
            GoldArticle article = byId.get(articleId);
            if (article == null) {
                throw new JsonLines.Bad("claim '" + key + "': no article '" + articleId + "' in the group");
            }
            String quote = text(c, "quote");
            int at = article.text().indexOf(quote);
            if (at < 0) {
                throw new JsonLines.Bad("claim '" + key + "': quote not found in " + articleId + ": \"" + quote + "\"");
            }
            if (article.text().indexOf(quote, at + 1) >= 0) {
                throw new JsonLines.Bad("claim '" + key + "': quote occurs more than once in " + articleId + ": \"" + quote + "\"");
            }
            if (!keys.add(key)) {
                throw new JsonLines.Bad("duplicate claim key '" + key + "'");
            }
            claims.add(new GoldClaim(key, articleId, at, at + quote.length(), text(c, "source"), oneOf(c, "stance", STANCES)));
        }
        List<GoldLink> links = new ArrayList<>();
        for (JsonNode l : array(node, "links")) {
            GoldLink link = new GoldLink(text(l, "from"), text(l, "to"), oneOf(l, "type", TYPES));
            for (String end : List.of(link.from(), link.to())) {
                if (!keys.contains(end)) {
                    throw new JsonLines.Bad("link " + link.from() + "->" + link.to() + ": no claim '" + end + "'");
                }
            }
            if (link.from().equals(link.to())) {
                throw new JsonLines.Bad("link " + link.from() + "->" + link.to() + " joins a claim to itself");
            }
            links.add(link);
        }
        return new Group(id, split, kind, articles, claims, links);
    }

    private static String text(JsonNode node, String field) throws JsonLines.Bad {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new JsonLines.Bad("missing or empty \"" + field + "\"");
        }
        return v.asText();
    }

    private static String oneOf(JsonNode node, String field, Set<String> allowed) throws JsonLines.Bad {
        String v = text(node, field);
        if (!allowed.contains(v)) {
            throw new JsonLines.Bad("\"" + field + "\" must be one of " + new TreeSet<>(allowed) + ", not '" + v + "'");
        }
        return v;
    }

    private static LocalDate date(JsonNode node) throws JsonLines.Bad {
        String v = text(node, "published");
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new JsonLines.Bad("\"published\" is not a yyyy-mm-dd date: '" + v + "'");
        }
    }

    private static JsonNode array(JsonNode node, String field) throws JsonLines.Bad {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new JsonLines.Bad("missing array \"" + field + "\"");
        }
        for (JsonNode item : v) {
            if (!item.isObject()) {
                throw new JsonLines.Bad("\"" + field + "\" holds a non-object");
            }
        }
        return v;
    }

    /** A line's problem, turned into {@code file:line: reason} by the reader. */
}
