package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BbcSampleTest {
    @TempDir
    Path dir;

    @Test
    void splits_body_sentences_and_skips_the_title() {
        String article = "Labour plans pay rise\n\nPay is to rise by 5%, Mr Brown said. Dr Smith  disagreed.\n"
                + "\"It is wrong!\" he said. The U.S. firm agreed.\n";
        assertThat(BbcSample.sentences(article)).containsExactly("Pay is to rise by 5%, Mr Brown said.", "Dr Smith disagreed.",
                "\"It is wrong!\" he said.", "The U.S. firm agreed.");
    }

    @Test
    void the_draw_is_reproducible_and_alternates_dev_and_test() throws Exception {
        for (String topic : BbcSample.TOPICS) {
            Files.createDirectories(dir.resolve(topic));
            for (int i = 1; i <= 80; i++) {
                Files.writeString(dir.resolve(topic).resolve(String.format("%03d.txt", i)),
                        "Title " + i + "\n\nThis is the first sentence of article " + i + ". This is the second sentence of article " + i + ".\n");
            }
        }
        List<BbcSample.Drawn> first = BbcSample.draw(dir);
        assertThat(first).hasSize(BbcSample.PER_TOPIC * 5);
        assertThat(BbcSample.draw(dir)).isEqualTo(first);
        assertThat(first.subList(0, 4)).extracting(BbcSample.Drawn::split).containsExactly("dev", "test", "dev", "test");
        assertThat(first).extracting(BbcSample.Drawn::sentence).allMatch(s -> s.startsWith("This is the"));
    }

    @Test
    void the_second_dev_draw_skips_the_first_draws_articles() throws Exception {
        for (String topic : BbcSample.TOPICS) {
            Files.createDirectories(dir.resolve(topic));
            for (int i = 1; i <= 130; i++) {
                Files.writeString(dir.resolve(topic).resolve(String.format("%03d.txt", i)),
                        "Title " + i + "\n\nThis is the first sentence of article " + i + ". This is the second sentence of article " + i + ".\n");
            }
        }
        Set<String> first = BbcSample.draw(dir).stream().map(BbcSample.Drawn::file).collect(Collectors.toSet());
        List<BbcSample.Drawn> second = BbcSample.drawDev2(dir, first);
        assertThat(second).hasSize(BbcSample.DEV2_PER_TOPIC * 5);
        assertThat(BbcSample.drawDev2(dir, first)).isEqualTo(second);
        assertThat(second).extracting(BbcSample.Drawn::split).containsOnly(BbcSample.DEV2_SPLIT);
        assertThat(second).extracting(BbcSample.Drawn::file).doesNotContainAnyElementsOf(first);
        assertThat(second.get(0).id()).isEqualTo("bus2-01");
    }

    @Test
    void a_drawn_sentence_is_located_by_offsets_across_line_breaks() {
        String article = "Title\n\nThe union  said\nit would strike. Then more.";
        int[] at = BbcSample.locate(article, "The union said it would strike.");
        org.junit.jupiter.api.Assertions.assertEquals("The union  said\nit would strike.", article.substring(at[0], at[1]));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> BbcSample.locate(article, "Nothing like it."));
    }
}
