package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorType;

class PhoenixImportTest {
    @TempDir
    Path dir;

    private PhoenixImport.Result importFixtures(String countries, String international, String nonState, String agents) throws Exception {
        Files.writeString(dir.resolve(PhoenixImport.COUNTRIES), countries);
        Files.writeString(dir.resolve(PhoenixImport.INTERNATIONAL), international);
        Files.writeString(dir.resolve(PhoenixImport.NON_STATE), nonState);
        Files.writeString(dir.resolve(PhoenixImport.AGENTS), agents);
        return PhoenixImport.read(dir);
    }

    private static Map<String, ActorRow> byId(PhoenixImport.Result r) {
        return r.actors().stream().collect(Collectors.toMap(ActorRow::id, Function.identity()));
    }

    private static final String COUNTRIES = String.join("\n",
            "SYRIA_ [SYR]", "+SYRIAN_", "+DAMASCUS_", "",
            "BASHAR_AL_ASSAD_  # CountryInfo.txt", "\t[SYRELI 830101-000101]", "\t[SYRGOV >000717]", "\t[SYRELI]",
            "ASSAD_FORCES_", "\t[SYRMIL]", "",
            "BASHAR_AL-ASSAD", "+ASSAD", "+MR_ASSAD", "\t[SYRGOV]", "",
            "SOVIET_UNION_ [SUN]", "",
            "ZAHIR_SHAH_", "\t[AFGELI 320101-331108]", "\t[AFGGOV 331108-730717]", "\t[AFGELI 730717-070723]", "");

    @Test
    void entries_become_countries_persons_and_typed_organisations() throws Exception {
        PhoenixImport.Result r = importFixtures(COUNTRIES, "THE_UNITED_NATIONS_ [IGOUNO]\nUNITED_NATIONS_ [IGOUNO]\n",
                "HIZBULLAH_ [LBNREB]\n+HEZBOLLAH_\n", "FARMER [~AGR]\n");
        Map<String, ActorRow> rows = byId(r);
        ActorRow syria = rows.get("country:SYR");
        assertEquals(ActorType.COUNTRY, syria.type());
        assertEquals(List.of("Syrian", "Damascus"), syria.aliases());
        assertEquals("SYR", syria.country());
        assertEquals(ActorType.COUNTRY, rows.get("country:SUN").type());
        assertEquals(ActorType.MILITARY, rows.get("org:assad-forces").type());
        assertEquals(ActorType.IGO, rows.get("org:united-nations").type());
        assertEquals("United Nations", rows.get("org:united-nations").name());
        ActorRow hizbullah = rows.get("org:hizbullah");
        assertEquals(ActorType.REBEL, hizbullah.type());
        assertEquals("LBN", hizbullah.country());
        assertEquals(List.of("Hezbollah"), hizbullah.aliases());
    }

    @Test
    void a_person_gets_the_latest_dated_code_and_every_dated_code() throws Exception {
        Map<String, ActorRow> rows = byId(importFixtures(COUNTRIES, "", "", ""));
        ActorRow assad = rows.get("person:bashar-al-assad");
        assertEquals("person:bashar-al-assad\tPERSON\tBashar al-Assad\tAssad|Mr Assad\tSYRGOV\tSYR\t\t"
                + "SYRELI@1983-01-01..2000-01-01;SYRGOV@2000-07-17..\t", assad.toTsv());
        assertFalse(rows.containsKey("org:bashar-al-assad"), "the organisation entry with a person's name merges into the person");
        ActorRow zahir = rows.get("person:zahir-shah");
        assertEquals("AFGELI", zahir.code());
        assertEquals(3, zahir.datedCodes().size());
    }

    @Test
    void counts_and_problems_per_file_and_the_written_files_read_back() throws Exception {
        PhoenixImport.Result r = importFixtures(COUNTRIES + "BAD_\n\t[XXXGOV 991301-000101]\n", "", "", "FARMER [~AGR]\nNOCODE\n");
        assertTrue(r.skippedAny());
        assertEquals("Phoenix.Countries.actors.txt: 7 read, 6 kept, 1 skipped (2 lines reported)", PhoenixImport.describe(r.counts().get(0)));
        assertEquals("Phoenix.agents.txt: 2 read, 1 kept, 1 skipped (1 lines reported)", PhoenixImport.describe(r.counts().get(3)));
        ByteArrayOutputStream actors = new ByteArrayOutputStream();
        PhoenixImport.writeActors(r.actors(), actors);
        List<String> lines = new String(new GZIPInputStream(new ByteArrayInputStream(actors.toByteArray())).readAllBytes(), StandardCharsets.UTF_8)
                .lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(r.actors().size(), lines.size());
        assertTrue(lines.stream().allMatch(l -> l.split("\t", -1).length == 9), "nine columns");
        ByteArrayOutputStream agents = new ByteArrayOutputStream();
        PhoenixImport.writeAgents(r.agents(), agents);
        assertEquals(List.of("farmer\t~AGR", "farmers\t~AGR"), new String(new GZIPInputStream(new ByteArrayInputStream(agents.toByteArray())).readAllBytes(),
                StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList());
    }

    @Test
    void the_current_code_is_the_one_that_ends_last_with_open_ends_latest() {
        assertEquals("AFGGOV", PhoenixImport.current(List.of(DatedCode.parse("AFGELI 750101-000101"), DatedCode.parse("AFGGOV >011222"),
                DatedCode.parse("AFGELI"))));
        assertEquals("X", PhoenixImport.current(List.of(DatedCode.parse("X"), DatedCode.parse("Y"))));
    }
}
