package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeidelTimePeerTest {
    private static String timeml(String body) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n" + body + "\n</TimeML>\n";
    }

    @Test
    void tagsBecomeOffsetsIntoTheInput() {
        String input = "On Friday, bombs & <stuff> went off\nevery Monday.";
        String out = timeml("On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3>, bombs & <stuff> went off\n"
                + "<TIMEX3 tid=\"t9\" type=\"SET\" value=\"XXXX-WXX-1\" quant=\"EVERY\" freq=\"1W\">every Monday</TIMEX3>.");
        List<FoundTimex> found = HeidelTimePeer.fromTimeMl(input, out);
        assertEquals(List.of(new FoundTimex(3, 9, "DATE", "1998-08-07"), new FoundTimex(36, 48, "SET", "XXXX-WXX-1")), found);
        assertEquals("every Monday", input.substring(36, 48));
    }

    @Test
    void leadingWhitespaceOfTheInputIsKept() {
        String input = "\n\nToday.\n";
        List<FoundTimex> found = HeidelTimePeer.fromTimeMl(input, timeml("\n\n<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Today</TIMEX3>.\n"));
        assertEquals(List.of(new FoundTimex(2, 7, "DATE", "1998-08-07")), found);
    }

    @Test
    void outputThatLostTheInputFailsNamingWhere() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HeidelTimePeer.fromTimeMl("On Friday it rained.", timeml("On Friday it snowed.")));
        assertEquals("HeidelTime's output text differs from its input at character 13 of the stripped text: 'rained.' became 'snowed.'",
                e.getMessage());
    }
}
