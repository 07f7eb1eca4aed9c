package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * A country and an agent noun written together, which make an actor of that country's sector ({@link Agents}):
 * <ul>
 *   <li>before: "Israeli soldiers", "the Sudanese government", "US troops", "Iraqi riot police", "Israel's army" —
 *       a country mention, an optional possessive, at most two adjectives, then the agent phrase, which must end the
 *       noun phrase ("Iraqi police station" is a station);</li>
 *   <li>after: "soldiers from Israel", "the government of Sudan", "rebels in Darfur" — the agent phrase, then "of" or
 *       "from", or "in", "across", "throughout" when the sector says where an agent is also whose it is (police and
 *       rebels in Darfur are Sudanese, troops in Iraq need not be Iraqi), an optional "the", then a country mention
 *       that ends the noun phrase ("victims of the Asian tsunami" are not Asia's). The mention found spans the agent
 *       words only, as "the president" of "the president of Iraq" does.</li>
 * </ul>
 * A country mention is one that resolved to a state, or a place whose country is known ("Baghdad police"). Words
 * inside a person or organisation mention never form an agent phrase here: "Israeli Prime Minister Benjamin
 * Netanyahu" is Netanyahu, and "the Iraqi Army" as the tagger marks it is read by {@link #ofName}.
 */
final class AgentPhrases {
    private static final Set<String> OWNING = Set.of("of", "from");
    private static final Set<String> LOCATING = Set.of("in", "across", "throughout");
    private static final int MAX_ADJECTIVES = 2;
    private static final int MAX_COUNTRY_WORDS = 3;

    /**
     * An agent phrase found.
     *
     * @param span    the mention: from the country mention to the agent's last word, or the agent words alone
     * @param country the country's alpha-3 code
     * @param code    the agent code ({@code ~MIL})
     * @param written the whole phrase as written, country included ("soldiers from Israel"), for the actor's aliases
     */
    record Found(Span span, String country, String code, String written) {}

    /** A country and an agent code read from a name the tagger marked. */
    record Named(String country, String code) {}

    private AgentPhrases() {}

    /**
     * The agent phrases of a document. {@code mentions} are the article's mentions; {@code times} its temporal
     * expressions ("a top U.S. official today praised": "today" does not continue the noun phrase); {@code countryOf}
     * gives a mention's country (alpha-3) or null.
     */
    static List<Found> find(String text, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions, List<Span> times,
                            Function<Mention, String> countryOf, Agents agents) {
        int n = tokens.size();
        Map<Integer, Integer> byStart = new HashMap<>();
        Map<Integer, Integer> byEnd = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byStart.put(tokens.get(i).start(), i);
            byEnd.put(tokens.get(i).end(), i);
        }
        int[] countryEnd = new int[n];  // for a token that starts a country mention: the token after it, else -1
        String[] country = new String[n];
        boolean[] named = new boolean[n]; // inside a person or organisation mention
        boolean[] inMention = new boolean[n];
        boolean[] time = new boolean[n];
        Arrays.fill(countryEnd, -1);
        for (Span tm : times) {
            for (int i = firstAtOrAfter(tokens, tm.start()); i < n && tokens.get(i).end() <= tm.end(); i++) {
                time[i] = true;
            }
        }
        for (Mention m : mentions) {
            Integer first = byStart.get(m.span().start());
            Integer last = byEnd.get(m.span().end());
            if (first == null || last == null || last < first) {
                continue;
            }
            boolean name = m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION;
            for (int t = first; t <= last; t++) {
                named[t] |= name;
                inMention[t] = true;
            }
            String c = name ? null : countryOf.apply(m);
            if (c != null && countryEnd[first] < 0) {
                countryEnd[first] = last + 1;
                country[first] = c;
            }
        }
        List<Found> out = new ArrayList<>();
        for (Sentence s : sentences) {
            int end = Math.min(s.endToken(), n);
            for (int t = s.firstToken(); t < end; t++) {
                if (countryEnd[t] >= 0) {
                    Optional<Found> f = before(text, tokens, t, end, countryEnd, country, named, time, agents);
                    if (f.isPresent()) {
                        out.add(f.get());
                        t = byEnd.get(f.get().span().end());
                        continue;
                    }
                }
                if (!inMention[t] && (t == s.firstToken() || !joinsBefore(tokens.get(t - 1)) && !inMention[t - 1] && !time[t - 1])) {
                    Optional<Agents.Match> m = agents.longest(tokens, t, end);
                    if (m.isPresent() && none(inMention, t, m.get().to())) {
                        Optional<Found> f = after(text, tokens, m.get(), end, countryEnd, country, agents);
                        f.ifPresent(out::add);
                        t = m.get().to() - 1;
                    }
                }
            }
        }
        return out;
    }

    /** "Israeli soldiers", "Israel's army": a country mention at {@code t}, then the agent phrase. */
    private static Optional<Found> before(String text, List<Token> tokens, int t, int end, int[] countryEnd, String[] country,
                                          boolean[] named, boolean[] time, Agents agents) {
        int j = countryEnd[t];
        if (j < end && isPossessive(tokens.get(j))) {
            j++;
        }
        for (int k = j; k < end && k <= j + MAX_ADJECTIVES; k++) {
            if (named[k] || countryEnd[k] >= 0) {
                return Optional.empty();
            }
            Optional<Agents.Match> m = agents.longest(tokens, k, end);
            if (m.isPresent()) {
                int to = m.get().to();
                if (!none(named, k, to) || to < end && tokens.get(to).pos().startsWith("NN") && !time[to]) {
                    return Optional.empty(); // "Iraqi police station": the agent noun is no head here
                }
                Span span = Span.of(text, tokens.get(t).start(), tokens.get(to - 1).end());
                return Optional.of(new Found(span, country[t], m.get().code(), span.text()));
            }
            if (!isAdjective(tokens.get(k))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "soldiers from Israel", "rebels in Darfur": the agent phrase {@code m}, a preposition, then a country mention. */
    private static Optional<Found> after(String text, List<Token> tokens, Agents.Match m, int end, int[] countryEnd, String[] country,
                                         Agents agents) {
        int p = m.to();
        if (p >= end) {
            return Optional.empty();
        }
        String prep = tokens.get(p).text().toLowerCase(Locale.ROOT);
        if (!OWNING.contains(prep) && !(LOCATING.contains(prep) && agents.placedIn(m.code()))) {
            return Optional.empty();
        }
        int q = p + 1;
        if (q < end && tokens.get(q).text().equalsIgnoreCase("the")) {
            q++;
        }
        if (q >= end || countryEnd[q] < 0) {
            return Optional.empty();
        }
        int after = countryEnd[q];
        if (after < end && (tokens.get(after).pos().startsWith("NN") || isPossessive(tokens.get(after)))) {
            return Optional.empty(); // "victims of the Asian tsunami": the country mention is no head
        }
        Span span = Span.of(text, tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
        String written = text.substring(span.start(), tokens.get(after - 1).end());
        return Optional.of(new Found(span, country[q], m.code(), written));
    }

    /**
     * A name the tagger marked that is a country and an agent phrase: "the Iraqi Army", "US Marines", "Israel's
     * army". {@code countryOfWords} gives the country of a demonym or country name. Empty for any other name.
     */
    static Optional<Named> ofName(String written, Function<String, Optional<String>> countryOfWords, Agents agents) {
        String[] words = written.strip().replaceFirst("^(?i)the\\s+", "").replaceAll("['’]s$", "").split("\\s+");
        for (int k = Math.min(MAX_COUNTRY_WORDS, words.length - 1); k >= 1; k--) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, k)).replaceAll("['’]s$", "");
            Optional<String> c = countryOfWords.apply(head);
            if (c.isPresent()) {
                Optional<String> code = agents.code(String.join(" ", Arrays.copyOfRange(words, k, words.length)));
                return code.map(x -> new Named(c.get(), x));
            }
        }
        return Optional.empty();
    }

    /** The first token starting at or after {@code offset} (binary search; tokens are in text order). */
    private static int firstAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean none(boolean[] flags, int from, int to) {
        for (int i = from; i < to; i++) {
            if (flags[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word before an agent noun that makes the phrase something else: a name ("Hamas rebels", "UN officials") or a
     * possessive ("Israel's army" is read from the country). A common noun does not ("university students").
     */
    private static boolean joinsBefore(Token t) {
        return t.pos().startsWith("NNP") || isPossessive(t);
    }

    private static boolean isPossessive(Token t) {
        return t.pos().equals("POS") || t.text().equals("'s") || t.text().equals("’s");
    }

    private static boolean isAdjective(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("VBN");
    }
}
