package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.internal.Tsv;

/**
 * Turns the PETRARCH2 CAMEO verb dictionary ({@code CAMEO.2.0.txt}, MIT licence, Open Event Data Alliance) into verb
 * rows of the events lexicon (docs/knowledge.md, "Event triggers").
 *
 * <p>The dictionary holds verb blocks: a header {@code ---  VERB   [code]  ---} (the code may be {@code ---}, none, or
 * {@code 042:043}, source-to-target and back), then the block's verbs one a line ({@code HURRY {HURRIES ...}}, perhaps
 * with a code of their own, {@code GRILL [110]}), multi-word forms ({@code +ASK_FOR ...}) and patterns
 * ({@code - * (TO) [042:043]}). The reduction, since Sitrep matches single lemmas and no patterns:
 * <ul>
 *   <li>a verb takes its own code, else its block's; of {@code A:B} the first (source-to-target) code;</li>
 *   <li>patterns are not imported: a verb whose block has no default code ({@code [---]}) and no code of its own is
 *       coded by patterns alone and gets no row;</li>
 *   <li>multi-word forms (a {@code +} or {@code _}) get no row;</li>
 *   <li>the code's PLOVER type, mode and flags come from the bundled {@code cameo-plover.tsv} (longest prefix); a code
 *       of no PLOVER type (01, public statements) gives no row;</li>
 *   <li>a lemma seen before (an earlier block, or a lemma the caller already codes) keeps that coding.</li>
 * </ul>
 * Only the VERB PATTERNS section is read (not the synonym sets before it nor the transformations after it). A
 * malformed block header or code is reported with file and line; the block (or the verb line) is skipped.
 */
public final class CameoVerbsImport {
    private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\][\\s-]*(#.*)?$");
    private static final Pattern VERB = Pattern.compile("^([A-Za-z][A-Za-z'-]*)\\s*(\\{[^}]*\\})?\\s*(\\[([^\\]]*)\\])?\\s*(#.*)?$");
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    /** The CAMEO→PLOVER mapping row of a code prefix. */
    public record Mapping(String type, String mode, String flags) {}

    /** One imported verb row. */
    public record VerbRow(String lemma, String type, String mode, String cameo, String flags) {}

    /**
     * What an import found.
     *
     * @param rows      the verb rows, by lemma
     * @param problems  malformed lines, with file and line
     * @param counts    what was read and left out, by name (blocks, verbs, patterns, pattern-only, multi-word, ...)
     */
    public record Result(List<VerbRow> rows, List<ImportProblem> problems, Map<String, Integer> counts) {}

    private static volatile Map<String, Mapping> bundled;

    private CameoVerbsImport() {}

    /** The bundled CAMEO→PLOVER mapping, by code prefix. */
    public static Map<String, Mapping> mapping() {
        Map<String, Mapping> m = bundled;
        if (m == null) {
            m = Tsv.bundled(CameoVerbsImport.class, "cameo-plover.tsv", in -> {
                Map<String, Mapping> out = new HashMap<>();
                for (Tsv.Row row : Tsv.read("cameo-plover.tsv", in)) {
                    String[] c = row.padded(4);
                    if (c[0] == null || !CODE.matcher(c[0].strip()).matches() || c[1] == null) {
                        throw new IllegalStateException(row.where() + "expected a CAMEO code prefix and a PLOVER type");
                    }
                    out.put(c[0].strip(), new Mapping(c[1].strip(), dash(c[2]), dash(c[3])));
                }
                return Map.copyOf(out);
            });
            bundled = m;
        }
        return m;
    }

    private static String dash(String cell) {
        return cell == null || cell.isBlank() ? "-" : cell.strip();
    }

    /** The mapping row of a code's longest listed prefix, or null. */
    public static Mapping map(String code) {
        Map<String, Mapping> m = mapping();
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            if (m.containsKey(c)) {
                return m.get(c);
            }
        }
        return null;
    }

    /**
     * Reads the dictionary. Lemmas {@code known} accepts (the bundled lexicon's verbs, say) are left out, so that a
     * curated row with its flags and sense rules is not replaced by a generic one.
     */
    public static Result read(String name, BufferedReader in, Predicate<String> known) throws IOException {
        Map<String, VerbRow> rows = new TreeMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        String blockCode = null;
        boolean inBlock = false;
        boolean skipping = false;
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.startsWith("####")) {
                inBlock = false; // a section header: the verb blocks run from VERB PATTERNS to the next section
                skipping = false;
                continue;
            }
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("---")) {
                counts.merge("blocks", 1, Integer::sum);
                Matcher h = HEADER.matcher(s);
                String code = h.matches() ? code(h.group(2)) : null;
                if (code == null) {
                    problems.add(new ImportProblem(name, n, "malformed block header '" + s + "' (expected ---  VERB  [code]  ---); block skipped"));
                    counts.merge("blocks skipped", 1, Integer::sum);
                    inBlock = true;
                    skipping = true;
                    continue;
                }
                blockCode = code.isEmpty() ? null : code;
                inBlock = true;
                skipping = false;
                continue;
            }
            if (!inBlock || skipping) {
                continue; // the synonym sets before the first block, or a skipped block
            }
            if (s.startsWith("-")) {
                counts.merge("patterns", 1, Integer::sum);
                continue;
            }
            if (s.startsWith("+") || s.matches("[^#\\[{]*_.*")) {
                counts.merge("multi-word forms", 1, Integer::sum);
                continue;
            }
            Matcher v = VERB.matcher(s);
            String own = v.matches() && v.group(4) != null ? code(v.group(4)) : "";
            if (!v.matches() || own == null) {
                problems.add(new ImportProblem(name, n, "malformed verb line '" + s + "' (expected VERB {FORMS} [code] # comment); line skipped"));
                counts.merge("verb lines skipped", 1, Integer::sum);
                continue;
            }
            counts.merge("verbs", 1, Integer::sum);
            String lemma = v.group(1).toLowerCase(Locale.ROOT);
            String code = own.isEmpty() ? blockCode : own;
            if (code == null) {
                counts.merge("verbs coded by patterns only", 1, Integer::sum);
                continue;
            }
            Mapping m = map(code);
            if (m == null || m.type().equalsIgnoreCase("none")) {
                counts.merge("verbs of no PLOVER type", 1, Integer::sum);
                continue;
            }
            if (known.test(lemma)) {
                counts.merge("verbs already in the lexicon", 1, Integer::sum);
                continue;
            }
            if (rows.containsKey(lemma)) {
                counts.merge("verbs seen in an earlier block", 1, Integer::sum);
                continue;
            }
            rows.put(lemma, new VerbRow(lemma, m.type(), m.mode(), code, m.flags()));
        }
        return new Result(List.copyOf(rows.values()), problems, counts);
    }

    /** The code of a bracket: "" for none ("---"), the first of "A:B" (or the one given), null when malformed. */
    private static String code(String bracket) {
        String b = bracket.strip();
        if (b.equals("---")) {
            return "";
        }
        String[] parts = b.split(":", -1);
        if (parts.length > 2) {
            return null;
        }
        for (String p : parts) {
            if (!p.isEmpty() && !CODE.matcher(p).matches()) {
                return null;
            }
        }
        for (String p : parts) {
            if (!p.isEmpty()) {
                return p;
            }
        }
        return null;
    }

    /** Writes the rows in the events-lexicon format, under a header naming the source and its licence. */
    public static void write(List<VerbRow> rows, String source, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# Sitrep event triggers, generated by 'sitrep import cameo-verbs' from the PETRARCH2 CAMEO verb dictionary\n"
                + "# " + source + " (Open Event Data Alliance, MIT licence; see NOTICE).\n"
                + "# A verb takes its own CAMEO code, else its block's default; pattern-specific codes are not imported.\n"
                + "# Load with --event-triggers FILE (merged over the bundled lexicon). Format: docs/knowledge.md, \"Event triggers\".\n"
                + "# kind\tword\ttype\tmode\tcameo\tflags\n");
        for (VerbRow r : rows) {
            w.write("verb\t" + r.lemma() + "\t" + r.type() + "\t" + r.mode() + "\t" + r.cameo() + "\t" + r.flags() + "\n");
        }
        w.flush();
    }
}
