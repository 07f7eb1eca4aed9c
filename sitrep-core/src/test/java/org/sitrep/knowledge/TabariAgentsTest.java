package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabariAgentsTest {
    private static TabariAgents.Result read(String text) throws Exception {
        return TabariAgents.read("t.agents.txt", new BufferedReader(new StringReader(text)));
    }

    private static List<String> lines(TabariAgents.Result r) {
        return r.agents().stream().map(a -> a.phrase() + "=" + a.code()).toList();
    }

    @Test
    void regular_plurals_are_added_unless_braces_or_a_final_underscore_say_otherwise() throws Exception {
        TabariAgents.Result r = read("FARMER [~AGR]\nPARTY_SECRETARY [~PTY]\nBOSS [~BUS]\nAIR_FORCE {} [~MIL]\n"
                + "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\nMINISTRY_  [~GOV]\nHUMAN_RIGHTS_BODY  [NGO~] # note\nADM. [~MIL]\n");
        assertEquals(List.of("farmer=~AGR", "farmers=~AGR", "party secretary=~PTY", "party secretaries=~PTY", "boss=~BUS", "bosses=~BUS",
                "air force=~MIL", "attorney general=~GOVATG", "attorneys general=~GOVATG", "ministry=~GOV", "human rights body=NGO~",
                "human rights bodies=NGO~", "adm.=~MIL"), lines(r));
    }

    @Test
    void substitution_sets_give_one_phrase_per_member_and_no_plural() throws Exception {
        TabariAgents.Result r = read("!PERSON! = MAN, MEN, WOMAN\nPOLICE!PERSON!  [~COP]\nFOREIGN_!PERSON! [~GOV]\n");
        assertEquals(List.of("policeman=~COP", "policemen=~COP", "policewoman=~COP", "foreign man=~GOV", "foreign men=~GOV",
                "foreign woman=~GOV"), lines(r));
        assertEquals(2, r.read());
    }

    @Test
    void lines_without_codes_or_with_unknown_sets_are_reported_and_skipped() throws Exception {
        TabariAgents.Result r = read("ISLAMIC_EXTREMIST\nDEPARMENT [~ENV}\n!X!_OFFICER [~GOV]\nPOLICE [police]\n");
        assertEquals(List.of(), r.agents());
        assertEquals(4, r.skipped());
        assertEquals(List.of("t.agents.txt:1: code missing in 'ISLAMIC_EXTREMIST'; skipped",
                "t.agents.txt:2: code missing in 'DEPARMENT [~ENV}'; skipped",
                "t.agents.txt:3: substitution set !X! is not defined; skipped",
                "t.agents.txt:4: agent code 'police' is not ~CODE or CODE~; skipped"), r.problems().stream().map(ImportProblem::toString).toList());
    }
}
