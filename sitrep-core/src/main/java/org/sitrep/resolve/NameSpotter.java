package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Known actor names the tagger missed or mistyped: "Nujaba" tagged as a place that geocodes nowhere, "Kataib Sayyid
 * al-Shuhada" tagged MISC, a name the tagger split in two. Each capitalised token that starts some known name is tried
 * with the following tokens, longest first, against the dictionary's key index: a handful of hash lookups per name-like
 * token, whatever the dictionary's size. States are left to the places stage.
 */
final class NameSpotter {
    private NameSpotter() {}

    /** {@code mentions} with the known names found added, retyped or merged; sorted by span. */
    static List<Mention> spot(Document doc, List<Mention> mentions, ActorDictionary dictionary) {
        List<Mention> out = new ArrayList<>(mentions);
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = doc.tokens(s);
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (!startsName(t.text())) {
                    continue;
                }
                String firstKey = Names.key(t.text());
                int space = firstKey.indexOf(' ');
                if (firstKey.isEmpty() || !dictionary.startsName(space < 0 ? firstKey : firstKey.substring(0, space))) {
                    continue;
                }
                // Longest first; a name's words may be more tokens than words ("al-Shuhada" can be three).
                int longest = -1;
                List<ActorDictionary.Entry> found = List.of();
                for (int n = 1; i + n <= toks.size(); n++) {
                    Token last = toks.get(i + n - 1);
                    String key = Names.key(text.substring(t.start(), last.end()));
                    if (key.split(" ").length > dictionary.longestName()) {
                        break;
                    }
                    if (!startsName(last.text())) {
                        continue;
                    }
                    List<ActorDictionary.Entry> known = dictionary.byKey(key);
                    if (known.isEmpty() || known.get(0).type() == ActorType.COUNTRY) {
                        continue;
                    }
                    String written = text.substring(t.start(), last.end());
                    if (dictionary.isAcronymKey(key) && !written.equals(written.toUpperCase(java.util.Locale.ROOT))) {
                        continue; // "IS" is the group, "Is" and "is" are not
                    }
                    longest = n;
                    found = known;
                }
                if (longest > 0) {
                    Span span = Span.of(text, t.start(), toks.get(i + longest - 1).end());
                    EntityType type = found.get(0).type() == ActorType.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
                    if (apply(out, span, type, longest == 1, i == 0)) {
                        i += longest - 1;
                    }
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static boolean startsName(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c)
                || token.length() > 3 && (token.startsWith("al-") || token.startsWith("el-")) && Character.isUpperCase(token.charAt(3));
    }

    /**
     * Puts a found name into the mentions: a new mention where the tagger saw nothing (not for one word at the start
     * of a sentence, nor for a person's one-word name: those need the tagger to agree); the right type for a mention of exactly this span that is no
     * geocoded place; one mention for tagger pieces it covers; the name itself inside a longer MISC mention.
     */
    private static boolean apply(List<Mention> out, Span span, EntityType type, boolean oneWord, boolean sentenceStart) {
        List<Mention> overlapping = out.stream().filter(m -> m.span().overlaps(span)).toList();
        if (overlapping.isEmpty()) {
            if (oneWord && (sentenceStart || type == EntityType.PERSON)) {
                return false;
            }
            out.add(new Mention(span, type, null, null));
            return true;
        }
        if (overlapping.stream().anyMatch(m -> m.place() != null)) {
            return false;
        }
        if (overlapping.size() == 1 && overlapping.get(0).span().equals(span)) {
            Mention m = overlapping.get(0);
            if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) {
                out.set(out.indexOf(m), new Mention(span, type, null, null));
            }
            return true;
        }
        if (overlapping.stream().allMatch(m -> span.contains(m.span()))) {
            out.removeAll(overlapping);
            out.add(new Mention(span, type, null, null));
            return true;
        }
        if (overlapping.size() == 1 && overlapping.get(0).type() == EntityType.MISC && overlapping.get(0).span().contains(span)) {
            out.remove(overlapping.get(0));
            out.add(new Mention(span, type, null, null));
            return true;
        }
        return false;
    }
}
