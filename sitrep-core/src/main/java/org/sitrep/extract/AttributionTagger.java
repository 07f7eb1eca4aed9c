package org.sitrep.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.sitrep.learn.ChainPerceptron;
import org.sitrep.learn.Features;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The learned half of the claims stage: tags every token of a sentence as part of an attribution's source, cue or
 * content (BIO), with a {@link ChainPerceptron} trained on PolNeAR's train split by {@code sitrep train attribution}.
 * Its features are the token's words and tags in a window, whether it is inside a quotation, where the nearest
 * reporting verbs of the cue lexicon stand, and what the rules ({@link ClaimExtractor}) made of it — so the model
 * learns where the rules are right and finds the attributions they miss (beliefs, evaluations, questions, rare cues).
 * {@link AttributionSpans} then groups the tagged spans into attributions.
 */
public final class AttributionTagger {
    /** The labels, in the model's order. */
    public static final List<String> LABELS = List.of("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON");
    /** The bundled model's resource name. */
    public static final String RESOURCE = "attribution-tagger.bin.gz";
    static final int O = 0;
    static final int SRC = 1;
    static final int CUE = 3;
    static final int CON = 5;

    private static final String MAGIC = "sitrep.attribution-tagger/2";
    private final ChainPerceptron first;
    private final ChainPerceptron second;

    /**
     * A tagger of two stacked models: {@code first} over the token features, {@code second} over the same features and
     * what the first found around each token (where its cues stand, its label of the token and its neighbours, how the
     * sentences around end and begin).
     */
    public AttributionTagger(ChainPerceptron first, ChainPerceptron second) {
        for (ChainPerceptron m : List.of(first, second)) {
            if (!m.labels().equals(LABELS)) {
                throw new IllegalArgumentException("an attribution tagger needs labels " + LABELS + ", the model has " + m.labels());
            }
        }
        this.first = first;
        this.second = second;
    }

    /** The bundled model, or null when the build holds none (then the claims stage runs its rules alone). */
    public static AttributionTagger bundled() {
        try (InputStream in = AttributionTagger.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : load(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a tagger {@link #save} wrote; {@code name} names the file in errors. */
    public static AttributionTagger load(InputStream in, String name) throws IOException {
        DataInputStream d = new DataInputStream(ChainPerceptron.gunzip(in, name));
        String magic;
        try {
            magic = d.readUTF();
        } catch (IOException e) {
            throw new IOException(name + ": not an attribution tagger model (" + e.getMessage() + ")", e);
        }
        if (!MAGIC.equals(magic)) {
            throw new IOException(name + ": not an attribution tagger model (header '" + magic + "')");
        }
        return new AttributionTagger(ChainPerceptron.read(d, name), ChainPerceptron.read(d, name));
    }

    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gzip);
        d.writeUTF(MAGIC);
        first.write(d);
        second.write(d);
        d.flush();
        gzip.finish();
    }

    /** How many features carry a weight, in both models. */
    public int features() {
        return first.features() + second.features();
    }

    /** Labels (indexes into {@link #LABELS}) for every sentence of the document, given the rules' claims. */
    public List<int[]> tag(Document doc, List<Claim> ruleClaims) {
        List<long[][]> features = features(doc, ruleClaims);
        List<int[]> pass = new ArrayList<>(features.size());
        for (long[][] f : features) {
            pass.add(first.decode(f));
        }
        List<long[][]> stacked = stack(doc, features, pass);
        List<int[]> out = new ArrayList<>(features.size());
        for (long[][] f : stacked) {
            out.add(second.decode(f));
        }
        return out;
    }

    /**
     * The second model's features: each token's own, and what the first pass found — its label of the token and of
     * the tokens beside it, how far the nearest cue it found stands on each side and what that cue's lemma is, and
     * the label ending the sentence before and starting the one after.
     */
    public static List<long[][]> stack(Document doc, List<long[][]> features, List<int[]> pass) {
        List<long[][]> out = new ArrayList<>(features.size());
        for (int k = 0; k < features.size(); k++) {
            long[][] f = features.get(k);
            int[] p = pass.get(k);
            List<Token> s = doc.tokens(doc.sentences().get(k));
            int before = k > 0 && pass.get(k - 1).length > 0 ? pass.get(k - 1)[pass.get(k - 1).length - 1] : -1;
            int after = k + 1 < pass.size() && pass.get(k + 1).length > 0 ? pass.get(k + 1)[0] : -1;
            int n = p.length;
            int[] left = new int[n];
            int[] right = new int[n];
            int at = -1;
            for (int i = 0; i < n; i++) {
                left[i] = at;
                if (p[i] == CUE || p[i] == CUE + 1) {
                    at = i;
                }
            }
            at = -1;
            for (int i = n - 1; i >= 0; i--) {
                right[i] = at;
                if (p[i] == CUE || p[i] == CUE + 1) {
                    at = i;
                }
            }
            long[][] g = new long[n][];
            for (int i = 0; i < n; i++) {
                long[] extra = new long[12];
                int dl = left[i] < 0 ? -1 : bucket(i - left[i]);
                int dr = right[i] < 0 ? -1 : bucket(right[i] - i);
                String ll = left[i] < 0 ? "-" : s.get(left[i]).lemma().toLowerCase(Locale.ROOT);
                String rl = right[i] < 0 ? "-" : s.get(right[i]).lemma().toLowerCase(Locale.ROOT);
                int pm1 = i > 0 ? p[i - 1] : -1;
                int pp1 = i + 1 < n ? p[i + 1] : -1;
                int e = 0;
                extra[e++] = Features.of(101, p[i]);
                extra[e++] = Features.of(102, pm1, p[i]);
                extra[e++] = Features.of(103, p[i], pp1);
                extra[e++] = Features.of(104, dl, dr);
                extra[e++] = Features.of(105, s.get(i).pos(), dl);
                extra[e++] = Features.of(106, s.get(i).pos(), dr);
                extra[e++] = Features.of(107, ll, dl);
                extra[e++] = Features.of(108, rl, dr);
                extra[e++] = Features.of(109, before, i == 0 ? 0 : 1);
                extra[e++] = Features.of(110, after, i == n - 1 ? 0 : 1);
                extra[e++] = Features.of(111, p[i], s.get(i).text().toLowerCase(Locale.ROOT));
                extra[e++] = Features.of(112, before * 16 + after, p[i]);
                long[] all = java.util.Arrays.copyOf(f[i], f[i].length + extra.length);
                System.arraycopy(extra, 0, all, f[i].length, extra.length);
                g[i] = all;
            }
            out.add(g);
        }
        return out;
    }

    /** Role of a token in the rules' claims: 0 none, 1 source, 2 cue, 3 content. */
    private static int[] ruleRoles(Document doc, List<Claim> claims) {
        List<Token> tokens = doc.tokens();
        int[] roles = new int[tokens.size()];
        for (Claim c : claims) {
            mark(tokens, roles, c.content().start(), c.content().end(), 3);
            mark(tokens, roles, c.source().span().start(), c.source().span().end(), 1);
            mark(tokens, roles, c.cue().start(), c.cue().end(), 2);
        }
        return roles;
    }

    private static void mark(List<Token> tokens, int[] roles, int start, int end, int role) {
        int k = firstTokenAtOrAfter(tokens, start);
        for (; k < tokens.size() && tokens.get(k).start() < end; k++) {
            roles[k] = role;
        }
    }

    static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether each token stands inside a quotation opened earlier in its paragraph (a line break closes them all). */
    private static boolean[] insideQuotes(Document doc) {
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        boolean[] inside = new boolean[tokens.size()];
        boolean open = false;
        int last = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            for (int c = last; c < t.start() && open; c++) {
                if (text.charAt(c) == '\n') {
                    open = false;
                }
            }
            last = t.end();
            char c = t.text().charAt(0);
            if (c == '“' || t.text().equals("``")) {
                open = true;
                inside[k] = true;
            } else if (c == '”' || t.text().equals("''")) {
                inside[k] = open;
                open = false;
            } else if (c == '"') {
                open = !open;
                inside[k] = true;
            } else {
                inside[k] = open;
            }
        }
        return inside;
    }

    /** Whether a token may be a reporting cue by the lexicon: a reporting verb, or "according". */
    private static boolean lexical(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.isVerb() && Cues.stance(lemma).isPresent() || lemma.equals("according");
    }

    /** The features of every token, sentence by sentence (public for the training command). */
    public static List<long[][]> features(Document doc, List<Claim> ruleClaims) {
        int[] roles = ruleRoles(doc, ruleClaims);
        boolean[] quoted = insideQuotes(doc);
        List<long[][]> out = new ArrayList<>(doc.sentences().size());
        for (Sentence sentence : doc.sentences()) {
            List<Token> s = doc.tokens(sentence);
            int base = sentence.firstToken();
            int n = s.size();
            boolean[] lex = new boolean[n];
            boolean anyLex = false;
            boolean anyRule = false;
            boolean anyQuote = false;
            for (int i = 0; i < n; i++) {
                lex[i] = lexical(s.get(i));
                anyLex |= lex[i];
                anyRule |= roles[base + i] != 0;
                anyQuote |= Quotations.isQuote(s.get(i));
            }
            int[] left = new int[n];
            int[] right = new int[n];
            int at = -1;
            for (int i = 0; i < n; i++) {
                left[i] = at;
                if (lex[i]) {
                    at = i;
                }
            }
            at = -1;
            for (int i = n - 1; i >= 0; i--) {
                right[i] = at;
                if (lex[i]) {
                    at = i;
                }
            }
            int flags = (anyLex ? 1 : 0) | (anyRule ? 2 : 0) | (anyQuote ? 4 : 0) | (quoted[base] ? 8 : 0);
            long[][] f = new long[n][];
            for (int i = 0; i < n; i++) {
                f[i] = token(s, i, base, roles, quoted, lex, left[i], right[i], flags);
            }
            out.add(f);
        }
        return out;
    }

    private static long[] token(List<Token> s, int i, int base, int[] roles, boolean[] quoted, boolean[] lex, int left, int right, int flags) {
        Token t = s.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String pos = t.pos();
        String pm1 = posAt(s, i - 1);
        String pp1 = posAt(s, i + 1);
        String pm2 = posAt(s, i - 2);
        String pp2 = posAt(s, i + 2);
        int r = roles[base + i];
        int rm1 = i > 0 ? roles[base + i - 1] : -1;
        int rp1 = i + 1 < s.size() ? roles[base + i + 1] : -1;
        int q = quoted[base + i] ? 1 : 0;
        int dl = left < 0 ? -1 : bucket(i - left);
        int dr = right < 0 ? -1 : bucket(right - i);
        String leftLemma = left < 0 ? "-" : s.get(left).lemma().toLowerCase(Locale.ROOT);
        String rightLemma = right < 0 ? "-" : s.get(right).lemma().toLowerCase(Locale.ROOT);
        String afterLeft = left < 0 || left + 1 >= s.size() ? "-" : s.get(left + 1).text().toLowerCase(Locale.ROOT);
        int position = i == 0 ? 0 : i == s.size() - 1 ? 2 : 1;
        long[] f = new long[48];
        int k = 0;
        f[k++] = Features.of(1, "bias");
        f[k++] = Features.of(2, w);
        f[k++] = Features.of(3, lemma);
        f[k++] = Features.of(4, pos);
        f[k++] = Features.of(5, shape(t.text()));
        f[k++] = Features.of(6, w.length() > 3 ? w.substring(w.length() - 3) : w);
        f[k++] = Features.of(7, wordAt(s, i - 1));
        f[k++] = Features.of(8, wordAt(s, i + 1));
        f[k++] = Features.of(9, wordAt(s, i - 2));
        f[k++] = Features.of(10, wordAt(s, i + 2));
        f[k++] = Features.of(11, pm1);
        f[k++] = Features.of(12, pp1);
        f[k++] = Features.of(13, pm2);
        f[k++] = Features.of(14, pp2);
        f[k++] = Features.of(15, pm1, pos);
        f[k++] = Features.of(16, pos, pp1);
        f[k++] = Features.of(17, lemmaAt(s, i - 1));
        f[k++] = Features.of(18, lemmaAt(s, i + 1));
        f[k++] = Features.of(19, lex[i] ? 1 : 0, i > 0 && lex[i - 1] ? 1 : 0);
        f[k++] = Features.of(20, i + 1 < s.size() && lex[i + 1] ? 1 : 0, pos);
        f[k++] = Features.of(21, q);
        f[k++] = Features.of(22, pos, q);
        f[k++] = Features.of(23, r);
        f[k++] = Features.of(24, pos, r);
        f[k++] = Features.of(25, rm1, r);
        f[k++] = Features.of(26, r, rp1);
        f[k++] = Features.of(27, dl);
        f[k++] = Features.of(28, dr);
        f[k++] = Features.of(29, dl, dr);
        f[k++] = Features.of(30, pos, dl);
        f[k++] = Features.of(31, pos, dr);
        f[k++] = Features.of(32, t.ner());
        f[k++] = Features.of(33, position);
        f[k++] = Features.of(34, flags);
        f[k++] = Features.of(35, flags, q);
        f[k++] = Features.of(36, leftLemma, dl);
        f[k++] = Features.of(37, rightLemma, dr);
        f[k++] = Features.of(38, afterLeft, dl);
        f[k++] = Features.of(39, w, pm1);
        f[k++] = Features.of(40, lemma, pp1);
        f[k++] = Features.of(41, q, dl * 16 + dr);
        f[k++] = Features.of(42, r, q);
        f[k++] = Features.of(43, lemma, lex[i] ? 1 : 0);
        f[k++] = Features.of(44, position, pos);
        f[k++] = Features.of(45, wordAt(s, i - 1), w);
        f[k++] = Features.of(46, w, wordAt(s, i + 1));
        f[k++] = Features.of(47, pos, flags);
        f[k++] = Features.of(48, leftLemma, pos);
        return f;
    }

    private static int bucket(int d) {
        return d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : 7;
    }

    private static String posAt(List<Token> s, int i) {
        return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.get(i).pos();
    }

    private static String wordAt(List<Token> s, int i) {
        return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.get(i).text().toLowerCase(Locale.ROOT);
    }

    private static String lemmaAt(List<Token> s, int i) {
        return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    private static String shape(String word) {
        StringBuilder b = new StringBuilder(4);
        char last = 0;
        for (int i = 0; i < word.length() && b.length() < 4; i++) {
            char c = word.charAt(i);
            char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (m != last) {
                b.append(m);
                last = m;
            }
        }
        return b.toString();
    }

    /**
     * Gold labels for one sentence's tokens from character spans of one role each ({@code role} 1 source, 3 cue, 5
     * content, as {@link #LABELS} index of the B- label): a token takes the role of a span it overlaps; it begins the
     * span ({@code B-}) when it is the first of that span's tokens.
     */
    public static int[] labels(List<Token> s, List<int[]> spans) {
        int[] out = new int[s.size()];
        int[] owner = new int[s.size()];
        java.util.Arrays.fill(owner, -1);
        for (int k = 0; k < spans.size(); k++) {
            int[] sp = spans.get(k);
            for (int i = 0; i < s.size(); i++) {
                Token t = s.get(i);
                if (t.start() < sp[1] && t.end() > sp[0] && owner[i] < 0) {
                    owner[i] = k;
                    out[i] = sp[2];
                }
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (owner[i] >= 0 && i > 0 && owner[i - 1] == owner[i]) {
                out[i] = out[i] + 1;
            }
        }
        return out;
    }
}
