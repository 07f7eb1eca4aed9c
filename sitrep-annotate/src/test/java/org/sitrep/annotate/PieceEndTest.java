package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PieceEndTest {
    @Test
    void a_short_text_is_one_piece() {
        assertEquals(11, CoreNlpAnnotator.pieceEnd("Hello world", 0, 20));
    }

    @Test
    void a_long_text_is_cut_after_the_last_line_break_in_the_second_half() {
        String t = "aaaa bbbb.\ncccc dddd. eeee ffff gggg";
        assertEquals(11, CoreNlpAnnotator.pieceEnd(t, 0, 16));
    }

    @Test
    void without_a_line_break_the_cut_follows_a_sentence_end_then_a_space() {
        assertEquals(11, CoreNlpAnnotator.pieceEnd("aaaa bbbb. cccc dddd eeee", 0, 16));
        assertEquals(15, CoreNlpAnnotator.pieceEnd("aaaa bbbb cccc dddd eeee", 0, 16));
        assertEquals(26, CoreNlpAnnotator.pieceEnd("xxxxxxxxxx aaaa bbbb cccc dddd eeee", 10, 16));
    }
}
