package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorType;

class CameoCodesTest {
    private final CameoCodes codes = new CameoCodes(List.of("KSV"));

    @Test
    void the_first_known_sector_group_decides_the_type() {
        assertEquals(ActorType.GOVERNMENT, CameoCodes.organisationType("SDNGOVPTY"));
        assertEquals(ActorType.MILITARY, CameoCodes.organisationType("USAMILSPY"));
        assertEquals(ActorType.POLICE, CameoCodes.organisationType("RUSCOP"));
        assertEquals(ActorType.REBEL, CameoCodes.organisationType("SYRINSMUS"));
        assertEquals(ActorType.REBEL, CameoCodes.organisationType("IMGMUSISI"));
        assertEquals(ActorType.PARTY, CameoCodes.organisationType("SYROPPHRI"));
        assertEquals(ActorType.IGO, CameoCodes.organisationType("IGOUNOMED"));
        assertEquals(ActorType.NGO, CameoCodes.organisationType("NGOCHRPRO214"));
        assertEquals(ActorType.MEDIA, CameoCodes.organisationType("MED"));
        assertEquals(ActorType.BUSINESS, CameoCodes.organisationType("MNCUSA"));
        assertEquals(ActorType.ORGANIZATION, CameoCodes.organisationType("USAEDU"));
    }

    @Test
    void countries_are_iso_codes_and_the_declared_extras() {
        assertEquals(Optional.of("SYR"), codes.country("SYRGOV"));
        assertEquals(Optional.of("KSV"), codes.country("KSVMIL"));
        assertEquals(Optional.empty(), codes.country("IGOUNO"));
        assertEquals(Optional.empty(), codes.country("KKLREB"));
        assertTrue(codes.isCountry("IRQ"));
        assertFalse(codes.isCountry("IRQGOV"));
    }
}
