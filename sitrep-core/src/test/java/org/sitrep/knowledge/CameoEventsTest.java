package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventCoding;

class CameoEventsTest {
    @Test
    void quad_class_follows_the_root() {
        assertEquals(1, CameoEvents.quadClass("042"));
        assertEquals(1, CameoEvents.quadClass("057"));
        assertEquals(2, CameoEvents.quadClass("0874"));
        assertEquals(3, CameoEvents.quadClass("111"));
        assertEquals(3, CameoEvents.quadClass("138"));
        assertEquals(4, CameoEvents.quadClass("141"));
        assertEquals(4, CameoEvents.quadClass("195"));
        assertThatThrownBy(() -> CameoEvents.quadClass("21")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_unlisted_code_takes_its_nearest_ancestors_score() {
        CameoEvents c = CameoEvents.bundled();
        assertEquals(-10.0, c.goldstein("195"));
        assertEquals(9.0, c.goldstein("0874"), "0874 -> 087");
        assertEquals(-7.2, c.goldstein("155"), "155 -> 15");
        EventCoding coding = c.coding("173");
        assertEquals(4, coding.quadClass());
        assertEquals(-5.0, coding.goldstein());
        assertThatThrownBy(() -> c.goldstein("99")).isInstanceOf(IllegalArgumentException.class);
    }
}
