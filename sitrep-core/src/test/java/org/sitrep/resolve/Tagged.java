package org.sitrep.resolve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Place;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Annotated documents from one line, for resolve tests. Words are separated by spaces and joined by single spaces in
 * the text; {@code word/POS} gives a part of speech (else NNP when capitalised, the word itself for punctuation, NN
 * otherwise); {@code [PER Tony Blair]} marks a mention (PER, ORG, LOC, NAT, MISC), {@code [LOC@geonames:4197000 Georgia]}
 * one the places stage resolved to that place of the bundled gazetteer; a "." token ends a sentence.
 */
final class Tagged {
    private Tagged() {}

    static Document doc(String spec, LocalDate day) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<int[]> mentions = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        List<String> placeIds = new ArrayList<>();
        int open = -1;
        EntityType openType = null;
        String openPlace = null;
        String[] parts = spec.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            if (w.startsWith("[")) {
                int at = w.indexOf('@');
                openPlace = at > 0 ? w.substring(at + 1) : null;
                openType = switch (at > 0 ? w.substring(1, at) : w.substring(1)) {
                    case "PER" -> EntityType.PERSON;
                    case "ORG" -> EntityType.ORGANIZATION;
                    case "LOC" -> EntityType.LOCATION;
                    case "NAT" -> EntityType.NATIONALITY;
                    default -> EntityType.MISC;
                };
                open = text.length() + (text.length() > 0 ? 1 : 0);
                continue;
            }
            boolean close = w.endsWith("]");
            if (close) {
                w = w.substring(0, w.length() - 1);
            }
            int slash = w.lastIndexOf('/');
            String word = slash > 0 ? w.substring(0, slash) : w;
            String pos = slash > 0 ? w.substring(slash + 1) : defaultPos(word);
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(start, text.length(), word, pos, word.toLowerCase(), "O"));
            if (close) {
                mentions.add(new int[] {open, text.length()});
                types.add(openType);
                placeIds.add(openPlace);
            }
        }
        String t = text.toString();
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(".") || i == tokens.size() - 1) {
                sentences.add(new Sentence(Span.of(t, tokens.get(first).start(), tokens.get(i).end()), first, i + 1));
                first = i + 1;
            }
        }
        List<Mention> ms = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            String id = placeIds.get(i);
            ms.add(new Mention(Span.of(t, mentions.get(i)[0], mentions.get(i)[1]), types.get(i), null, id));
            if (id != null) {
                places.add(Gazetteer.bundled().byId(id).orElseThrow(() -> new IllegalArgumentException("no place " + id)).place());
            }
        }
        PublicationDate published = day == null ? PublicationDate.UNKNOWN : new PublicationDate(day, DateSource.GIVEN);
        Article a = new Article("t", "t", null, "", published, List.of(), List.of(), t, "en", OffsetMap.shifted(0, t.length()));
        return Document.of(a).withAnnotations(sentences, tokens, ms, List.of()).withPlaces(ms, places);
    }

    private static String defaultPos(String word) {
        char c = word.charAt(0);
        return Character.isUpperCase(c) ? "NNP" : Character.isLetterOrDigit(c) ? "NN" : word;
    }

    /** A dictionary from inline rows (tabs written as '|' would clash with aliases, so rows use real tabs). */
    static ActorDictionary actors(String... rows) {
        try {
            return ActorDictionary.of("test.tsv", new ByteArrayInputStream(String.join("\n", rows).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The actor id of the mention with exactly this text (the n-th when it occurs more than once, from 0). */
    static String actorOf(Document d, String text, int n) {
        List<Mention> found = d.entities().stream().filter(m -> m.span().text().equals(text)).toList();
        if (found.size() <= n) {
            throw new AssertionError("no mention '" + text + "' #" + n + " in " + d.entities());
        }
        return found.get(n).actor();
    }

    static String actorOf(Document d, String text) {
        return actorOf(d, text, 0);
    }
}
