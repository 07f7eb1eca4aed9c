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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The team-annotated precision set on ordinary news: sentences drawn by {@link BbcSample} from the five topics of the BBC
 * corpus, each with every PLOVER event it holds (most hold none) and every figurative or non-political use of an event
 * word. One JSON object per line:
 * <pre>
 * {"id":"pol-47","file":"politics/123.txt","split":"test","start":1042,"end":1140,"sha256":"3f0c…",
 *  "events":[{"type":"ACCUSE","trigger":"accusing","source":"Mr Fox","target":"the prime minister","context":"asserted"}],
 *  "figurative":[{"trigger":"hitting","figurative":true}]}
 * </pre>
 * The sentence is not copied into the set: it is the text at [{@code start}, {@code end}) of the corpus file (UTF-8
 * characters), white space collapsed, and the first 16 hex digits of its SHA-256 must match {@code sha256}, so a
 * different corpus is an error, not a silent mismatch. A hand-written line may give {@code "sentence"} instead (test
 * fixtures). Every trigger, source and target must occur in the sentence. The guidelines are in {@code docs/eval-bbc-events.md}.
 * Blank lines are skipped; every bad line is reported, each as {@code file:line: reason}, in one exception.
 */
public record BbcEventGold(List<Item> items) {
    /** The bundled set, on the classpath. */
    public static final String RESOURCE = "/org/sitrep/eval/events/bbc-events.jsonl";
    /** The 16 PLOVER 2021 event types. */
    public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    /** The contexts a gold event may have. */
    public static final Set<String> CONTEXTS = Set.of("asserted", "negated", "hypothetical", "future", "threatened", "failed", "historical");
    /** The splits a sentence may belong to; "dev2" is the second dev draw ({@link BbcSample#drawDev2}). */
    public static final Set<String> SPLITS = Set.of("dev", "dev2", "test");

    public BbcEventGold {
        items = List.copyOf(items);
    }

    /** One annotated sentence; {@code file} is relative to the corpus folder ("politics/001.txt"). */
    public record Item(String id, String file, String split, String sentence, List<GoldEvent> events, List<String> figurative) {
        public Item {
            events = List.copyOf(events);
            figurative = List.copyOf(figurative);
        }
    }

    /** A gold event; {@code source} and {@code target} are null when the sentence does not state them. */
    public record GoldEvent(String type, String trigger, String source, String target, String context) {}

    /** The text of a corpus file by its name relative to the corpus folder. */
    public interface Corpus {
        String text(String file) throws IOException;

        /** The files of the folder {@code dir}, read as UTF-8. */
        static Corpus folder(Path dir) {
            return file -> Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        }

        /** No corpus: every line must carry its sentence. */
        Corpus NONE = file -> {
            throw new IOException("no corpus given to read " + file + " from");
        };
    }

    /** Reads a gold file whose sentences are taken from {@code corpus}. */
    public static BbcEventGold read(Path file, Corpus corpus) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString(), corpus);
        }
    }

    /** The set bundled with Sitrep ({@value #RESOURCE}), its sentences read from {@code corpus}. */
    public static BbcEventGold bundled(Corpus corpus) {
        InputStream stream = BbcEventGold.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("BBC event gold set not on the classpath: " + RESOURCE);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return read(in, "bbc-events.jsonl", corpus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads gold lines that carry their sentences (no corpus). */
    public static BbcEventGold read(BufferedReader in, String name) throws IOException {
        return read(in, name, Corpus.NONE);
    }

    /**
     * Reads gold lines; {@code name} names the source in messages, {@code corpus} gives the sentences' text.
     *
     * @throws IllegalArgumentException listing every bad line as {@code name:line: reason}
     */
    public static BbcEventGold read(BufferedReader in, String name, Corpus corpus) throws IOException {
        Set<String> ids = new HashSet<>();
        return new BbcEventGold(JsonLines.read(in, name, node -> {
            Item item = item(node, corpus);
            if (!ids.add(item.id())) {
                throw new JsonLines.Bad("duplicate id '" + item.id() + "'");
            }
            return item;
        }));
    }

    /**
     * The sentences of one split: "dev" is both dev draws (dev and dev2), "dev2" the second alone, "test" the test
     * sentences, "all" every sentence.
     */
    public List<Item> split(String split) {
        if (split.equals("all")) {
            return items;
        }
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("split must be dev, dev2, test or all, not '" + split + "'");
        }
        if (split.equals("dev")) {
            return items.stream().filter(i -> i.split().equals("dev") || i.split().equals("dev2")).toList();
        }
        return items.stream().filter(i -> i.split().equals(split)).toList();
    }

    private static Item item(JsonNode node, Corpus corpus) throws JsonLines.Bad {
        if (!node.isObject()) {
            throw new JsonLines.Bad("not a JSON object");
        }
        String id = text(node, "id");
        String sentence = node.has("sentence") ? text(node, "sentence") : sentence(id, text(node, "file"), node, corpus);
        String split = text(node, "split");
        if (!SPLITS.contains(split)) {
            throw new JsonLines.Bad("'" + id + "': split must be dev, dev2 or test, not '" + split + "'");
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : array(node, "events")) {
            String type = text(e, "type");
            if (!TYPES.contains(type)) {
                throw new JsonLines.Bad("'" + id + "': unknown PLOVER type '" + type + "'");
            }
            String context = text(e, "context");
            if (!CONTEXTS.contains(context)) {
                throw new JsonLines.Bad("'" + id + "': unknown context '" + context + "' (one of " + String.join(", ", new java.util.TreeSet<>(CONTEXTS)) + ")");
            }
            events.add(new GoldEvent(type, inSentence(id, sentence, "trigger", text(e, "trigger")), optional(id, sentence, e, "source"),
                    optional(id, sentence, e, "target"), context));
        }
        List<String> figurative = new ArrayList<>();
        for (JsonNode f : array(node, "figurative")) {
            if (!f.path("figurative").asBoolean(false)) {
                throw new JsonLines.Bad("'" + id + "': a figurative entry needs \"figurative\":true");
            }
            figurative.add(inSentence(id, sentence, "figurative trigger", text(f, "trigger")));
        }
        return new Item(id, text(node, "file"), split, sentence, events, figurative);
    }

    /** The sentence at [start, end) of the corpus file, white space collapsed, checked against its hash. */
    private static String sentence(String id, String file, JsonNode node, Corpus corpus) throws JsonLines.Bad {
        JsonNode start = node.get("start");
        JsonNode end = node.get("end");
        if (start == null || end == null || !start.canConvertToInt() || !end.canConvertToInt() || start.asInt() < 0 || end.asInt() <= start.asInt()) {
            throw new JsonLines.Bad("'" + id + "': needs \"sentence\", or \"start\" < \"end\" offsets into its file");
        }
        String text;
        try {
            text = corpus.text(file);
        } catch (IOException e) {
            throw new JsonLines.Bad("'" + id + "': cannot read " + file + ": " + e.getMessage());
        }
        if (end.asInt() > text.length()) {
            throw new JsonLines.Bad("'" + id + "': offsets " + start.asInt() + "-" + end.asInt() + " lie beyond the end of " + file);
        }
        String sentence = String.join(" ", text.substring(start.asInt(), end.asInt()).strip().split("\\s+"));
        String sha = text(node, "sha256");
        if (!sha256(sentence).startsWith(sha)) {
            throw new JsonLines.Bad("'" + id + "': the text at " + start.asInt() + "-" + end.asInt() + " of " + file + " does not match its sha256 (another corpus?)");
        }
        return sentence;
    }

    static String sha256(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String optional(String id, String sentence, JsonNode node, String field) throws JsonLines.Bad {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new JsonLines.Bad("'" + id + "': field '" + field + "' must be a non-empty string when present");
        }
        return inSentence(id, sentence, field, v.asText());
    }

    private static String inSentence(String id, String sentence, String what, String words) throws JsonLines.Bad {
        if (!sentence.contains(words)) {
            throw new JsonLines.Bad("'" + id + "': " + what + " '" + words + "' not in the sentence");
        }
        return words;
    }

    private static String text(JsonNode node, String field) throws JsonLines.Bad {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new JsonLines.Bad("missing or empty string field '" + field + "'");
        }
        return v.asText();
    }

    private static List<JsonNode> array(JsonNode node, String field) throws JsonLines.Bad {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new JsonLines.Bad("missing array field '" + field + "'");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

}
