package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void of_takes_the_covered_text() {
        Span s = Span.of("Mikati's office denied it", 0, 6);
        assertEquals("Mikati", s.text());
        assertThat(s.length()).isEqualTo(6);
    }

    @Test
    void of_outside_the_text_names_the_range() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Span.of("abc", 1, 9));
        assertEquals("Span [1, 9) lies outside a text of length 3", e.getMessage());
    }

    @Test
    void text_must_fit_the_offsets() {
        assertThrows(IllegalArgumentException.class, () -> new Span(0, 3, "ab"));
    }

    @Test
    void offset_map_maps_each_piece_back_to_the_raw_input() {
        OffsetMap map = new OffsetMap(List.of(new OffsetMap.Segment(0, 100, 10), new OffsetMap.Segment(11, 130, 5)));
        assertEquals(100, map.toRaw(0));
        assertEquals(109, map.toRaw(9));
        assertEquals(130, map.toRaw(11));
        assertEquals(133, map.toRaw(14));
    }
}
