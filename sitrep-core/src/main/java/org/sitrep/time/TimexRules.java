package org.sitrep.time;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.internal.Tsv;

/**
 * The temporal rules of {@code timex-rules.tsv} (the file documents the pattern language) and the matcher that runs
 * them over units: at each unit the longest match of any rule, the earlier rule on a tie.
 */
public final class TimexRules {
    private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> BUILT_IN = Set.of("year", "day", "int", "num", "ord", "clock", "hour", "decade", "isodate", "slashdate");
    private static final Pattern YEAR = Pattern.compile("(1[0-9]|20|21)\\d\\d|'\\d\\d");
    private static final Pattern DAY = Pattern.compile("(0?[1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
    private static final Pattern ORD = Pattern.compile("\\d{1,2}(st|nd|rd|th)");
    private static final Pattern INT = Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)(:[0-5]\\d)?(am|pm)?");
    private static final Pattern HOUR = Pattern.compile("(0?[1-9]|1[0-2])(am|pm)?");
    private static final Pattern DECADE = Pattern.compile("(1[0-9]|20)\\d0'?s|'?\\d0'?s");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SLASH = Pattern.compile("\\d{1,2}/\\d{1,2}/(\\d{2}|\\d{4})");

    /** A pattern element: a literal (one of some words) or a class, optional or not, inside the extent or before it. */
    record Element(Set<String> words, String cls, String name, boolean optional, boolean context, boolean negative, boolean split) {}

    /** A normaliser call: the function's name and its arguments (capture names or literal values). */
    record Call(String function, List<String> args) {}

    /**
     * A rule: its pattern, TIMEX3 type, normaliser call, and where it was written. A range rule ("Sept. 27-29",
     * "1990-95") has a split element and a second call: it gives two expressions, one each side of the split.
     */
    record Rule(List<Element> pattern, String type, Call call, Call second, String where) {}

    /** A rule's match at a unit: [start, end) in units, the captures by name, and the rule. */
    record Found(int start, int end, Map<String, Capture> captures, Rule rule) {}

    /** What a class element matched: its text and its value. */
    record Capture(String text, String value) {}

    /** The capture that holds where a range rule's split element matched: [text, value) = [first unit, end unit). */
    static final String SPLIT = "~";

    private final List<Rule> rules;
    private final TimexLexicon lexicon;
    /** The rules (in file order) that can start at a unit with this word: the candidate index, never a scan of all. */
    private final Map<String, List<Rule>> byFirstWord = new HashMap<>();
    /** The rules that can start at a number ("1998", "10:30", "'98", "3rd"). */
    private final List<Rule> numeric = new ArrayList<>();

    TimexRules(List<Rule> rules, TimexLexicon lexicon) {
        this.rules = List.copyOf(rules);
        this.lexicon = lexicon;
        for (Rule r : this.rules) {
            Set<String> first = new HashSet<>();
            boolean number = false;
            for (int k = r.pattern().get(0).context() ? 1 : 0; k < r.pattern().size(); k++) {
                Element e = r.pattern().get(k);
                if (e.negative()) {
                    break;
                }
                if (e.words() != null) {
                    first.addAll(e.words());
                } else if (BUILT_IN.contains(e.cls())) {
                    number = true;
                    first.addAll(lexicon.firstWords(switch (e.cls()) {
                        case "num" -> "count";
                        case "day", "ord" -> "ordinal";
                        default -> "";
                    }));
                } else {
                    first.addAll(lexicon.firstWords(e.cls()));
                }
                if (!e.optional()) {
                    break;
                }
            }
            for (String w : first) {
                byFirstWord.computeIfAbsent(w, x -> new ArrayList<>()).add(r);
            }
            if (number) {
                numeric.add(r);
            }
        }
    }

    /** The bundled rules over the given lexicon. */
    public static TimexRules bundled(TimexLexicon lexicon) {
        List<String> problems = new ArrayList<>();
        TimexRules rules = Tsv.bundled(TimexRules.class, "timex-rules.tsv", in -> read("timex-rules.tsv", in, lexicon, problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The bundled temporal rules are broken: " + problems);
        }
        return rules;
    }

    /**
     * Reads a rule file. A malformed rule (an unknown type, class or normaliser, an argument that names no capture)
     * is skipped and described in {@code problems} with its file and line.
     */
    public static TimexRules read(String name, InputStream in, TimexLexicon lexicon, List<String> problems) throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(name, in)) {
            try {
                rules.add(parse(row, lexicon));
            } catch (IllegalArgumentException e) {
                problems.add(row.where() + e.getMessage());
            }
        }
        return new TimexRules(rules, lexicon);
    }

    /** These rules followed by {@code other}'s (which lose ties to these). */
    public TimexRules plus(TimexRules other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new TimexRules(all, lexicon.merge(other.lexicon));
    }

    TimexLexicon lexicon() {
        return lexicon;
    }

    private static Rule parse(Tsv.Row row, TimexLexicon lexicon) {
        String[] c = row.cells();
        if (c.length < 3) {
            throw new IllegalArgumentException("expected pattern, type and normaliser separated by tabs");
        }
        String type = c[1].strip();
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown TIMEX3 type '" + type + "'");
        }
        List<Element> pattern = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] parts = c[0].strip().split("\\s+");
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            boolean optional = p.length() > 1 && p.endsWith("?");
            if (optional) {
                p = p.substring(0, p.length() - 1);
            }
            boolean context = p.startsWith("<");
            if (context) {
                if (k != 0) {
                    throw new IllegalArgumentException("a '<' context word may only start a pattern");
                }
                p = p.substring(1);
            }
            boolean split = p.startsWith("~");
            if (split) {
                if (optional || p.contains("{")) {
                    throw new IllegalArgumentException("a '~' split must be a literal that is not optional");
                }
                p = p.substring(1);
            }
            boolean negative = p.startsWith("!");
            if (negative) {
                if (k != parts.length - 1 || optional || p.contains("{")) {
                    throw new IllegalArgumentException("a '!' word may only end a pattern, and must be a literal");
                }
                p = p.substring(1);
            }
            if (p.startsWith("{") && p.endsWith("}")) {
                String[] cn = p.substring(1, p.length() - 1).split(":", 2);
                String cls = cn[0];
                if (!BUILT_IN.contains(cls) && !lexicon.hasClass(cls)) {
                    throw new IllegalArgumentException("unknown class {" + cls + "}");
                }
                String capture = cn.length > 1 ? cn[1] : cls;
                names.add(capture);
                pattern.add(new Element(null, cls, capture, optional, context, false, false));
            } else {
                Set<String> words = new HashSet<>();
                for (String w : p.split("\\|")) {
                    words.add(TimexLexicon.key(w));
                }
                pattern.add(new Element(words, null, null, optional, context, negative, split));
            }
        }
        if (pattern.stream().allMatch(e -> e.optional() || e.context() || e.negative())) {
            throw new IllegalArgumentException("a pattern needs at least one element that is not optional");
        }
        String[] calls = c[2].strip().split(";");
        long splits = pattern.stream().filter(Element::split).count();
        if (calls.length > 2 || splits > 1 || (calls.length == 2) != (splits == 1)) {
            throw new IllegalArgumentException("a range rule needs one '~' split and two normaliser calls separated by ';'; other rules neither");
        }
        Call first = call(calls[0].strip(), names);
        Call second = calls.length == 2 ? call(calls[1].strip(), names) : null;
        return new Rule(pattern, type, first, second, row.where());
    }

    private static Call call(String call, Set<String> names) {
        int open = call.indexOf('(');
        if (open <= 0 || !call.endsWith(")")) {
            throw new IllegalArgumentException("expected normaliser(arguments), got '" + call + "'");
        }
        String function = call.substring(0, open);
        if (!Normalisers.known(function)) {
            throw new IllegalArgumentException("unknown normaliser '" + function + "'");
        }
        List<String> args = new ArrayList<>();
        String inner = call.substring(open + 1, call.length() - 1).strip();
        if (!inner.isEmpty()) {
            for (String a : inner.split(",")) {
                String arg = a.strip();
                if (arg.matches("[a-z][a-z0-9]*") && !names.contains(arg) && !arg.equals("current")) {
                    throw new IllegalArgumentException("argument '" + arg + "' of " + function + " names no capture of the pattern");
                }
                args.add(arg);
            }
        }
        return new Call(function, args);
    }

    /** The matches of the rules starting at unit {@code i}, longest first, the earlier rule first on a tie. */
    List<Found> matches(List<TimexUnit> units, int i) {
        String key = units.get(i).key();
        List<Rule> words = byFirstWord.getOrDefault(key, List.of());
        List<Rule> candidates = Character.isDigit(key.charAt(0)) || key.charAt(0) == '\'' ? merged(words, numeric) : words;
        List<Found> found = new ArrayList<>();
        for (Rule r : candidates) {
            Map<String, Capture> caps = new HashMap<>();
            int start = i;
            int from = 0;
            if (r.pattern().get(0).context()) {
                if (i == 0 || !matchesLiteral(r.pattern().get(0), units.get(i - 1))) {
                    continue;
                }
                from = 1;
            }
            int end = longest(r.pattern(), from, units, i, caps);
            if (end > start) {
                found.add(new Found(start, end, Map.copyOf(caps), r));
            }
        }
        found.sort((a, b) -> Integer.compare(b.end(), a.end())); // stable: file order on a tie
        return found;
    }

    /** The numbers the text uses as names: those written after a {@code notyear} word ("Resolution 1701"). */
    Set<String> numberLabels(List<List<TimexUnit>> sentences) {
        Set<String> labels = new HashSet<>();
        for (List<TimexUnit> units : sentences) {
            for (int i = 1; i < units.size(); i++) {
                if (YEAR.matcher(units.get(i).key()).matches() && !lexicon.lookup("notyear", units, i - 1).isEmpty()) {
                    labels.add(units.get(i).key());
                }
            }
        }
        return labels;
    }

    /** Two rule lists in file order, merged in file order. */
    private List<Rule> merged(List<Rule> a, List<Rule> b) {
        if (a.isEmpty()) {
            return b;
        }
        Set<Rule> in = new HashSet<>(a);
        in.addAll(b);
        List<Rule> out = new ArrayList<>(in.size());
        for (Rule r : rules) {
            if (in.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean matchesLiteral(Element e, TimexUnit u) {
        return e.words() != null && e.words().contains(u.key());
    }

    /** The furthest unit index the pattern from element k can reach from unit i (-1 if none), filling captures. */
    private int longest(List<Element> pattern, int k, List<TimexUnit> units, int i, Map<String, Capture> caps) {
        if (k == pattern.size()) {
            return i;
        }
        Element e = pattern.get(k);
        if (e.negative()) {
            return i < units.size() && e.words().contains(units.get(i).key()) ? -1 : i;
        }
        int best = -1;
        Map<String, Capture> bestCaps = null;
        if (i < units.size()) {
            for (TimexLexicon.Match m : elementMatches(e, units, i)) {
                if (m.length() == 0) {
                    continue;
                }
                Map<String, Capture> trial = new HashMap<>(caps);
                if (e.name() != null) {
                    trial.put(e.name(), new Capture(m.text(), m.value()));
                }
                if (e.split()) {
                    trial.put(SPLIT, new Capture(String.valueOf(i), String.valueOf(i + m.length())));
                }
                int end = longest(pattern, k + 1, units, i + m.length(), trial);
                if (end > best) {
                    best = end;
                    bestCaps = trial;
                }
            }
        }
        if (e.optional()) {
            Map<String, Capture> trial = new HashMap<>(caps);
            int end = longest(pattern, k + 1, units, i, trial);
            if (end > best) {
                best = end;
                bestCaps = trial;
            }
        }
        if (bestCaps != null) {
            caps.clear();
            caps.putAll(bestCaps);
        }
        return best;
    }

    private List<TimexLexicon.Match> elementMatches(Element e, List<TimexUnit> units, int i) {
        TimexUnit u = units.get(i);
        if (e.words() != null) {
            return e.words().contains(u.key()) ? List.of(new TimexLexicon.Match(1, u.key(), u.text())) : List.of();
        }
        String k = u.key();
        return switch (e.cls()) {
            case "year" -> year(units, i) ? List.of(one(u, k.startsWith("'") ? twoDigitYear(k.substring(1)) : k)) : List.of();
            case "day" -> DAY.matcher(k).matches() ? List.of(one(u, k.replaceAll("\\D", ""))) : numeric(lexicon.lookup("ordinal", units, i));
            case "int" -> INT.matcher(k).matches() ? List.of(one(u, k.replace(",", ""))) : List.of();
            case "num" -> num(units, i);
            case "ord" -> ORD.matcher(k).matches() ? List.of(one(u, k.replaceAll("\\D", ""))) : lexicon.lookup("ordinal", units, i);
            case "clock" -> CLOCK.matcher(k).matches() && !DECIMAL.matcher(k).matches() || CLOCK.matcher(k).matches() && k.contains(":")
                    ? List.of(one(u, k)) : List.of();
            case "hour" -> HOUR.matcher(k).matches() ? List.of(one(u, k)) : List.of();
            case "decade" -> DECADE.matcher(k).matches() ? List.of(one(u, decade(k))) : List.of();
            case "isodate" -> ISO.matcher(k).matches() ? List.of(one(u, k)) : List.of();
            case "slashdate" -> SLASH.matcher(k).matches() ? List.of(one(u, k)) : List.of();
            default -> lexicon.lookup(e.cls(), units, i);
        };
    }

    private static List<TimexLexicon.Match> numeric(List<TimexLexicon.Match> ms) {
        return ms.stream().filter(m -> m.value().chars().allMatch(Character::isDigit)).toList();
    }

    private static TimexLexicon.Match one(TimexUnit u, String value) {
        return new TimexLexicon.Match(1, value, u.text());
    }

    /** A year: four digits from 1000 to 2199 or '98, not an amount ("$1990", "1990 troops") nor a number ("Resolution 1701"). */
    private boolean year(List<TimexUnit> units, int i) {
        String k = units.get(i).key();
        if (!YEAR.matcher(k).matches() || units.get(i).label()) {
            return false;
        }
        if (i > 0) {
            String before = units.get(i - 1).key();
            if (before.equals("$") || before.equals("#") || before.endsWith("$") || !lexicon.lookup("notyear", units, i - 1).isEmpty()) {
                return false;
            }
        }
        if (i + 1 < units.size()) {
            TimexUnit next = units.get(i + 1);
            if (next.key().equals("%") || next.key().equals("percent")) {
                return false;
            }
            if (next.pos().equals("NNS") && !next.key().equals("'s") && (i == 0 || lexicon.lookup("yearcue", units, i - 1).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private static String twoDigitYear(String yy) {
        int y = Integer.parseInt(yy);
        return String.valueOf(y <= 40 ? 2000 + y : 1900 + y);
    }

    private static String decade(String k) {
        String digits = k.replaceAll("\\D", "");
        if (digits.length() == 2) {
            digits = (Integer.parseInt(digits) <= 20 ? "20" : "19") + digits;
        }
        return digits.substring(0, 3);
    }

    /** A count: digits, a decimal, or number words ("twenty five", "a couple of", "several"). */
    private List<TimexLexicon.Match> num(List<TimexUnit> units, int i) {
        TimexUnit u = units.get(i);
        String k = u.key();
        if (INT.matcher(k).matches() || DECIMAL.matcher(k).matches()) {
            return List.of(one(u, k.replace(",", "")));
        }
        List<TimexLexicon.Match> words = lexicon.lookup("count", units, i);
        if (words.isEmpty()) {
            return words;
        }
        TimexLexicon.Match first = words.get(0);
        // "twenty five", "twenty-five": tens followed by units
        int next = i + first.length();
        if (next < units.size() && units.get(next).key().equals("-")) {
            next++;
        }
        if (first.value().matches("[2-9]0") && next < units.size()) {
            for (TimexLexicon.Match m : lexicon.lookup("count", units, next)) {
                if (m.value().matches("[1-9]")) {
                    int v = Integer.parseInt(first.value()) + Integer.parseInt(m.value());
                    List<TimexLexicon.Match> out = new ArrayList<>();
                    out.add(new TimexLexicon.Match(next + m.length() - i, String.valueOf(v), first.text() + " " + m.text()));
                    out.addAll(words);
                    return out;
                }
            }
        }
        return words;
    }
}
