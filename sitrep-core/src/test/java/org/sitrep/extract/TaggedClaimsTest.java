package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Token;

class TaggedClaimsTest {
    /** "word/POS[/lemma] ..." → tokens, offsets as if joined by spaces. */
    private static List<Token> tagged(String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : spec.split(" ")) {
            String[] p = w.split("/");
            String word = p[0];
            out.add(new Token(at, at + word.length(), word, p[1], p.length > 2 ? p[2] : word.toLowerCase(), "O"));
            at += word.length() + 1;
        }
        return out;
    }

    private static String recipient(String spec) {
        List<Token> s = tagged(spec);
        AttributionSpans.Piece cue = new AttributionSpans.Piece(0, AttributionTagger.CUE, 0, 1);
        return TaggedClaims.channel(s, cue);
    }

    @Test
    void a_programme_name_holds_its_possessive_article_and_preposition() {
        assertThat(recipient("told/VBD/tell BBC/NNP Radio/NNP Four/NNP 's/POS the/DT World/NNP at/IN One/CD his/PRP$ concern/NN")).isEqualTo("BBC Radio Four 's the World at One"); // the fixture puts a space before every token;
        assertThat(recipient("told/VBD/tell the/DT Bank/NNP of/IN England/NNP that/IN rates/NNS")).isEqualTo("the Bank of England");
    }

    @Test
    void a_weekday_after_the_name_is_no_part_of_it() {
        assertThat(recipient("told/VBD/tell Reuters/NNP on/IN Monday/NNP that/IN talks/NNS")).isEqualTo("Reuters");
        assertThat(recipient("told/VBD/tell Reuters/NNP at/IN May/NNP rallies/NNS")).isEqualTo("Reuters");
    }

    @Test
    void only_a_cue_of_telling_has_a_recipient() {
        assertThat(recipient("said/VBD BBC/NNP News/NNP")).isNull();
    }

    @Test
    void contents_lose_their_frame_as_the_rules_cut_theirs() {
        String text = "\"that the road is open,\"";
        int[] b = TaggedClaims.trim(text, 0, text.length(), true);
        assertThat(text.substring(b[0], b[1])).isEqualTo("the road is open");
        int[] d = TaggedClaims.trim("that deal is dead.", 0, 18, false);
        assertThat("that deal is dead.".substring(d[0], d[1])).isEqualTo("that deal is dead");
    }
}
