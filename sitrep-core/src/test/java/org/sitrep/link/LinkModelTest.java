package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.LinkType;

class LinkModelTest {
    /** Pairs whose only signal is one feature: cosine high → supports, opposed → contradicts, else none. */
    private static LinkModel toy(double threshold) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        int cosine = PairFeatures.NAMES.indexOf("cosine>=0.8");
        int opposed = PairFeatures.NAMES.indexOf("opposed");
        for (int i = 0; i < 60; i++) {
            double[] f = new double[PairFeatures.NAMES.size()];
            f[0] = 1;
            int kind = i % 3;
            if (kind == 1) {
                f[cosine] = 1;
            } else if (kind == 2) {
                f[cosine] = 1;
                f[opposed] = 1;
            }
            x.add(f);
            y.add(kind);
        }
        return LinkModel.train(x, y, 0.001, 200, threshold, 1);
    }

    private static double[] with(String... names) {
        double[] f = new double[PairFeatures.NAMES.size()];
        f[0] = 1;
        for (String n : names) {
            f[PairFeatures.NAMES.indexOf(n)] = 1;
        }
        return f;
    }

    @Test
    void learns_which_signal_means_which_link() {
        LinkModel m = toy(0.5);
        assertThat(m.decide(with()).isEmpty()).isTrue();
        assertThat(m.decide(with("cosine>=0.8")).orElseThrow().type()).isEqualTo(LinkType.SUPPORTS);
        assertThat(m.decide(with("cosine>=0.8", "opposed")).orElseThrow().type()).isEqualTo(LinkType.CONTRADICTS);
    }

    @Test
    void a_high_threshold_keeps_only_sure_links() {
        assertThat(toy(0.999).decide(with("cosine>=0.8")).isEmpty()).isTrue();
    }

    @Test
    void survives_its_text_file_and_names_a_bad_row() throws Exception {
        LinkModel m = toy(0.5);
        StringWriter out = new StringWriter();
        m.write(new PrintWriter(out));
        LinkModel back = LinkModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "m.tsv");
        assertThat(back.threshold()).isEqualTo(0.5);
        assertThat(back.decide(with("cosine>=0.8", "opposed")).orElseThrow().type()).isEqualTo(LinkType.CONTRADICTS);
        String broken = out.toString().replace("opposed\t", "opossed\t");
        assertThatThrownBy(() -> LinkModel.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "m.tsv"))
                .hasMessageContaining("m.tsv:").hasMessageContaining("unknown feature 'opossed'");
    }

    @Test
    void the_bundled_model_reads() {
        assertThat(LinkModel.bundled()).isNotNull();
    }
}
