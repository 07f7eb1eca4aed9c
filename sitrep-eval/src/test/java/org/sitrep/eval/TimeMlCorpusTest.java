package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlCorpusTest {
    @TempDir
    Path dir;

    /** The TBAQ shape: DCT element, a title, TEXT with EVENT, SIGNAL and TIMEX3 tags, an entity, links after TEXT. */
    private static final String DOC = String.join("\n",
            "<?xml version=\"1.0\" ?>",
            "<TimeML>",
            "<DOCID>APW19980807.0261</DOCID>",
            "<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1998-08-07T06:18:00\" functionInDocument=\"CREATION_TIME\">08/07/1998</TIMEX3></DCT>",
            "<TITLE>Blasts <TIMEX3 tid=\"t99\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3></TITLE>",
            "<TEXT>",
            "Bombs <EVENT eid=\"e1\">exploded</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3> &amp; "
                    + "<SIGNAL sid=\"s1\">for</SIGNAL> <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2W\" mod=\"APPROX\">about two weeks</TIMEX3>.",
            "</TEXT>",
            "<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t0\"/>",
            "</TimeML>", "");

    @Test
    void textLosesItsTagsAndKeepsItsWhitespace() throws IOException {
        TimeMlDocument d = TimeMlCorpus.readFile(write("a.tml", DOC));
        assertEquals("\nBombs exploded Friday & for about two weeks.\n", d.text());
        assertEquals("APW19980807.0261", d.id());
    }

    @Test
    void creationTimeIsTheDayOfTheCreationTimex() throws IOException {
        TimeMlDocument d = TimeMlCorpus.readFile(write("a.tml", DOC));
        assertEquals(LocalDate.of(1998, 8, 7), d.dct());
        assertEquals("1998-08-07T06:18:00", d.dctValue());
    }

    @Test
    void goldTimexesAreOffsetsIntoThePlainText() throws IOException {
        TimeMlDocument d = TimeMlCorpus.readFile(write("a.tml", DOC));
        assertEquals(2, d.timexes().size());
        for (GoldTimex t : d.timexes()) {
            assertEquals(t.text(), d.text().substring(t.start(), t.end()));
        }
        GoldTimex friday = d.timexes().get(0);
        assertEquals(List.of("t1", "Friday", "DATE", "1998-08-07", ""), List.of(friday.tid(), friday.text(), friday.type(), friday.value(), friday.mod()));
        GoldTimex weeks = d.timexes().get(1);
        assertEquals(List.of("t2", "about two weeks", "DURATION", "P2W", "APPROX"), List.of(weeks.tid(), weeks.text(), weeks.type(), weeks.value(), weeks.mod()));
    }

    @Test
    void timexesOutsideTextAreCountedNotScored() throws IOException {
        write("a.tml", DOC);
        TimeMlCorpus c = TimeMlCorpus.read(dir);
        assertEquals(1, c.outsideText());
        assertEquals(2, c.timexes());
    }

    @Test
    void filesAreReadInRelativePathOrderAtAnyDepth() throws IOException {
        Files.createDirectories(dir.resolve("B"));
        Files.createDirectories(dir.resolve("A"));
        write("B/x.tml", DOC.replace("APW19980807.0261", "second"));
        write("A/z.tml", DOC.replace("APW19980807.0261", "first"));
        write("A/notes.txt", "not TimeML");
        assertEquals(List.of("first", "second"), TimeMlCorpus.read(dir).documents().stream().map(TimeMlDocument::id).toList());
    }

    @Test
    void aFileWithoutCreationTimeIsSkippedAndNamed() throws IOException {
        write("a.tml", DOC);
        Path bad = write("b.tml", DOC.replace("CREATION_TIME", "NONE"));
        TimeMlCorpus c = TimeMlCorpus.read(dir);
        assertEquals(1, c.documents().size());
        assertEquals(List.of(bad + ": no TIMEX3 with functionInDocument=\"CREATION_TIME\" (the document creation time), file skipped"), c.problems());
    }

    @Test
    void malformedXmlIsSkippedWithItsLine() throws IOException {
        write("a.tml", DOC);
        Path bad = write("b.tml", DOC.replace("</EVENT>", ""));
        TimeMlCorpus c = TimeMlCorpus.read(dir);
        assertEquals(1, c.documents().size());
        assertEquals(bad + ":8: not well-formed TimeML, file skipped: The element type \"EVENT\" must be terminated by the matching end-tag \"</EVENT>\".",
                c.problems().get(0));
    }

    @Test
    void readingAFileThatIsNotADirectoryFailsNamingIt() throws IOException {
        Path f = write("a.tml", DOC);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeMlCorpus.read(f));
        assertEquals("The parameter 'dir' must be a directory, got '" + f + "'.", e.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
