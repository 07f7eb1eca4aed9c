package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agents dictionary: generic nouns that add a sector to an actor ("farmer" → {@code ~AGR}, "police"
 * → {@code ~COP}). The syntax, one agent a line:
 *
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     a substitution set
 * FARMER [~AGR]                                 a phrase and its code; the regular plural is added ("farmers")
 * AIR_FORCE {} [~MIL]                           {} : no plural
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] {X}: X is the plural
 * CATTLE!PERSON! [~AGR]                         one phrase per member of the set (cattleman, cattlemen, ...), no plural
 * MINISTRY_ [~GOV]                              a final '_' : no plural
 * HUMAN_RIGHTS_BODY [NGO~]                      ~X adds X after the actor's code, X~ before it
 * </pre>
 *
 * Phrases come out lower case with single spaces ('_' and ' ' both become a space). The regular plural adds "s", "es"
 * after s, x, ch or sh, and turns a final consonant + "y" into "ies"; a phrase ending in another character than a
 * letter ("lt.") gets none. A line without a code, with an unknown
 * substitution set, two sets in one phrase or a malformed code is reported with its file and line and skipped.
 */
public final class TabariAgents {
    private static final Pattern CODE = Pattern.compile("~[A-Z0-9]+|[A-Z0-9]+~");
    private static final Pattern MARKER = Pattern.compile("!([^!\\s]+)!");

    /** One phrase and its agent code ({@code ~AGR} or {@code NGO~}). */
    public record Agent(String phrase, String code) {}

    /**
     * What a file held.
     *
     * @param read     agent lines met (kept or skipped; substitution sets not counted)
     * @param kept     agent lines kept
     * @param agents   the phrases, with plurals and substitutions expanded, in file order (repeats possible)
     * @param problems lines skipped, with file and line
     */
    public record Result(int read, int kept, List<Agent> agents, List<ImportProblem> problems) {
        public Result {
            agents = List.copyOf(agents);
            problems = List.copyOf(problems);
        }

        public int skipped() {
            return read - kept;
        }
    }

    private TabariAgents() {}

    /** Reads {@code in} (which the caller closes); {@code file} names it in problems. */
    public static Result read(String file, BufferedReader in) throws IOException {
        Map<String, List<String>> sets = new HashMap<>();
        List<Agent> agents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int read = 0;
        int kept = 0;
        String raw;
        int no = 0;
        while ((raw = in.readLine()) != null) {
            no++;
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("!") && line.contains("=")) {
                Matcher m = MARKER.matcher(line);
                List<String> members = new ArrayList<>();
                for (String s : line.substring(line.indexOf('=') + 1).split(",")) {
                    if (!s.isBlank()) {
                        members.add(s.strip());
                    }
                }
                if (!m.lookingAt() || !line.substring(m.end()).strip().startsWith("=") || members.isEmpty()) {
                    problems.add(new ImportProblem(file, no, "substitution set '" + line + "' is not !NAME! = A, B, ...; skipped"));
                } else {
                    sets.put(m.group(1), members);
                }
                continue;
            }
            read++;
            int open = line.indexOf('[');
            int close = line.indexOf(']', Math.max(open, 0));
            if (open < 0 || close < 0) {
                problems.add(new ImportProblem(file, no, "code missing in '" + line + "'; skipped"));
                continue;
            }
            String code = line.substring(open + 1, close).strip();
            if (!CODE.matcher(code).matches()) {
                problems.add(new ImportProblem(file, no, "agent code '" + code + "' is not ~CODE or CODE~; skipped"));
                continue;
            }
            String head = line.substring(0, open).strip();
            String plural = null;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int end = head.indexOf('}', brace);
                if (end < 0) {
                    problems.add(new ImportProblem(file, no, "missing '}' in '" + line + "'; skipped"));
                    continue;
                }
                plural = head.substring(brace + 1, end).strip();
                head = head.substring(0, brace).strip();
            }
            if (phrase(head).isEmpty()) {
                problems.add(new ImportProblem(file, no, "phrase missing in '" + line + "'; skipped"));
                continue;
            }
            Matcher m = MARKER.matcher(head);
            if (m.find()) {
                if (MARKER.matcher(head.substring(m.end())).find()) {
                    problems.add(new ImportProblem(file, no, "more than one substitution set in '" + head + "'; skipped"));
                    continue;
                }
                List<String> members = sets.get(m.group(1));
                if (members == null) {
                    problems.add(new ImportProblem(file, no, "substitution set !" + m.group(1) + "! is not defined; skipped"));
                    continue;
                }
                for (String member : members) {
                    agents.add(new Agent(phrase(head.substring(0, m.start()) + member + head.substring(m.end())), code));
                }
            } else {
                agents.add(new Agent(phrase(head), code));
                String plain = phrase(head);
                if (plural == null && !head.endsWith("_") && Character.isLetter(plain.charAt(plain.length() - 1))) {
                    agents.add(new Agent(regularPlural(plain), code));
                } else if (plural != null && !plural.isEmpty()) {
                    agents.add(new Agent(phrase(plural), code));
                }
            }
            kept++;
        }
        return new Result(read, kept, agents, problems);
    }

    /** "AIR_FORCE" → "air force". */
    static String phrase(String written) {
        return written.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The regular English plural of a phrase's last word: farmer → farmers, boss → bosses, militia → militias, party → parties. */
    static String regularPlural(String phrase) {
        if (phrase.matches(".*[^aeiou]y")) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        if (phrase.matches(".*(s|x|ch|sh)")) {
            return phrase + "es";
        }
        return phrase + "s";
    }
}
