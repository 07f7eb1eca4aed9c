package org.sitrep.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Sitrep's temporal tagger: finds TIMEX3 expressions with the rules of {@link TimexRules} over an article's tokens and
 * normalises each against the article date, the tense of its clause and the last date mentioned before it. Rules and
 * words are data ({@code timex-rules.tsv}, {@code timex-lexicon.tsv}); this class holds the mechanism. Thread-safe.
 */
public final class TimexTagger {
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    /** Verbs that put what follows them ("planned to leave on Thursday", "to be held on Friday") in the future. */
    private static final Set<String> FUTURE_VERBS = Set.of("expected", "expects", "expect", "scheduled", "schedules", "due", "set",
            "planned", "plans", "plan", "planning", "going", "slated", "intends", "intended", "intend", "aims", "aim", "hopes", "hope", "hoped");
    /** Of those, the ones that make the future on their own ("planned a rally for Saturday", "has scheduled a hearing Friday"). */
    private static final Set<String> FUTURE_ALONE = Set.of("scheduled", "schedules", "planned", "plans", "plan", "planning", "slated");
    /** Words just before a date that point ahead of the verb ("postponed until Tuesday"). */
    private static final Set<String> AHEAD = Set.of("until", "till", "til", "by");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "'ve", "'d");
    /** A number range written as one token ("27-29", "1990-95"), split like a hyphenated word. */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("\\d{1,4}-\\d{1,4}");
    private static final Set<String> PUNCT = Set.of(",", "-", ".", ";", ":");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "\"", "``", "''", "(", ")");

    private final TimexRules rules;

    public TimexTagger(TimexRules rules) {
        if (rules == null) {
            throw new IllegalArgumentException("The parameter 'rules' must not be null.");
        }
        this.rules = rules;
    }

    /** The bundled lexicon and rules. */
    public static TimexTagger standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final TimexTagger STANDARD = new TimexTagger(TimexRules.bundled(TimexLexicon.bundled()));
    }

    /**
     * The bundled tagger with a user's lexicon and rule files added (UTF-8, plain text; the formats of the bundled
     * {@code timex-lexicon.tsv} and {@code timex-rules.tsv}). Lexicon entries join the bundled classes; rules follow the
     * bundled ones (which win ties). Malformed rows are skipped and described in {@code problems} with file and line.
     *
     * @throws IOException when a file cannot be read
     */
    public static TimexTagger withFiles(List<Path> lexicons, List<Path> ruleFiles, List<String> problems) throws IOException {
        if (lexicons.isEmpty() && ruleFiles.isEmpty()) {
            return standard();
        }
        TimexLexicon lex = TimexLexicon.bundled();
        for (Path p : lexicons) {
            try (InputStream in = Files.newInputStream(p)) {
                lex = lex.merge(TimexLexicon.read(p.toString(), in, problems));
            }
        }
        TimexRules rules = TimexRules.bundled(lex);
        for (Path p : ruleFiles) {
            try (InputStream in = Files.newInputStream(p)) {
                rules = rules.plus(TimexRules.read(p.toString(), in, lex, problems));
            }
        }
        return new TimexTagger(rules);
    }

    /**
     * The temporal expressions of a tokenised text, normalised against {@code anchor} (the article date; null when
     * unknown, which leaves relative values with X for their unknown parts).
     *
     * @param problems receives a message for each expression that names no possible date (it is kept without a value)
     */
    public List<Timex> tag(String text, List<Sentence> sentences, List<Token> tokens, LocalDate anchor, Consumer<String> problems) {
        List<Timex> out = new ArrayList<>();
        Point[] reference = new Point[1];
        List<List<TimexUnit>> all = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            all.add(units(tokens, s.firstToken(), s.endToken()));
        }
        Set<String> labels = rules.numberLabels(all);
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<TimexUnit> units = all.get(si);
            if (!labels.isEmpty()) {
                units = units.stream().map(u -> labels.contains(u.key()) ? u.asLabel() : u).toList();
            }
            int i = 0;
            while (i < units.size()) {
                TimexRules.Found f = null;
                Normalisers.Result r = null;
                for (TimexRules.Found candidate : rules.matches(units, i)) {
                    r = normalise(candidate.rule().call(), candidate, tokens, s, units, candidate.start(), candidate.end(), anchor, reference[0]);
                    if (r != null) {
                        f = candidate;
                        break;
                    }
                }
                if (f == null) {
                    i++;
                    continue;
                }
                if (r == Normalisers.Result.NONE) {
                    i = f.end(); // an exception written as a rule: these words are not a temporal expression
                    continue;
                }
                TimexRules.Capture split = f.captures().get(TimexRules.SPLIT);
                if (split == null) {
                    emit(out, text, units, f.rule().type(), r, f.start(), f.end(), reference, problems);
                } else {
                    int mid = Integer.parseInt(split.text());
                    int resume = Integer.parseInt(split.value());
                    emit(out, text, units, f.rule().type(), r, f.start(), mid, reference, problems);
                    Normalisers.Result r2 = normalise(f.rule().second(), f, tokens, s, units, resume, f.end(), anchor, reference[0]);
                    if (r2 != null && r2 != Normalisers.Result.NONE) {
                        emit(out, text, units, f.rule().type(), r2, resume, f.end(), reference, problems);
                    }
                }
                i = f.end();
            }
        }
        return out;
    }

    private static Normalisers.Result normalise(TimexRules.Call call, TimexRules.Found f, List<Token> tokens, Sentence s, List<TimexUnit> units,
                                                int from, int to, LocalDate anchor, Point reference) {
        Tense tense = tense(tokens, s, units.get(from).token(), units.get(to - 1).token());
        return Normalisers.apply(call.function(), call.args(), f.captures(), new Normalisers.Context(anchor, tense, reference));
    }

    /** Adds the expression over units [start, end) with a modifier written before it, trimmed of edge punctuation. */
    private void emit(List<Timex> out, String text, List<TimexUnit> units, String ruleType, Normalisers.Result r, int start, int end,
                      Point[] reference, Consumer<String> problems) {
        String mod = null;
        if (ruleType.equals("DATE") || ruleType.equals("TIME")) {
            int back = start;
            if (back > 0 && units.get(back - 1).key().equals("-")) {
                back--;
            }
            int[] from = new int[1];
            String m = modifier(units, back, from);
            if (m != null) {
                mod = m;
                start = from[0];
            }
        }
        while (start < end - 1 && PUNCT.contains(units.get(start).key())) {
            start++;
        }
        while (end - 1 > start && PUNCT.contains(units.get(end - 1).key())) {
            end--;
        }
        int b = units.get(start).start();
        int e = units.get(end - 1).end();
        Span span = Span.of(text, b, e);
        if (r.problem() != null && problems != null) {
            problems.accept("'" + span.text() + "' at " + b + ": " + r.problem() + "; kept without a value");
        }
        String t = r.type() != null ? r.type() : ruleType;
        Timex.Basis basis = r.anaphoric() ? Timex.Basis.ANAPHORIC : r.anchored() ? Timex.Basis.ARTICLE_DATE : Timex.Basis.ABSOLUTE;
        out.add(new Timex(span, t, r.value(), mod, basis, r.clue()));
        if (r.point() != null && !r.anaphoric() && !t.equals("DURATION") && !t.equals("SET")) {
            reference[0] = r.point();
        }
    }

    /** The modifier ("early", "the end of") ending just before unit {@code end}: its mod, its first unit in {@code from}. */
    private String modifier(List<TimexUnit> units, int end, int[] from) {
        for (int k = Math.max(0, end - 4); k < end; k++) {
            for (TimexLexicon.Match m : rules.lexicon().lookup("modprefix", units, k)) {
                if (k + m.length() == end) {
                    from[0] = k;
                    return m.value();
                }
            }
        }
        return null;
    }

    /** The units of tokens [from, to): tokens, with hyphenated words split at their hyphens. */
    static List<TimexUnit> units(List<Token> tokens, int from, int to) {
        List<TimexUnit> units = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.text();
            if (w.length() > 2 && w.indexOf('-') > 0 && w.indexOf('-') < w.length() - 1
                    && (w.chars().anyMatch(Character::isLetter) || RANGE.matcher(w).matches())) {
                int p = 0;
                for (int h = w.indexOf('-'); h >= 0; h = w.indexOf('-', p)) {
                    if (h > p) {
                        units.add(unit(t, p, h, k));
                    }
                    units.add(new TimexUnit(t.start() + h, t.start() + h + 1, "-", "-", ":", k));
                    p = h + 1;
                }
                if (p < w.length()) {
                    units.add(unit(t, p, w.length(), k));
                }
            } else {
                units.add(new TimexUnit(t.start(), t.end(), w, TimexLexicon.key(w), t.pos(), k));
            }
        }
        return units;
    }

    private static TimexUnit unit(Token t, int from, int to, int k) {
        String part = t.text().substring(from, to);
        return new TimexUnit(t.start() + from, t.start() + to, part, TimexLexicon.key(part), t.pos(), k);
    }

    /**
     * The tense of the clause around tokens [first, last]: the nearest verb group before the expression in its clause,
     * else the nearest after it. "will"/"shall" and "expected to"/"is due to" are the future; a past form or "has"
     * with a participle the past; a present form the present.
     */
    static Tense tense(List<Token> tokens, Sentence s, int first, int last) {
        if (first - 1 >= s.firstToken()) {
            String before = tokens.get(first - 1).text().toLowerCase(Locale.ROOT);
            if (AHEAD.contains(before)) {
                return Tense.FUTURE;
            }
            if (before.equals("since")) {
                return Tense.PAST;
            }
        }
        for (int k = first - 1; k >= s.firstToken() && k >= first - 12; k--) {
            Token t = tokens.get(k);
            if (CLAUSE_BREAKS.contains(t.text())) {
                break;
            }
            Tense found = verbTense(tokens, s, k);
            if (found != Tense.NONE) {
                return found;
            }
        }
        for (int k = last + 1; k < s.endToken() && k <= last + 12; k++) {
            Token t = tokens.get(k);
            if (CLAUSE_BREAKS.contains(t.text())) {
                break;
            }
            Tense found = verbTense(tokens, s, k);
            if (found != Tense.NONE) {
                return found;
            }
        }
        return Tense.NONE;
    }

    private static Tense verbTense(List<Token> tokens, Sentence s, int k) {
        Token t = tokens.get(k);
        String w = t.text().toLowerCase(Locale.ROOT);
        String pos = t.pos();
        if (pos.equals("MD")) {
            return FUTURE_MODALS.contains(w) ? Tense.FUTURE : w.equals("would") || w.equals("could") || w.equals("might") ? Tense.NONE : Tense.PRESENT;
        }
        if (!pos.startsWith("VB")) {
            return Tense.NONE;
        }
        // "is expected to", "are due to", "plans to", "has scheduled a hearing": the future
        if (FUTURE_VERBS.contains(w) && k + 1 < s.endToken() && tokens.get(k + 1).text().equalsIgnoreCase("to") || FUTURE_ALONE.contains(w)) {
            return Tense.FUTURE;
        }
        // look left for the auxiliary that carries the tense: "will be", "has been", "had said"
        for (int j = k - 1; j >= s.firstToken() && j >= k - 3; j--) {
            Token aux = tokens.get(j);
            String a = aux.text().toLowerCase(Locale.ROOT);
            if (aux.pos().equals("MD")) {
                return FUTURE_MODALS.contains(a) ? Tense.FUTURE : Tense.NONE;
            }
            if (HAVE.contains(a)) {
                return Tense.PAST; // "has said", "had met": a perfect reports the past
            }
            if (aux.pos().equals("TO")) {
                // "planned to leave", "is due to arrive": the verb before "to" decides
                if (j - 1 >= s.firstToken() && FUTURE_VERBS.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT))) {
                    return Tense.FUTURE;
                }
                continue;
            }
            if (!aux.pos().startsWith("VB") && !aux.pos().startsWith("RB")) {
                break;
            }
            if (aux.pos().equals("VBD")) {
                return Tense.PAST;
            }
            if (aux.pos().equals("VBZ") || aux.pos().equals("VBP")) {
                return Tense.PRESENT;
            }
        }
        return switch (pos) {
            case "VBD" -> Tense.PAST;
            case "VBZ", "VBP" -> Tense.PRESENT;
            case "VBN" -> Tense.PAST;
            default -> Tense.NONE;
        };
    }
}
