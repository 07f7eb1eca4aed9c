package org.sitrep.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.internal.Tsv;

/**
 * Languages told by their script, read from a {@code language<TAB>script[<TAB>marks<TAB>share]} file. Scripts fall into
 * pools (one per default row, plus the scripts its marks name); each pool has a default language and rules that pick
 * another language when its mark letters are frequent enough.
 */
final class ScriptLanguages {
    /** A language that overrides its pool's default when its marks make at least {@code share} of the pool's letters. */
    record Rule(int pool, String language, double share) {}

    private final List<String> defaults;
    private final List<Rule> rules;
    private final Map<UnicodeScript, Integer> pools;
    private final Map<Integer, int[]> markLetters;
    private final Map<UnicodeScript, int[]> markScripts;

    private ScriptLanguages(List<String> defaults, List<Rule> rules, Map<UnicodeScript, Integer> pools,
            Map<Integer, int[]> markLetters, Map<UnicodeScript, int[]> markScripts) {
        this.defaults = List.copyOf(defaults);
        this.rules = List.copyOf(rules);
        this.pools = Map.copyOf(pools);
        this.markLetters = Map.copyOf(markLetters);
        this.markScripts = Map.copyOf(markScripts);
    }

    /** Reads the file; a malformed row stops the load with its file name and line, as the bundled data must be whole. */
    static ScriptLanguages read(String name, BufferedReader in) throws IOException {
        List<String> defaults = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        Map<UnicodeScript, Integer> pools = new LinkedHashMap<>();
        Map<Integer, int[]> letters = new HashMap<>();
        Map<UnicodeScript, int[]> scripts = new HashMap<>();
        for (Tsv.Row row : Tsv.read(name, in)) {
            String where = row.where();
            String[] cols = row.cells();
            if (cols.length != 2 && cols.length != 4) {
                throw new IllegalStateException(where + "expected 'language<TAB>script' or 'language<TAB>script<TAB>marks<TAB>share', got '"
                        + String.join("\t", cols) + "'");
            }
            UnicodeScript script = script(cols[1], where);
            if (cols.length == 2) {
                if (pools.containsKey(script)) {
                    throw new IllegalStateException(where + "script " + cols[1] + " already has a default language");
                }
                pools.put(script, defaults.size());
                defaults.add(cols[0]);
                continue;
            }
            Integer pool = pools.get(script);
            if (pool == null) {
                throw new IllegalStateException(where + "script " + cols[1] + " has no default language on an earlier line");
            }
            double share;
            try {
                share = Double.parseDouble(cols[3]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where + "share '" + cols[3] + "' is not a number");
            }
            int rule = rules.size();
            rules.add(new Rule(pool, cols[0], share));
            for (String mark : cols[2].strip().split(" +")) {
                if (mark.startsWith("@")) {
                    UnicodeScript other = script(mark.substring(1), where);
                    pools.putIfAbsent(other, pool);
                    scripts.merge(other, new int[] {rule}, ScriptLanguages::concat);
                } else {
                    mark.codePoints().forEach(cp -> letters.merge(cp, new int[] {rule}, ScriptLanguages::concat));
                }
            }
        }
        return new ScriptLanguages(defaults, rules, pools, letters, scripts);
    }

    private static UnicodeScript script(String name, String where) {
        try {
            return UnicodeScript.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "'" + name + "' is not a Unicode script name");
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    int poolCount() {
        return defaults.size();
    }

    int ruleCount() {
        return rules.size();
    }

    /** The pool a script's letters count in, or -1 when no language here is written in it. */
    int pool(UnicodeScript script) {
        Integer p = pools.get(script);
        return p == null ? -1 : p;
    }

    /** Counts {@code cp} (of {@code script}) as a mark of every rule that names it. */
    void countMarks(int cp, UnicodeScript script, int[] ruleMarks) {
        int[] byLetter = markLetters.get(cp);
        if (byLetter != null) {
            for (int r : byLetter) {
                ruleMarks[r]++;
            }
        }
        int[] byScript = markScripts.get(script);
        if (byScript != null) {
            for (int r : byScript) {
                ruleMarks[r]++;
            }
        }
    }

    /** The language of a text whose letters are mostly in {@code pool}: the first rule its marks satisfy, else the default. */
    String language(int pool, int letters, int[] ruleMarks) {
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (rule.pool() == pool && ruleMarks[r] > 0 && ruleMarks[r] >= rule.share() * letters) {
                return rule.language();
            }
        }
        return defaults.get(pool);
    }

    /** Every language a row names. */
    List<String> languages() {
        List<String> all = new ArrayList<>(defaults);
        rules.forEach(r -> all.add(r.language()));
        return all;
    }
}
