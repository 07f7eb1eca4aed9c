package org.sitrep.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test
    void holds_what_a_hash_map_holds_through_growth_including_key_zero() {
        LongIntMap m = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random r = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            long k = i == 17 ? 0 : r.nextLong() % 5000;
            m.put(k, i);
            expected.put(k, i);
        }
        assertThat(m.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(m.get(k)).isEqualTo(v));
        assertThat(m.get(123_456_789L)).isEqualTo(-1);
        Map<Long, Integer> seen = new HashMap<>();
        m.forEach(seen::put);
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void get_or_add_adds_only_once() {
        LongIntMap m = new LongIntMap(4);
        assertThat(m.getOrAdd(42, 7)).isEqualTo(7);
        assertThat(m.getOrAdd(42, 9)).isEqualTo(7);
        assertThat(m.size()).isEqualTo(1);
    }
}
