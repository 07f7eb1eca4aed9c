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

/** Grouping tagged pieces into attributions, on token fixtures: each sentence is "word/LABEL ..." with S, C, Q (content) or O. */
class AttributionSpansTest {
    private record Fixture(Document doc, List<int[]> labels) {}

    private static Fixture fixture(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> ss = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        for (String spec : sentences) {
            String[] words = spec.split(" ");
            int first = tokens.size();
            int start = text.length();
            int[] l = new int[words.length];
            char prev = 'O';
            for (int i = 0; i < words.length; i++) {
                String[] p = words[i].split("/");
                if (i > 0) {
                    text.append(' ');
                }
                tokens.add(new Token(text.length(), text.length() + p[0].length(), p[0], "NN", p[0].toLowerCase(), "O"));
                text.append(p[0]);
                char role = p[1].charAt(0);
                int b = switch (role) {
                    case 'S' -> AttributionTagger.SRC;
                    case 'C' -> AttributionTagger.CUE;
                    case 'Q' -> AttributionTagger.CON;
                    default -> AttributionTagger.O;
                };
                l[i] = b == AttributionTagger.O ? b : role == prev ? b + 1 : b;
                prev = role;
            }
            bounds.add(new int[] {start, text.length(), first, tokens.size()});
            labels.add(l);
            text.append(' ');
        }
        String t = text.toString();
        for (int[] b : bounds) {
            ss.add(new Sentence(Span.of(t, b[0], b[1]), b[2], b[3]));
        }
        Article a = new Article("x", "x", null, "t", null, List.of(), List.of(), t, "en", OffsetMap.shifted(0, t.length()));
        return new Fixture(Document.of(a).withAnnotations(ss, tokens, List.of(), List.of()), labels);
    }

    private static List<String> found(Fixture f) {
        List<String> out = new ArrayList<>();
        for (AttributionSpans.Found x : AttributionSpans.group(f.doc(), f.labels())) {
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
        assertThat(found(fixture("Aides/S said/C talks/Q failed/Q but/O rivals/S denied/C it/Q ./O")))
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
    void a_cue_without_any_content_is_no_attribution() {
        assertThat(found(fixture("He/S said/C ./O", "It/O rained/O ./O"))).isEmpty();
    }
}
