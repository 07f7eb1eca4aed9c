package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Article-date signals from offices held, through {@link RoleTerms}: a person written with a title before the name
 * ("caretaker Prime Minister Najib Mikati") held that office on the article date, so the article falls within the terms
 * the knowledge gives for it; a "then-" or "former" office holder ("then-Hezbollah chief Hassan Nasrallah") no longer
 * held it, so the article is no older than the end of that office (or, when the title names none of the person's roles,
 * of the earliest of them, provided all have ended). Nothing is said when the name is unknown or ambiguous, when no role
 * fits a current title, or when a "then-" office has not ended in the knowledge.
 */
final class RoleSignals {
    /** Bound strengths: a written "then-"/"former" outranks a current title when the two conflict. */
    static final int FORMER = 2;
    static final int CURRENT = 1;
    private static final int MAX_TITLE_TOKENS = 6;
    private static final Set<String> TITLE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ");
    private static final Set<String> PAST_PREFIXES = Set.of("then", "ex");

    private final RoleTerms roles;
    private final DateKernels kernels;

    RoleSignals(RoleTerms roles, DateKernels kernels) {
        this.roles = roles;
        this.kernels = kernels;
    }

    /** The title written before a name: its text without "then-"/"former", and whether it marks a past holder. */
    record Title(Span span, String words, boolean former) {}

    List<DateSignal> signals(String text, List<Sentence> sentences, List<Token> tokens, List<Mention> entities) {
        List<DateSignal> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention m : entities) {
            if (m.type() != EntityType.PERSON || m.span().text().strip().indexOf(' ') < 0) {
                continue;
            }
            Title title = title(text, sentences, tokens, m.span());
            if (title == null || !seen.add((m.span().text() + "|" + title.words() + "|" + title.former()).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<RoleTerms.Term> terms = roles.roles(m.span().text(), title.words());
            DateSignal s = title.former() ? former(text, title, m, terms) : current(text, title, m, terms);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private DateSignal former(String text, Title title, Mention m, List<RoleTerms.Term> terms) {
        List<RoleTerms.Term> fitting = terms.stream().filter(RoleTerms.Term::fits).toList();
        List<RoleTerms.Term> chosen = fitting.isEmpty() ? terms : fitting;
        if (chosen.isEmpty() || chosen.stream().anyMatch(t -> t.to() == null)) {
            return null;
        }
        RoleTerms.Term first = chosen.stream().min((a, b) -> a.to().compareTo(b.to())).orElseThrow();
        Span span = Span.of(text, title.span().start(), m.span().end());
        return DateSignal.bound(span, "'" + span.text() + "': " + first.role() + " until " + first.to() + ", so the article is no older",
                first.to(), null, FORMER);
    }

    private DateSignal current(String text, Title title, Mention m, List<RoleTerms.Term> terms) {
        List<RoleTerms.Term> fitting = terms.stream().filter(RoleTerms.Term::fits).toList();
        if (fitting.isEmpty()) {
            return null;
        }
        LocalDate from = fitting.stream().anyMatch(t -> t.from() == null) ? null
                : fitting.stream().map(RoleTerms.Term::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = fitting.stream().anyMatch(t -> t.to() == null) ? null
                : fitting.stream().map(RoleTerms.Term::to).max(LocalDate::compareTo).orElseThrow();
        if (from == null && to == null) {
            return null;
        }
        Span span = Span.of(text, title.span().start(), m.span().end());
        String termsText = fitting.stream().map(t -> t.role() + " " + (t.from() == null ? "" : t.from()) + ".." + (t.to() == null ? "" : t.to()))
                .collect(Collectors.joining(", "));
        DateKernels.Kernel k = kernels.get("ROLE", Tense.NONE);
        return DateSignal.bound(span, "'" + span.text() + "': " + termsText + ", so the article falls in " + (fitting.size() > 1 ? "one of those terms" : "that term"),
                from, to, CURRENT).withWeight(day -> fitting.stream().anyMatch(t -> held(t, day)) ? 0 : Math.log(k.floor()));
    }

    private static boolean held(RoleTerms.Term t, LocalDate day) {
        return (t.from() == null || !day.isBefore(t.from())) && (t.to() == null || !day.isAfter(t.to()));
    }

    /**
     * The title written just before a name in its sentence: the nouns, proper nouns and adjectives right before it
     * ("Lebanese caretaker Prime Minister", "US envoy"), at most {@value #MAX_TITLE_TOKENS} tokens; a word "former"
     * or "then-…"/"ex-…" among them, or "then" just before them, marks a past holder. Null when there is none.
     */
    static Title title(String text, List<Sentence> sentences, List<Token> tokens, Span name) {
        int[] range = ClueSignals.tokenRange(tokens, name);
        if (range == null) {
            return null;
        }
        int first = range[0];
        Sentence s = sentences.stream().filter(x -> x.firstToken() <= first && first < x.endToken()).findFirst().orElse(null);
        if (s == null) {
            return null;
        }
        int k = first - 1;
        boolean former = false;
        while (k >= s.firstToken() && first - k <= MAX_TITLE_TOKENS) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("former") || w.startsWith("then-") || w.startsWith("ex-")) {
                former = true;
            } else if (w.equals("-") && k - 1 >= s.firstToken() && PAST_PREFIXES.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
                // "then-Hezbollah chief" tokenised as then, -, Hezbollah, chief
                former = true;
                k--;
            } else if (!TITLE_TAGS.contains(t.pos()) || w.endsWith("'s")) {
                break;
            }
            k--;
        }
        int from = k + 1;
        if (from >= first) {
            return null;
        }
        if (k >= s.firstToken() && tokens.get(k).text().equalsIgnoreCase("then")) {
            former = true;
        }
        Span span = Span.of(text, tokens.get(from).start(), tokens.get(first - 1).end());
        String words = span.text().replaceAll("(?i)\\b(then|ex)-", "").replaceAll("(?i)\\bformer\\b", "").replaceAll("\\s+", " ").strip();
        return words.isEmpty() ? null : new Title(span, words, former);
    }
}
