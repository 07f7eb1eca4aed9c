package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CoNLL-2003 column files (word POS chunk NER; IOB1 or IOB2) into documents split at -DOCSTART-. */
public final class ConllReader {
    private ConllReader() {}

    public static List<ConllDocument> read(Path file) throws IOException {
        List<ConllDocument> docs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Boolean> sentenceStarts = new ArrayList<>();
        boolean newSentence = true;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("-DOCSTART-")) {
                if (!words.isEmpty()) {
                    docs.add(build(words, tags, sentenceStarts));
                }
                words.clear();
                tags.clear();
                sentenceStarts.clear();
                newSentence = true;
                continue;
            }
            if (line.isBlank()) {
                newSentence = true;
                continue;
            }
            String[] cols = line.split(" ");
            words.add(cols[0]);
            tags.add(cols[cols.length - 1]);
            sentenceStarts.add(newSentence);
            newSentence = false;
        }
        if (!words.isEmpty()) {
            docs.add(build(words, tags, sentenceStarts));
        }
        return docs;
    }

    private static ConllDocument build(List<String> words, List<String> tags, List<Boolean> sentenceStarts) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                text.append(sentenceStarts.get(i) ? '\n' : ' ');
            }
            starts[i] = text.length();
            text.append(words.get(i));
            ends[i] = text.length();
        }
        return new ConllDocument(text.toString(), starts, ends, entities(tags, sentenceStarts));
    }

    /** conlleval's chunking: an entity starts at B-, at a type change, or after O or a sentence break. */
    static List<ConllDocument.Entity> entities(List<String> tags, List<Boolean> sentenceStarts) {
        List<ConllDocument.Entity> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean boundary = i == tags.size() || sentenceStarts.get(i);
            String t = tag.equals("O") ? null : tag.substring(2);
            boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type) || boundary);
            if (type != null && (t == null || begins)) {
                out.add(new ConllDocument.Entity(start, i - 1, type));
                type = null;
            }
            if (t != null && (type == null || begins)) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
