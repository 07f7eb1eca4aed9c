package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventContext;
import org.sitrep.model.Means;
import org.sitrep.model.Span;

class AcledMapTest {
    private static final String TEXT = "Troops fired on civilians";

    private static Event assault(String means) {
        Span t = Span.of(TEXT, 7, 12);
        Event e = new Event("ASSAULT", null, t, null, null, null, null, EventContext.ASSERTED, Span.of(TEXT, 0, TEXT.length()), null);
        return means == null ? e : e.withMeans(new Means(means, t));
    }

    private static AcledMap map(String rows) throws Exception {
        return AcledMap.read("test.tsv", new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_means_decides_before_the_target() {
        AcledMap m = AcledMap.bundled();
        assertEquals("Air/drone strike", m.of(assault("air strike"), "Civilians").acledSubType());
        assertEquals("Shelling/artillery/missile attack", m.of(assault("naval"), null).acledSubType());
        assertEquals("Looting/property destruction", m.of(assault("demolition"), "Civilians").acledSubType());
    }

    @Test
    void gunfire_on_civilians_is_an_attack_on_fighters_a_clash() {
        AcledMap m = AcledMap.bundled();
        assertEquals("Attack", m.of(assault("gunfire"), "Civilians").acledSubType());
        assertEquals("Violence against civilians", m.of(assault("gunfire"), "Civilians").acledType());
        assertEquals("Armed clash", m.of(assault("gunfire"), "Political militia").acledSubType());
    }

    @Test
    void a_dash_matches_only_an_empty_value() throws Exception {
        AcledMap m = map("ASSAULT\t*\t*\t-\tBattles\tArmed clash\n");
        assertEquals("Armed clash", m.of(assault(null), null).acledSubType());
        assertNull(m.of(assault(null), "Civilians"));
    }

    @Test
    void an_unknown_target_category_names_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> map("# c\nASSAULT\t*\t*\tSoldiers\tBattles\tArmed clash\n"));
        assertEquals("test.tsv:2: the target is '*', '-' or an ACLED actor category, got 'Soldiers'", e.getMessage());
    }

    @Test
    void property_destroyed_from_the_air_is_the_strike_else_property_destruction_and_a_release_is_other() {
        AcledMap m = AcledMap.bundled();
        Span t = Span.of(TEXT, 7, 12);
        Event destroy = new Event("COERCE", "seize", t, null, null, null, null, EventContext.ASSERTED, Span.of(TEXT, 0, TEXT.length()), null);
        assertEquals("Looting/property destruction", m.of(destroy, "Civilians").acledSubType());
        assertEquals("Air/drone strike", m.of(destroy.withMeans(new Means("air strike", t)), "Civilians").acledSubType());
        Event release = new Event("RETREAT", "release", t, null, null, null, null, EventContext.ASSERTED, Span.of(TEXT, 0, TEXT.length()), null);
        assertEquals("Other", m.of(release, "Civilians").acledSubType());
    }
}
