package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Draws the sentences of the BBC precision set ({@link BbcEventGold}) reproducibly: for each topic, in a fixed order, a
 * seeded random article not drawn before, then one random sentence of its body (the title line is skipped) with at least
 * {@value #MIN_WORDS} words, until {@value #PER_TOPIC} sentences per topic are drawn. Sentences alternate dev and test
 * within a topic. Prints one JSON line per sentence with empty {@code events} and {@code figurative}, to be annotated
 * by hand:
 * <pre>java -cp sitrep-eval/target/classes:$(cat sitrep-cli/target/classpath.txt) org.sitrep.eval.BbcSample ../shared/eval/bbc-news/bbc</pre>
 * The second dev draw ({@value #DEV2_SPLIT}, {@value #DEV2_PER_TOPIC} per topic, seed {@value #DEV2_SEED}) skips every article
 * of the first and gives all its sentences to split {@value #DEV2_SPLIT}; {@code --dev2 GOLD} prints it:
 * <pre>… org.sitrep.eval.BbcSample ../shared/eval/bbc-news/bbc --dev2 sitrep-eval/src/main/resources/org/sitrep/eval/events/bbc-events.jsonl</pre>
 */
public final class BbcSample {
    /** The topics, each a folder of the corpus. */
    public static final List<String> TOPICS = List.of("business", "entertainment", "politics", "sport", "tech");
    /** Sentences drawn per topic. */
    public static final int PER_TOPIC = 70;
    /** The seed of the draw. */
    public static final long SEED = 20240610L;
    /** The seed of the second dev draw. */
    public static final long DEV2_SEED = 20261201L;
    /** Sentences per topic of the second dev draw. */
    public static final int DEV2_PER_TOPIC = 50;
    /** The split of the second dev draw's sentences. */
    public static final String DEV2_SPLIT = "dev2";
    /** The shortest sentence drawn, in words. */
    public static final int MIN_WORDS = 6;

    /** A sentence ends at . ! or ? (and a closing quote), before white space and a capital letter, digit or quote. */
    private static final Pattern END = Pattern.compile("(?<=[.!?][\"')]?)\\s+(?=[\"'A-Z0-9£$])");
    /** Abbreviations a sentence does not end at. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Lt|Col|Sgt|Rev|Jr|Sr|No|vs|v|Co|Inc|Ltd|Corp|U\\.S|U\\.K|[A-Z])\\.)$");

    private BbcSample() {}

    /** One drawn sentence. */
    public record Drawn(String id, String file, String split, String sentence) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--dev2"))) {
            System.err.println("usage: BbcSample <bbc corpus folder with business/ entertainment/ politics/ sport/ tech/> [--dev2 <gold file of the first draw>]");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Drawn> drawn;
        if (args.length == 3) {
            Set<String> skip = new HashSet<>();
            BbcEventGold.read(Path.of(args[2]), BbcEventGold.Corpus.folder(Path.of(args[0]))).items().forEach(i -> skip.add(i.file()));
            drawn = drawDev2(Path.of(args[0]), skip);
        } else {
            drawn = draw(Path.of(args[0]));
        }
        for (Drawn d : drawn) {
            ObjectNode n = json.createObjectNode();
            n.put("id", d.id()).put("file", d.file()).put("split", d.split());
            int[] at = locate(Files.readString(Path.of(args[0]).resolve(d.file()), StandardCharsets.UTF_8), d.sentence());
            n.put("start", at[0]).put("end", at[1]).put("sha256", BbcEventGold.sha256(d.sentence()).substring(0, 16));
            n.put("sentence", d.sentence()); // for the annotator only: dropped before the line is committed (docs/eval-bbc-events.md)
            n.putArray("events");
            n.putArray("figurative");
            out.println(json.writeValueAsString(n));
        }
    }

    /**
     * Where a white-space-normalised sentence stands in its article: [start, end) character offsets of its first and
     * last words, any run of white space between them.
     */
    public static int[] locate(String article, String sentence) {
        StringBuilder pattern = new StringBuilder();
        for (String w : sentence.strip().split("\\s+")) {
            pattern.append(pattern.length() == 0 ? "" : "\\s+").append(java.util.regex.Pattern.quote(w));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern.toString()).matcher(article);
        if (!m.find()) {
            throw new IllegalArgumentException("sentence not in its article: " + sentence);
        }
        return new int[] {m.start(), m.end()};
    }

    /** The draw over a corpus folder. */
    public static List<Drawn> draw(Path corpus) throws IOException {
        return draw(corpus, SEED, PER_TOPIC, Set.of(), "", null);
    }

    /**
     * The second dev draw: {@value #DEV2_PER_TOPIC} sentences per topic with seed {@value #DEV2_SEED}, none from an article
     * in {@code skip} (files relative to the corpus, "politics/001.txt"), all in split {@value #DEV2_SPLIT}, ids "bus2-01".
     */
    public static List<Drawn> drawDev2(Path corpus, Set<String> skip) throws IOException {
        return draw(corpus, DEV2_SEED, DEV2_PER_TOPIC, skip, "2", DEV2_SPLIT);
    }

    /**
     * A draw: {@code perTopic} sentences per topic from articles not in {@code skip}; ids are the topic's first three
     * letters, {@code idSuffix}, "-" and the number; all in {@code split}, or alternating dev and test when it is null.
     */
    public static List<Drawn> draw(Path corpus, long seed, int perTopic, Set<String> skip, String idSuffix, String split) throws IOException {
        Random random = new Random(seed);
        List<Drawn> out = new ArrayList<>();
        for (String topic : TOPICS) {
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus.resolve(topic))) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            Set<Path> used = new HashSet<>();
            int n = 0;
            while (n < perTopic && used.size() < files.size()) {
                Path f = files.get(random.nextInt(files.size()));
                if (!used.add(f) || skip.contains(topic + "/" + f.getFileName())) {
                    continue;
                }
                List<String> sentences = sentences(Files.readString(f, StandardCharsets.UTF_8)).stream()
                        .filter(x -> x.split(" ").length >= MIN_WORDS).toList();
                if (sentences.isEmpty()) {
                    continue;
                }
                String s = sentences.get(random.nextInt(sentences.size()));
                String id = topic.substring(0, 3) + idSuffix + "-" + String.format("%02d", n + 1);
                String in = split != null ? split : n % 2 == 0 ? "dev" : "test";
                out.add(new Drawn(id, topic + "/" + f.getFileName(), in, s));
                n++;
            }
        }
        return out;
    }

    /** The body sentences of an article: the first line (the title) is skipped, each paragraph split, white space normalised. */
    public static List<String> sentences(String article) {
        String body = article.contains("\n") ? article.substring(article.indexOf('\n') + 1) : "";
        List<String> out = new ArrayList<>();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            String p = normalise(paragraph);
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = END.matcher(p);
            int start = 0;
            while (m.find()) {
                if (ABBREVIATION.matcher(p.substring(start, m.start())).find()) {
                    continue;
                }
                out.add(p.substring(start, m.start()));
                start = m.end();
            }
            out.add(p.substring(start));
        }
        return out;
    }

    /** Runs of white space as one space, trimmed. */
    public static String normalise(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
