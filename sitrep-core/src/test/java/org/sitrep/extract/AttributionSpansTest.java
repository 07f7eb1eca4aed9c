package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Resolving cues into attributions, on token fixtures: each sentence is "word/ROLE ..." with S (source), C (cue), Q
 * (content) or O; a digit after the role ("S2") says which cue of the sentence the span model gave it to (default 1).
 */
class AttributionSpansTest {
    private record Fixture(Document doc, List<int[]> labels, List<AttributionSpans.CueSpans> cues) {}

    private static Fixture fixture(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> ss = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        List<AttributionSpans.CueSpans> cues = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        for (String spec : sentences) {
            String[] words = spec.split(" ");
            int first = tokens.size();
            int start = text.length();
            int[] l = new int[words.length];
            char[] roles = new char[words.length];
            int[] owner = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                String[] p = words[i].split("/");
                if (i > 0) {
                    text.append(' ');
                }
                tokens.add(new Token(text.length(), text.length() + p[0].length(), p[0], "NN", p[0].toLowerCase(), "O"));
                text.append(p[0]);
                roles[i] = p[1].charAt(0);
                owner[i] = p[1].length() > 1 ? p[1].charAt(1) - '0' : 1;
                int b = switch (roles[i]) {
                    case 'S' -> AttributionTagger.SRC;
                    case 'C' -> AttributionTagger.CUE;
                    case 'Q' -> AttributionTagger.CON;
                    default -> AttributionTagger.O;
                };
                l[i] = b == AttributionTagger.O ? b : i > 0 && roles[i - 1] == roles[i] && owner[i - 1] == owner[i] ? b + 1 : b;
            }
            int k = labels.size();
            labels.add(l);
            for (AttributionSpans.Piece cue : AttributionSpans.pieces(k, l)) {
                if (cue.role() != AttributionTagger.CUE) {
                    continue;
                }
                int n = owner[cue.from()];
                int[] spans = new int[words.length];
                for (int i = 0; i < words.length; i++) {
                    int b = owner[i] != n ? 0 : roles[i] == 'S' ? AttributionTagger.SPAN_SRC : roles[i] == 'Q' ? AttributionTagger.SPAN_CON : 0;
                    spans[i] = b == 0 ? 0 : i > 0 && roles[i - 1] == roles[i] && owner[i - 1] == n ? b + 1 : b;
                }
                cues.add(new AttributionSpans.CueSpans(cue, spans));
            }
            bounds.add(new int[] {start, text.length(), first, tokens.size()});
            text.append(' ');
        }
        String t = text.toString();
        for (int[] b : bounds) {
            ss.add(new Sentence(Span.of(t, b[0], b[1]), b[2], b[3]));
        }
        Article a = new Article("x", "x", null, "t", null, List.of(), List.of(), t, "en", OffsetMap.shifted(0, t.length()));
        return new Fixture(Document.of(a).withAnnotations(ss, tokens, List.of(), List.of()), labels, cues);
    }

    private static List<String> found(Fixture f) {
        List<String> out = new ArrayList<>();
        for (AttributionSpans.Found x : AttributionSpans.resolve(f.labels(), f.cues())) {
            String text = f.doc().text();
            String source = x.source() == null ? "-" : text.substring(AttributionSpans.start(f.doc(), x.source()), AttributionSpans.end(f.doc(), x.source()));
            out.add(source + " | " + text.substring(AttributionSpans.start(f.doc(), x.cue()), AttributionSpans.end(f.doc(), x.cue())) + " | "
                    + text.substring(AttributionSpans.start(f.doc(), x.contentFrom()), AttributionSpans.end(f.doc(), x.contentTo())));
        }
        return out;
    }

    @Test
    void a_cue_takes_the_source_before_it_and_the_content_after_it() {
        assertThat(found(fixture("The/S minister/S said/C talks/Q failed/Q ./O"))).containsExactly("The minister | said | talks failed");
    }

    @Test
    void two_cues_in_a_sentence_do_not_share_their_spans() {
        assertThat(found(fixture("Aides/S1 said/C1 talks/Q1 failed/Q1 but/O rivals/S2 denied/C2 it/Q2 ./O")))
                .containsExactly("Aides | said | talks failed", "rivals | denied | it");
    }

    @Test
    void an_inverted_report_takes_the_content_before_and_the_source_after() {
        assertThat(found(fixture("Talks/Q failed/Q ,/O said/C the/S envoy/S ./O"))).containsExactly("the envoy | said | Talks failed");
    }

    @Test
    void a_quotation_interrupted_by_its_source_is_one_content() {
        assertThat(found(fixture("Talks/Q failed/Q ,/O he/S said/C ,/O sadly/Q ./O")))
                .containsExactly("he | said | Talks failed , he said , sadly");
    }

    @Test
    void a_content_runs_on_into_the_next_sentence_without_a_cue() {
        assertThat(found(fixture("He/S said/C talks/Q failed/Q", "They/Q will/Q resume/Q ./O", "It/O rained/O ./O")))
                .containsExactly("He | said | talks failed They will resume");
    }

    @Test
    void a_cue_alone_in_its_sentence_takes_the_next_sentences_content() {
        assertThat(found(fixture("He/S said/C :/O", "Talks/Q failed/Q ./O"))).containsExactly("He | said | Talks failed");
    }

    @Test
    void the_source_nearest_the_cue_wins_and_one_before_it_on_a_tie() {
        assertThat(found(fixture("Aides/S and/O officials/S said/C talks/Q failed/Q ./O"))).containsExactly("officials | said | talks failed");
    }

    @Test
    void a_cue_without_any_content_is_no_attribution() {
        assertThat(found(fixture("He/S said/C ./O", "It/O rained/O ./O"))).isEmpty();
    }
}
