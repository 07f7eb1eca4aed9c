package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabariActorsTest {
    private static TabariActors.Result read(String text) throws Exception {
        return TabariActors.read("t.actors.txt", new BufferedReader(new StringReader(text)));
    }

    @Test
    void synonyms_and_indented_codes_belong_to_the_entry_above() throws Exception {
        TabariActors.Result r = read("# header\nHAMID_KARZAI_  # CountryInfo.txt\n+KARZAI_\n\t[AFGELI 750101-000101]\n\t[AFGGOV >011222]\n\t[AFGELI]\n");
        TabariActors.Entry e = r.entries().get(0);
        assertEquals("HAMID_KARZAI_", e.name());
        assertEquals(List.of("KARZAI_"), e.aliases());
        assertEquals(3, e.codes().size());
        assertEquals(2, e.line());
        assertEquals("CountryInfo.txt", e.comment());
    }

    @Test
    void codes_may_follow_the_phrase_several_to_a_line() throws Exception {
        TabariActors.Result r = read("KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt\nAFGHANISTAN_  [AFG]\n+AFGHAN_\n");
        assertEquals(2, r.entries().size());
        assertEquals(List.of("IGOUNO", "ELI"), r.entries().get(0).codes().stream().map(DatedCode::code).toList());
        assertEquals(List.of("AFGHAN_"), r.entries().get(1).aliases());
    }

    @Test
    void primaries_without_codes_in_a_row_are_one_entry_but_a_blank_line_ends_it() throws Exception {
        TabariActors.Result r = read("IVO_JOSIPOVIC_\nPRESIDENT_JOSIPOVIC_\n\t[HRVGOV >20120219]\nU.N._\n\nUN_ [IGOUNO]\n");
        assertEquals(List.of("IVO_JOSIPOVIC_", "UN_"), r.entries().stream().map(TabariActors.Entry::name).toList());
        assertEquals(List.of("PRESIDENT_JOSIPOVIC_"), r.entries().get(0).aliases());
        assertEquals(3, r.read());
        assertEquals(1, r.skipped());
        assertEquals("t.actors.txt:4: code missing for 'U.N._'; entry skipped", r.problems().get(0).toString());
    }

    @Test
    void a_bad_date_skips_its_code_and_an_entry_left_without_codes_is_skipped() throws Exception {
        TabariActors.Result r = read("ARMENIA_\n\t[USRARM <900823]\n\t[ARMUNR 9008223-911221]\nDAVID_CAMERON_\n\t[GBRGOV >201005011]\nSEA_ [---]\n");
        assertEquals(List.of("ARMENIA_"), r.entries().stream().map(TabariActors.Entry::name).toList());
        assertEquals(1, r.entries().get(0).codes().size());
        assertEquals(List.of(
                "t.actors.txt:3: [ARMUNR 9008223-911221]: date '9008223' is not yymmdd or yyyymmdd; code skipped",
                "t.actors.txt:5: [GBRGOV >201005011]: date '201005011' is not yymmdd or yyyymmdd; code skipped",
                "t.actors.txt:4: code missing for 'DAVID_CAMERON_'; entry skipped",
                "t.actors.txt:6: 'SEA_' has only the null code [---]; entry skipped"), r.problems().stream().map(ImportProblem::toString).toList());
    }

    @Test
    void a_synonym_holding_two_phrases_is_reported() throws Exception {
        TabariActors.Result r = read("TAIWAN_ [TWN]\n+TAIOAN_ +TAWIAN_\n+FORMOSA_\n");
        assertEquals(List.of("FORMOSA_"), r.entries().get(0).aliases());
        assertEquals("t.actors.txt:2: synonym '+TAIOAN_ +TAWIAN_' is not a phrase; skipped", r.problems().get(0).toString());
    }
}
