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

    /** The span model's labels: a source and a content of one given cue. */
    public static final List<String> SPAN_LABELS = List.of("O", "B-SRC", "I-SRC", "B-CON", "I-CON");
    static final int SPAN_SRC = 1;
    static final int SPAN_CON = 3;

    private static final String MAGIC = "sitrep.attribution-tagger/3";
    private final ChainPerceptron first;
    private final ChainPerceptron second;
    private final ChainPerceptron spans;

    /**
     * A tagger of three models: {@code first} over the token features; {@code second} over the same features and what
     * the first found around each token (where its cues stand, its label of the token and its neighbours, how the
     * sentences around end and begin), whose cues are the attributions' cues; and {@code spans}, which for one cue
     * at a time labels its sentence's tokens as that cue's source or content, from the token features and the token's
     * relation to the cue (side, distance, commas and other cues between, the cue's lemma).
     */
    public AttributionTagger(ChainPerceptron first, ChainPerceptron second, ChainPerceptron spans) {
        for (ChainPerceptron m : List.of(first, second)) {
            if (!m.labels().equals(LABELS)) {
                throw new IllegalArgumentException("an attribution tagger needs labels " + LABELS + ", the model has " + m.labels());
            }
        }
        if (!spans.labels().equals(SPAN_LABELS)) {
            throw new IllegalArgumentException("an attribution span model needs labels " + SPAN_LABELS + ", the model has " + spans.labels());
        }
        this.first = first;
        this.second = second;
        this.spans = spans;
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
        return new AttributionTagger(ChainPerceptron.read(d, name), ChainPerceptron.read(d, name), ChainPerceptron.read(d, name));
    }

    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gzip);
        d.writeUTF(MAGIC);
        first.write(d);
        second.write(d);
        spans.write(d);
        d.flush();
        gzip.finish();
    }

    /** How many features carry a weight, in both models. */
    public int features() {
        return first.features() + second.features() + spans.features();
    }

    /** What every pass reads of a document, made once: each token's quotation state, each sentence's lower-cased tokens. */
    record View(boolean[] quoted, List<List<Token>> lowered) {
        static View of(Document doc) {
            List<List<Token>> low = new ArrayList<>(doc.sentences().size());
            for (Sentence sentence : doc.sentences()) {
                low.add(AttributionTagger.lowered(doc.tokens(sentence)));
            }
            return new View(insideQuotes(doc), low);
        }
    }

    /** Labels (indexes into {@link #LABELS}) for every sentence: the first pass, then the second over it. */
    private List<int[]> labels(List<long[][]> features, View view) {
        List<int[]> pass = new ArrayList<>(features.size());
        for (long[][] f : features) {
            pass.add(first.decode(f));
        }
        List<long[][]> stacked = stack(features, pass, view);
        List<int[]> out = new ArrayList<>(features.size());
        for (long[][] f : stacked) {
            out.add(second.decode(f));
        }
        return out;
    }

    /** The attributions of a document: the cues the tagger finds, each with the source and content the span model gives it. */
    List<AttributionSpans.Found> attributions(Document doc, List<Claim> ruleClaims) {
        View view = View.of(doc);
        List<long[][]> features = features(doc, ruleClaims, view);
        List<int[]> labels = labels(features, view);
        boolean[] quoted = view.quoted();
        List<AttributionSpans.CueSpans> cues = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            List<AttributionSpans.Piece> found = AttributionSpans.pieces(k, labels.get(k)).stream().filter(p -> p.role() == CUE).toList();
            if (found.isEmpty()) {
                continue;
            }
            Sentence sentence = doc.sentences().get(k);
            List<Token> low = view.lowered().get(k);
            boolean[] q = java.util.Arrays.copyOfRange(quoted, sentence.firstToken(), sentence.endToken());
            float[][] shared = spans.emissions(features.get(k));
            for (AttributionSpans.Piece cue : found) {
                float[][] own = spans.emissions(cueFeatures(low, q, labels.get(k), cue.from(), cue.to()));
                for (int i = 0; i < own.length; i++) {
                    for (int y = 0; y < own[i].length; y++) {
                        own[i][y] += shared[i][y];
                    }
                }
                cues.add(new AttributionSpans.CueSpans(cue, spans.decode(own)));
            }
        }
        return AttributionSpans.resolve(labels, cues);
    }

    /** Whether each token of the document stands inside a quotation (public for the training command). */
    public static boolean[] quoted(Document doc) {
        return insideQuotes(doc);
    }

    /** A sentence's tokens with lower-cased words and lemmas (public for the training command). */
    public static List<Token> lower(List<Token> s) {
        return lowered(s);
    }

    /**
     * What the span model adds to each token's own features for one cue {@code [c0, c1)} of its sentence: its side
     * of the cue and distance, with its tag, word and the cue's lemma; the commas, and the other cues {@code pass}
     * found, between it and the cue; whether it shares the cue's quotation state; the pass's label of it.
     */
    public static long[][] cueFeatures(List<Token> low, boolean[] quoted, int[] pass, int c0, int c1) {
        int n = low.size();
        String cueLemma = low.get(c0).lemma();
        for (int i = c0; i < c1; i++) {
            if (low.get(i).isVerb()) {
                cueLemma = low.get(i).lemma();
                break;
            }
        }
        String cuePos = low.get(c0).pos();
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            int side = i < c0 ? -1 : i >= c1 ? 1 : 0;
            int dist = side < 0 ? c0 - i : side > 0 ? i - c1 + 1 : 0;
            int rel = side * bucket(dist);
            int commas = 0;
            int verbs = 0;
            boolean otherCue = false;
            boolean conjunction = false;
            boolean quote = false;
            int from = side < 0 ? i + 1 : c1;
            int to = side < 0 ? c0 : i;
            for (int j = from; j < to; j++) {
                Token b = low.get(j);
                commas += b.text().equals(",") ? 1 : 0;
                verbs += b.isVerb() ? 1 : 0;
                otherCue |= pass[j] == CUE;
                conjunction |= b.pos().equals("CC");
                quote |= Quotations.isQuote(b);
            }
            Token t = low.get(i);
            int sameQuote = quoted[i] == quoted[c0] ? 1 : 0;
            long[] f = new long[21];
            int k = 0;
            f[k++] = Features.of(201, rel);
            f[k++] = Features.of(202, t.pos(), rel);
            f[k++] = Features.of(203, cueLemma, side);
            f[k++] = Features.of(204, cueLemma, rel);
            f[k++] = Features.of(205, Math.min(commas, 3), side);
            f[k++] = Features.of(206, sameQuote, side);
            f[k++] = Features.of(207, otherCue ? 1 : 0, side);
            f[k++] = Features.of(208, pass[i], side);
            f[k++] = Features.of(209, t.text(), side);
            f[k++] = Features.of(210, t.lemma(), rel);
            f[k++] = Features.of(211, t.ner(), side);
            f[k++] = Features.of(212, cuePos, rel);
            f[k++] = Features.of(213, (i == 0 ? 1 : 0) + (i == n - 1 ? 2 : 0), side);
            f[k++] = Features.of(214, cueLemma, dist <= 2 ? t.text() : "-");
            f[k++] = Features.of(215, Math.min(commas, 3) * 4 + sameQuote * 2 + (otherCue ? 1 : 0), rel);
            f[k++] = Features.of(216, quoted[i] ? 1 : 0, rel);
            f[k++] = Features.of(217, Math.min(verbs, 2), side);
            f[k++] = Features.of(218, (conjunction ? 1 : 0) + (quote ? 2 : 0), side);
            f[k++] = Features.of(219, (c0 == 0 ? 1 : 0) + (c1 >= n - 2 ? 2 : 0), side);
            f[k++] = Features.of(220, t.pos() + (i + 1 < n ? low.get(i + 1).pos() : "</s>"), side);
            f[k++] = Features.of(221, Math.min(verbs, 2) * 4 + Math.min(commas, 3), t.pos());
            out[i] = f;
        }
        return out;
    }

    /**
     * The second model's features: each token's own, and what the first pass found — its label of the token and of
     * the tokens beside it, how far the nearest cue it found stands on each side and what that cue's lemma is, and
     * the label ending the sentence before and starting the one after.
     */
    public static List<long[][]> stack(Document doc, List<long[][]> features, List<int[]> pass) {
        return stack(features, pass, View.of(doc));
    }

    private static List<long[][]> stack(List<long[][]> features, List<int[]> pass, View view) {
        List<long[][]> out = new ArrayList<>(features.size());
        for (int k = 0; k < features.size(); k++) {
            long[][] f = features.get(k);
            int[] p = pass.get(k);
            List<Token> s = view.lowered().get(k);
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
                String ll = left[i] < 0 ? "-" : s.get(left[i]).lemma();
                String rl = right[i] < 0 ? "-" : s.get(right[i]).lemma();
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
                extra[e++] = Features.of(111, p[i], s.get(i).text());
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
        int k = Token.firstEndingAfter(tokens, start);
        for (; k < tokens.size() && tokens.get(k).start() < end; k++) {
            roles[k] = role;
        }
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
        return features(doc, ruleClaims, View.of(doc));
    }

    private static List<long[][]> features(Document doc, List<Claim> ruleClaims, View view) {
        int[] roles = ruleRoles(doc, ruleClaims);
        boolean[] quoted = view.quoted();
        List<long[][]> out = new ArrayList<>(doc.sentences().size());
        for (int k = 0; k < doc.sentences().size(); k++) {
            Sentence sentence = doc.sentences().get(k);
            List<Token> s = doc.tokens(sentence);
            List<Token> low = view.lowered().get(k);
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
                f[i] = token(s, low, i, base, roles, quoted, lex, left[i], right[i], flags);
            }
            out.add(f);
        }
        return out;
    }

    /** The tokens with word and lemma in lower case, made once per sentence instead of once per feature. */
    private static List<Token> lowered(List<Token> s) {
        List<Token> out = new ArrayList<>(s.size());
        for (Token t : s) {
            out.add(new Token(t.start(), t.end(), t.text().toLowerCase(Locale.ROOT), t.pos(), t.lemma().toLowerCase(Locale.ROOT), t.ner()));
        }
        return out;
    }

    private static long[] token(List<Token> s, List<Token> low, int i, int base, int[] roles, boolean[] quoted, boolean[] lex, int left, int right, int flags) {
        Token t = s.get(i);
        String w = low.get(i).text();
        String lemma = low.get(i).lemma();
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
        String leftLemma = left < 0 ? "-" : low.get(left).lemma();
        String rightLemma = right < 0 ? "-" : low.get(right).lemma();
        String afterLeft = left < 0 || left + 1 >= s.size() ? "-" : low.get(left + 1).text();
        int position = i == 0 ? 0 : i == s.size() - 1 ? 2 : 1;
        int commasLeft = 0;
        for (int j = Math.max(left, 0); j < i && left >= 0; j++) {
            commasLeft += s.get(j).text().equals(",") ? 1 : 0;
        }
        boolean colonNear = false;
        for (int j = 1; j < Math.min(s.size(), 5); j++) {
            colonNear |= s.get(j).text().equals(":");
        }
        long[] f = new long[54];
        int k = 0;
        f[k++] = Features.of(1, "bias");
        f[k++] = Features.of(2, w);
        f[k++] = Features.of(3, lemma);
        f[k++] = Features.of(4, pos);
        f[k++] = Features.of(5, shape(t.text()));
        f[k++] = Features.of(6, w.length() > 3 ? w.substring(w.length() - 3) : w);
        f[k++] = Features.of(7, wordAt(low, i - 1));
        f[k++] = Features.of(8, wordAt(low, i + 1));
        f[k++] = Features.of(9, wordAt(low, i - 2));
        f[k++] = Features.of(10, wordAt(low, i + 2));
        f[k++] = Features.of(11, pm1);
        f[k++] = Features.of(12, pp1);
        f[k++] = Features.of(13, pm2);
        f[k++] = Features.of(14, pp2);
        f[k++] = Features.of(15, pm1, pos);
        f[k++] = Features.of(16, pos, pp1);
        f[k++] = Features.of(17, lemmaAt(low, i - 1));
        f[k++] = Features.of(18, lemmaAt(low, i + 1));
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
        f[k++] = Features.of(45, wordAt(low, i - 1), w);
        f[k++] = Features.of(46, w, wordAt(low, i + 1));
        f[k++] = Features.of(47, pos, flags);
        f[k++] = Features.of(48, leftLemma, pos);
        f[k++] = Features.of(49, colonNear ? 1 : 0, Math.min(i, 6));
        f[k++] = Features.of(50, wordAt(low, i + 1).equals(":") ? 1 : 0, pos);
        f[k++] = Features.of(51, bucket(i), bucket(s.size() - 1 - i));
        f[k++] = Features.of(52, Math.min(commasLeft, 2), dl);
        f[k++] = Features.of(53, Math.min(commasLeft, 2), pos);
        f[k++] = Features.of(54, colonNear ? 1 : 0, q * 2 + r);
        return f;
    }

    private static int bucket(int d) {
        return d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : 7;
    }

    private static String posAt(List<Token> s, int i) {
        return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.get(i).pos();
    }

    /** The lower-cased word at {@code i} of a {@link #lowered} sentence, or a boundary marker. */
    private static String wordAt(List<Token> s, int i) {
        return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.get(i).text();
    }

    private static String lemmaAt(List<Token> s, int i) {
        return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.get(i).lemma();
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
