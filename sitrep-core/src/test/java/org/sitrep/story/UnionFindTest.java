package org.sitrep.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnionFindTest {
    @Test
    void a_set_is_named_by_its_earliest_member_whatever_the_order_of_unions() {
        UnionFind u = new UnionFind();
        for (int i = 0; i < 6; i++) {
            assertEquals(i, u.add());
        }
        u.union(4, 5);
        assertEquals(4, u.find(5));
        u.union(5, 2);
        assertEquals(2, u.find(4));
        u.union(3, 1);
        assertEquals(1, u.union(4, 3));
        assertEquals(1, u.find(5));
        assertEquals(0, u.find(0));
    }

    @Test
    void joining_a_set_to_itself_changes_nothing() {
        UnionFind u = new UnionFind();
        u.add();
        u.add();
        assertEquals(0, u.union(0, 1));
        assertEquals(0, u.union(1, 0));
        assertEquals(0, u.find(1));
    }

    @Test
    void it_grows_past_its_first_capacity() {
        UnionFind u = new UnionFind();
        for (int i = 0; i < 1000; i++) {
            u.add();
        }
        for (int i = 999; i > 0; i--) {
            u.union(i, i - 1);
        }
        assertEquals(0, u.find(999));
    }

    @Test
    void an_unknown_member_is_refused() {
        UnionFind u = new UnionFind();
        u.add();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> u.find(3));
        assertEquals("No member 3 (members are 0 to 0)", e.getMessage());
    }
}
