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
 */
public final class BbcSample {
    /** The topics, each a folder of the corpus. */
    public static final List<String> TOPICS = List.of("business", "entertainment", "politics", "sport", "tech");
    /** Sentences drawn per topic. */
    public static final int PER_TOPIC = 70;
    /** The seed of the draw. */
    public static final long SEED = 20240610L;
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
        if (args.length != 1) {
            System.err.println("usage: BbcSample <bbc corpus folder with business/ entertainment/ politics/ sport/ tech/>");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Drawn d : draw(Path.of(args[0]))) {
            ObjectNode n = json.createObjectNode();
            n.put("id", d.id()).put("file", d.file()).put("split", d.split()).put("sentence", d.sentence());
            n.putArray("events");
            n.putArray("figurative");
            out.println(json.writeValueAsString(n));
        }
    }

    /** The draw over a corpus folder. */
    public static List<Drawn> draw(Path corpus) throws IOException {
        Random random = new Random(SEED);
        List<Drawn> out = new ArrayList<>();
        for (String topic : TOPICS) {
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus.resolve(topic))) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            Set<Path> used = new HashSet<>();
            int n = 0;
            while (n < PER_TOPIC && used.size() < files.size()) {
                Path f = files.get(random.nextInt(files.size()));
                if (!used.add(f)) {
                    continue;
                }
                List<String> sentences = sentences(Files.readString(f, StandardCharsets.UTF_8)).stream()
                        .filter(x -> x.split(" ").length >= MIN_WORDS).toList();
                if (sentences.isEmpty()) {
                    continue;
                }
                String s = sentences.get(random.nextInt(sentences.size()));
                String id = topic.substring(0, 3) + "-" + String.format("%02d", n + 1);
                out.add(new Drawn(id, topic + "/" + f.getFileName(), n % 2 == 0 ? "dev" : "test", s));
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
