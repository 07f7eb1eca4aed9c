package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH actor dictionary into entries. The syntax:
 *
 * <pre>
 * BASHAR_AL_ASSAD_  # comment           a primary phrase starts an entry; words joined by '_' or ' '
 * +ASSAD                                 a synonym ('+') of the entry
 *     [SYRELI 830101-000101]             an indented code line: a code with dates (see {@link DatedCode})
 *     [SYRGOV &gt;000717]
 * AFGHANISTAN_  [AFG]                    codes may follow the phrase on its own line, several per line
 * </pre>
 *
 * Primary phrases that follow one another with no code and no blank line between them name one entry (PETRARCH gives
 * them the codes that come next): the first is the entry's name, the others are aliases. {@code #} starts a comment; a
 * comment on a primary line is kept (the CountryInfo leader lists mark their entries there). A code line that cannot
 * be read is reported with its file and line and skipped; an entry left with no usable code is reported and skipped.
 */
public final class TabariActors {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\[]*)\\]");

    /**
     * One dictionary entry.
     *
     * @param line    line of its primary phrase
     * @param name    the primary phrase as written ({@code BASHAR_AL_ASSAD_})
     * @param aliases the synonyms and the further primary phrases, as written
     * @param codes   every readable code, in file order (null codes {@code ---} included)
     * @param comment the comment on the primary line, or ""
     */
    public record Entry(int line, String name, List<String> aliases, List<DatedCode> codes, String comment) {
        public Entry {
            aliases = List.copyOf(aliases);
            codes = List.copyOf(codes);
        }
    }

    /**
     * What a file held.
     *
     * @param read     entries met (kept or skipped)
     * @param entries  the entries kept
     * @param problems lines and entries skipped, with file and line
     */
    public record Result(int read, List<Entry> entries, List<ImportProblem> problems) {
        public Result {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }

        public int skipped() {
            return read - entries.size();
        }
    }

    private TabariActors() {}

    /** Reads {@code in} (which the caller closes); {@code file} names it in problems. */
    public static Result read(String file, BufferedReader in) throws IOException {
        Reader r = new Reader(file);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            r.line(++lineNo, line);
        }
        r.finish();
        return new Result(r.read, r.kept, r.problems);
    }

    /** Reading state: the entry being assembled. */
    private static final class Reader {
        final String file;
        final List<Entry> kept = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        int read;
        int line;
        String name;
        String comment;
        final List<String> aliases = new ArrayList<>();
        final List<DatedCode> codes = new ArrayList<>();
        boolean codeSeen;
        boolean blankSince;

        Reader(String file) {
            this.file = file;
        }

        void line(int no, String raw) {
            int hash = raw.indexOf('#');
            String text = hash < 0 ? raw : raw.substring(0, hash);
            String remark = hash < 0 ? "" : raw.substring(hash + 1).strip();
            if (text.isBlank()) {
                if (hash < 0) {
                    blankSince = true;
                }
                return;
            }
            char first = text.charAt(0);
            if (Character.isWhitespace(first) || first == '[') {
                if (text.strip().startsWith("+")) {
                    synonym(no, text.strip().substring(1));
                } else if (name == null) {
                    problems.add(new ImportProblem(file, no, "code line '" + text.strip() + "' before any actor; skipped"));
                } else {
                    codes(no, text);
                }
            } else if (first == '+') {
                synonym(no, text.substring(1));
            } else {
                primary(no, text, remark);
            }
            blankSince = false;
        }

        private void synonym(int no, String text) {
            if (name == null) {
                problems.add(new ImportProblem(file, no, "synonym '" + text.strip() + "' before any actor; skipped"));
                return;
            }
            String phrase = text.strip();
            if (phrase.isEmpty() || phrase.contains("+") || phrase.contains("[") || phrase.contains("]")) {
                problems.add(new ImportProblem(file, no, "synonym '+" + phrase + "' is not a phrase; skipped"));
                return;
            }
            aliases.add(phrase);
        }

        private void primary(int no, String text, String remark) {
            int bracket = text.indexOf('[');
            String phrase = (bracket < 0 ? text : text.substring(0, bracket)).strip();
            boolean joins = name != null && !codeSeen && !blankSince;
            if (!joins) {
                finish();
                read++;
                line = no;
                name = phrase;
                comment = remark;
            } else {
                aliases.add(phrase);
            }
            if (bracket >= 0) {
                codes(no, text.substring(bracket));
            }
        }

        private void codes(int no, String text) {
            Matcher m = BRACKET.matcher(text);
            int end = 0;
            boolean any = false;
            while (m.find()) {
                if (!text.substring(end, m.start()).isBlank()) {
                    break;
                }
                any = true;
                end = m.end();
                codeSeen = true;
                try {
                    codes.add(DatedCode.parse(m.group(1)));
                } catch (IllegalArgumentException e) {
                    problems.add(new ImportProblem(file, no, "[" + m.group(1) + "]: " + e.getMessage() + "; code skipped"));
                }
            }
            if (!any || !text.substring(end).isBlank()) {
                codeSeen = true;
                problems.add(new ImportProblem(file, no, "code line '" + text.strip() + "' is not a list of [CODE dates]; "
                        + (any ? "the rest of the line" : "line") + " skipped"));
            }
        }

        void finish() {
            if (name == null) {
                return;
            }
            if (name.replace('_', ' ').isBlank()) {
                problems.add(new ImportProblem(file, line, "actor name missing; entry skipped"));
            } else if (codes.isEmpty()) {
                problems.add(new ImportProblem(file, line, "code missing for '" + name + "'; entry skipped"));
            } else if (codes.stream().allMatch(DatedCode::isNull)) {
                problems.add(new ImportProblem(file, line, "'" + name + "' has only the null code [---]; entry skipped"));
            } else {
                kept.add(new Entry(line, name, aliases, codes, comment));
            }
            name = null;
            aliases.clear();
            codes.clear();
            codeSeen = false;
        }
    }
}
