package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorType;

class AcledActorsTest {
    private static final AcledActors BUNDLED = AcledActors.bundled();

    @Test
    void state_forces_at_home_and_abroad() {
        AcledActors.Who army = new AcledActors.Who("agent:ISRMIL", ActorType.MILITARY, "ISRMIL", "ISR", List.of("israeli", "soldier"));
        assertEquals("State forces", BUNDLED.category(army, "ISR"));
        assertEquals("External/Other forces", BUNDLED.category(army, "PSE"));
        assertEquals("State forces", BUNDLED.category(army, null));
    }

    @Test
    void a_named_group_by_its_id_before_its_type() {
        assertEquals("Political militia", BUNDLED.category(new AcledActors.Who("org:hamas", ActorType.REBEL, "PSEREB", "PSE", List.of("hamas")), "PSE"));
        assertEquals("Rebel groups", BUNDLED.category(new AcledActors.Who("org:unknown", ActorType.REBEL, null, null, List.of()), null));
    }

    @Test
    void words_of_the_phrase_the_last_one_first() {
        assertEquals("Civilians", BUNDLED.category(new AcledActors.Who("country:PSE", ActorType.COUNTRY, "PSE", "PSE", List.of("palestinian", "house")), "PSE"));
        assertEquals("External/Other forces", BUNDLED.category(new AcledActors.Who(null, null, null, "ISR", List.of("israeli", "military", "vehicle")), "PSE"));
        assertEquals("Civilians", BUNDLED.category(new AcledActors.Who(null, null, null, null, List.of("dozen", "of", AcledActors.PLURAL_DEMONYM)), "PSE"));
        assertNull(BUNDLED.category(new AcledActors.Who(null, null, null, null, List.of("target")), "PSE"));
    }

    @Test
    void the_sector_of_a_code() {
        assertEquals("Civilians", BUNDLED.category(new AcledActors.Who("agent:ISRCVL", ActorType.GROUP, "ISRCVL", "ISR", List.of()), "PSE"));
    }

    @Test
    void a_bad_row_names_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AcledActors.read("a.tsv",
                new ByteArrayInputStream("word\tcivilian\tCivilians\nkind\tx\tCivilians\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("a.tsv:2: kind is actor, word, sector or type, got 'kind'", e.getMessage());
    }
}
