package org.sitrep.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainPerceptronTest {
    private static final List<String> LABELS = List.of("O", "B-X", "I-X");

    /** Words, each with its own word feature and the previous word's. */
    private static long[][] features(String sentence) {
        String[] w = sentence.split(" ");
        long[][] f = new long[w.length][];
        for (int i = 0; i < w.length; i++) {
            f[i] = new long[] {Features.of(1, w[i]), Features.of(2, i > 0 ? w[i - 1] : "<s>"), Features.of(3, "bias")};
        }
        return f;
    }

    /** Gold: an X span starts at "say" and runs to the end. */
    private static int[] gold(String sentence) {
        String[] w = sentence.split(" ");
        int[] y = new int[w.length];
        boolean in = false;
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals("say")) {
                y[i] = 1;
                in = true;
            } else {
                y[i] = in ? 2 : 0;
            }
        }
        return y;
    }

    private static ChainPerceptron trained() {
        ChainPerceptron.Trainer t = new ChainPerceptron.Trainer(LABELS);
        for (String s : List.of("they say it rains", "we say no", "a dog barks", "they say the dog barks loudly", "no one knows")) {
            t.add(features(s), gold(s));
        }
        return t.train(10, 1, null);
    }

    @Test
    void learns_a_span_that_runs_from_its_trigger_to_the_end() {
        assertThat(trained().decode(features("people say it barks"))).containsExactly(0, 1, 2, 2);
        assertThat(trained().decode(features("a dog knows"))).containsExactly(0, 0, 0);
    }

    @Test
    void never_decodes_an_inside_label_without_its_beginning() {
        ChainPerceptron.Trainer t = new ChainPerceptron.Trainer(LABELS);
        // Training data that would teach I-X on its own: the constraint must still forbid it at the start.
        t.add(features("rains"), new int[] {1});
        t.add(features("it rains"), new int[] {1, 2});
        int[] y = t.train(5, 1, null).decode(features("rains"));
        assertThat(y[0]).isNotEqualTo(2);
    }

    @Test
    void survives_a_round_trip_through_its_file() throws IOException {
        ChainPerceptron m = trained();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.save(out);
        ChainPerceptron back = ChainPerceptron.load(new ByteArrayInputStream(out.toByteArray()), "test");
        assertThat(back.labels()).isEqualTo(LABELS);
        assertThat(back.decode(features("people say it barks"))).containsExactly(m.decode(features("people say it barks")));
    }

    @Test
    void a_file_that_is_no_model_is_named_in_the_error() {
        assertThatThrownBy(() -> ChainPerceptron.load(new ByteArrayInputStream(new byte[] {1, 2, 3}), "broken.bin.gz"))
                .hasMessageContaining("broken.bin.gz");
    }

    @Test
    void the_bio_table_allows_inside_only_after_its_own_kind() {
        boolean[][] a = ChainPerceptron.bio(List.of("O", "B-X", "I-X", "B-Y", "I-Y"));
        assertThat(a[0][2]).isFalse();
        assertThat(a[1 + 1][2]).isTrue();
        assertThat(a[3 + 1][2]).isFalse();
        assertThat(a[0 + 1][3]).isTrue();
    }
}
