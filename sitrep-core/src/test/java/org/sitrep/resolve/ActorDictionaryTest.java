package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorType;

class ActorDictionaryTest {
    private static ActorDictionary.Source source(String name, String... rows) {
        byte[] bytes = String.join("\n", rows).getBytes(StandardCharsets.UTF_8);
        return new ActorDictionary.Source(name, () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void later_files_merge_over_earlier_ones_field_by_field() throws IOException {
        ActorDictionary d = ActorDictionary.load(List.of(
                source("kb.tsv", "person:ali-x\tPERSON\tAli X\tAli Ex\tIRQGOV\tIRQ\tMinister of Oil@2018-01-01..2020-12-31\tIRQGOV@2018-01-01..2020-12-31\t"),
                source("mine.tsv", "person:ali-x\t\t\tAli Iks\t\t\tPrime Minister of Iraq@2021-01-01..\tIRQGOV@2021-01-01..\tmember-of:org:some-party")));
        ActorDictionary.Entry e = d.get("person:ali-x");
        assertEquals("Ali X", e.name());
        assertEquals(ActorType.PERSON, e.type());
        assertEquals(List.of("Ali Ex", "Ali Iks"), e.aliases());
        assertEquals(2, e.roles().size());
        assertEquals(List.of(new ActorDictionary.Link("member-of", "org:some-party")), e.links());
        assertEquals(List.of("Prime Minister of Iraq"), e.rolesOn(LocalDate.of(2022, 1, 1)));
        assertEquals(Optional.of("IRQGOV"), e.codeOn(LocalDate.of(2022, 1, 1)));
        assertEquals(e, d.find("ali iks").orElseThrow());
        assertTrue(d.problems().isEmpty(), d.problems().toString());
    }

    @Test
    void malformed_rows_are_reported_with_file_and_line_and_skipped() throws IOException {
        ActorDictionary d = ActorDictionary.load(List.of(source("user.tsv",
                "# header",
                "person:a\tPERSON\tA Person\t\t\t\t",
                "person:b\tPERSN\tB Person\t\t\t\t",
                "person:c\tPERSON\tC Person\t\t",
                "person:d\tPERSON\tD Person\t\t\t\tMayor@2020-05-01..2019-01-01",
                "person:e\tPERSON\tE Person\t\t\t\tMayor@2020-13-01..",
                "person:f\tPERSON\tF Person\t\t\t\t\t\tfriend-of:person:a")));
        assertEquals(1, d.size());
        assertEquals(List.of(
                "user.tsv:3: unknown type 'PERSN' (expected one of [PERSON, COUNTRY, GOVERNMENT, MILITARY, POLICE, REBEL, MILITIA, PARTY, IGO, NGO, MEDIA, BUSINESS, ORGANIZATION, GROUP]); row skipped",
                "user.tsv:4: expected 7 to 9 tab-separated columns, found 5; row skipped",
                "user.tsv:5: dates out of order in 'Mayor@2020-05-01..2019-01-01'; row skipped",
                "user.tsv:6: bad date '2020-13-01' in 'Mayor@2020-13-01..'; row skipped",
                "user.tsv:7: bad link 'friend-of:person:a' (expected member-of, leader-of or part-of, a colon, and an actor id); row skipped"),
                d.problems());
    }

    @Test
    void gzip_files_are_read_and_accents_fold() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("person:recep-tayyip-erdogan\tPERSON\tRecep Tayyip Erdoğan\tErdoğan\tTURGOV\tTUR\t\n".getBytes(StandardCharsets.UTF_8));
        }
        ActorDictionary d = ActorDictionary.of("kb.tsv.gz", new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("person:recep-tayyip-erdogan", d.find("Recep Tayyip Erdogan").orElseThrow().id());
        assertEquals("person:recep-tayyip-erdogan", d.find("ERDOGAN").orElseThrow().id());
        assertEquals(1, d.withSurname("Erdogan").size());
    }

    @Test
    void the_bundled_dictionary_loads_without_problems() {
        ActorDictionary d = ActorDictionary.bundled();
        assertTrue(d.problems().isEmpty(), d.problems().toString());
        assertEquals("org:hezbollah", d.find("Hizbollah").orElseThrow().id());
    }

    /** 30,000 invented names plus one real one: the misspelling is found through the FST, and only near names come back. */
    @Test
    void misspellings_are_found_through_the_index_among_30000_names() throws IOException {
        Random random = new Random(42);
        String[] syllables = {"ka", "ma", "la", "ri", "so", "tu", "ne", "bo", "di", "ha", "ze", "lu", "mi", "ro", "sa", "fe"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            String first = word(random, syllables, 2 + random.nextInt(2));
            String last = word(random, syllables, 2 + random.nextInt(3));
            rows.add("person:p" + i + "\tPERSON\t" + first + " " + last + "\t\t\t\t");
        }
        rows.add("person:kamala-harris\tPERSON\tKamala Harris\t\tUSAGOV\tUSA\t");
        ActorDictionary d = ActorDictionary.of("synthetic.tsv", new ByteArrayInputStream(String.join("\n", rows).getBytes(StandardCharsets.UTF_8)));
        assertEquals(30_001, d.size());
        List<ActorDictionary.Near> near = d.near("Kamal Harris");
        assertEquals("person:kamala-harris", near.get(0).entry().id());
        assertEquals(1, near.get(0).distance());
        assertTrue(near.stream().allMatch(n -> n.distance() <= 2), near.toString());
        assertEquals(List.of("person:kamala-harris"), d.closePersons("Kamal Harris").stream().map(ActorDictionary.Entry::id).toList());
        assertTrue(d.closePersons("Kevin Harris").isEmpty());
        // A four-letter name is matched exactly or not at all.
        assertTrue(d.near("Kama").isEmpty());
    }

    @Test
    void misspelling_lookups_keep_the_first_letter_and_try_two_edits_only_after_one() throws IOException {
        ActorDictionary d = ActorDictionary.of("t.tsv", new ByteArrayInputStream(String.join("\n",
                "person:kamala-harris\tPERSON\tKamala Harris\t\tUSAGOV\tUSA\t",
                "org:reuters\tMEDIA\tReuters News Agency\t\tMED\t\t").getBytes(StandardCharsets.UTF_8)));
        // One edit when asked for one, two when asked for two (names of 10 letters or more).
        assertTrue(d.near("Kamalaaa Harris", 1).isEmpty());
        assertEquals(2, d.near("Kamalaaa Harris", 2).get(0).distance());
        // Two edits are the fallback when one finds nobody, in any one word; the nearest distance wins.
        assertEquals(List.of("person:kamala-harris"), d.closePersons("Kamalaaa Harris").stream().map(ActorDictionary.Entry::id).toList());
        assertEquals(List.of("person:kamala-harris"), d.closePersons("Camala Harris").stream().map(ActorDictionary.Entry::id).toList());
        assertEquals(List.of("person:kamala-harris"), d.closePersons("Kamal Harris").stream().map(ActorDictionary.Entry::id).toList());
        assertEquals(List.of("person:kamala-harris"), d.closePersons("Kamala Harrisss").stream().map(ActorDictionary.Entry::id).toList());
        // The first letter is as written: a misspelt first letter is not looked for.
        assertTrue(d.near("Camala Harris").isEmpty());
        assertEquals(1, d.near("Reuterz News Agency", 1).get(0).distance());
    }

    private static String word(Random r, String[] syllables, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(syllables[r.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }
}
