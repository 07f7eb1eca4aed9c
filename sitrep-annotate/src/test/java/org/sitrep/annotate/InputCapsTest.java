package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InputCapsTest {
    @Test
    void ordinary_text_is_returned_as_it_is() {
        String text = "Talks resumed in Doha. Officials said the truce held.\nA second line.";
        InputCaps.Capped c = new InputCaps(20, 10).apply(text);
        assertSame(text, c.text());
        assertThat(c.changes()).isEmpty();
    }

    @Test
    void a_token_over_the_limit_becomes_spaces_of_the_same_length() {
        InputCaps.Capped c = new InputCaps(5, 100).apply("One abcdefghij two");
        assertEquals("One            two", c.text());
        assertEquals(1, c.changes().size());
        assertEquals("skipped 1 token longer than 5 characters (the longest 10, the first at offset 4; raise --max-token-chars to read them)",
                c.changes().get(0));
    }

    @Test
    void a_sentence_over_the_limit_is_cut_by_newlines_every_n_words() {
        InputCaps.Capped c = new InputCaps(50, 3).apply("a b c d e f g. h i");
        assertEquals("a b c\nd e f\ng. h i", c.text());
        assertEquals("split 1 sentence longer than 3 words into pieces (2 cuts, the first at offset 6; raise --max-sentence-words to keep them whole)",
                c.changes().get(0));
    }

    @Test
    void sentence_ends_and_line_breaks_restart_the_count() {
        String text = "a b c. d e f! g h i?\" j k l\nm n o";
        assertSame(text, new InputCaps(50, 3).apply(text).text());
    }

    @Test
    void skipped_tokens_do_not_count_as_words_and_lengths_never_change() {
        String text = "x " + "y".repeat(30) + " z w v u";
        InputCaps.Capped c = new InputCaps(10, 3).apply(text);
        assertEquals(text.length(), c.text().length());
        assertEquals("x " + " ".repeat(30) + " z w\nv u", c.text());
        assertEquals(2, c.changes().size());
    }

    @Test
    void limits_below_one_are_refused_naming_the_parameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new InputCaps(0, 5));
        assertEquals("The parameter 'maxTokenChars' must be at least 1, got 0", e.getMessage());
    }
}
