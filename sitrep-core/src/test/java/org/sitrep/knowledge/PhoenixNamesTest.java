package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhoenixNamesTest {
    @Test
    void the_arabic_article_joins_the_next_word() {
        assertEquals("Bashar al-Assad", PhoenixNames.display("BASHAR_AL_ASSAD_", false));
        assertEquals("Bashar al-Assad", PhoenixNames.display("BASHAR_AL-ASSAD", false));
        assertEquals("Abdel Fattah el-Sisi", PhoenixNames.display("ABDEL_FATTAH_EL_SISI", false));
        assertEquals("al-Qaeda in Iraq", PhoenixNames.display("AL_QAEDA_IN_IRAQ_", true));
    }

    @Test
    void connecting_words_are_lower_case_inside_a_name_only() {
        assertEquals("Islamic State of Iraq and the Levant", PhoenixNames.display("ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_", true));
        assertEquals("Osama bin Laden", PhoenixNames.display("OSAMA_BIN_LADEN_", false));
        assertEquals("The Islamic Front", PhoenixNames.display("THE_ISLAMIC_FRONT_", true));
    }

    @Test
    void initials_hyphens_and_apostrophes() {
        assertEquals("R.K. Pachauri", PhoenixNames.display("R.K._PACHAURI_", false));
        assertEquals("Ban Ki-Moon", PhoenixNames.display("BAN_KI-MOON", false));
        assertEquals("Conor O'Brien", PhoenixNames.display("CONOR_O'BRIEN", false));
        assertEquals("Jaysh al-Sha'bi", PhoenixNames.display("JAYSH_AL_SHA'BI_", true));
    }

    @Test
    void organisations_keep_acronyms_persons_and_countries_do_not() {
        assertEquals("IAEA", PhoenixNames.display("IAEA_", true));
        assertEquals("UN Secretary General", PhoenixNames.display("UN_SECRETARY_GENERAL", true));
        assertEquals("PKK Militants", PhoenixNames.display("PKK_MILITANTS", true));
        assertEquals("Xi Jinping", PhoenixNames.display("XI_JINPING", false));
        assertEquals("Iraq", PhoenixNames.display("IRAQ_", false));
    }

    @Test
    void slugs_follow_the_curated_file_rule() {
        assertEquals("bashar-al-assad", PhoenixNames.slug("Bashar al-Assad"));
        assertEquals("mohammed-shia-al-sudani", PhoenixNames.slug("Mohammed Shia' al-Sudani"));
        assertEquals("islamic-front", PhoenixNames.slug("The Islamic Front"));
        assertEquals("jose-maria-aznar", PhoenixNames.slug("José María Aznar"));
        assertEquals("", PhoenixNames.slug("???"));
    }
}
