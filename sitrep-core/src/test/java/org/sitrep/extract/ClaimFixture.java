package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Tagged documents for claims tests, from one line: {@code word/POS/lemma} (lemma defaults to the word in lower case,
 * POS to NNP when capitalised, else NN; punctuation to itself), joined by single spaces; a "." token ends a sentence.
 * {@code [PERSON:person:mark-oaten Mark Oaten]} marks a mention resolved to an actor of that type (ActorType name) and
 * id, named by the words inside.
 */
final class ClaimFixture {
    private ClaimFixture() {}

    static Document doc(String spec) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        int open = -1;
        String openType = null;
        String openId = null;
        for (String w : spec.trim().split("\\s+")) {
            if (w.startsWith("[")) {
                String[] head = w.substring(1).split(":", 2);
                openType = head[0];
                openId = head[1];
                open = text.length() + (text.length() > 0 ? 1 : 0);
                continue;
            }
            boolean close = w.endsWith("]") && w.length() > 1;
            if (close) {
                w = w.substring(0, w.length() - 1);
            }
            String[] p = w.split("/");
            String word = p[0];
            String pos = p.length > 1 ? p[1] : Character.isUpperCase(word.charAt(0)) ? "NNP" : Character.isLetterOrDigit(word.charAt(0)) ? "NN" : word;
            String lemma = p.length > 2 ? p[2] : word.toLowerCase();
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(start, text.length(), word, pos, lemma, "O"));
            if (close) {
                String t = text.toString();
                Span span = Span.of(t, open, text.length());
                ActorType type = ActorType.valueOf(openType);
                EntityType entity = type == ActorType.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
                mentions.add(new Mention(span, entity, openId, null));
                String id = openId;
                if (actors.stream().noneMatch(a -> a.id().equals(id))) {
                    actors.add(new Actor(openId, span.text(), type, List.of(span.text()), List.of(), null, null));
                }
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
        Article a = new Article("t", "t", null, "", PublicationDate.UNKNOWN, List.of(), List.of(), t, "en", OffsetMap.shifted(0, t.length()));
        return Document.of(a).withAnnotations(sentences, tokens, mentions, List.of()).withActors(mentions, actors);
    }

    /** The claims the rules find in {@code spec} (the rule classes' tests; the tagger is tested on its own). */
    static List<Claim> claims(String spec) {
        return ClaimExtractor.rulesOnly().apply(doc(spec)).claims();
    }

    /** The claims the whole claims stage finds in {@code spec}: the rules and the bundled attribution tagger. */
    static List<Claim> allClaims(String spec) {
        return new ClaimExtractor().apply(doc(spec)).claims();
    }
}
