package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotationsTest {
    @Test
    void an_open_quotation_runs_to_its_closing_mark_across_sentences() {
        String text = "He said “We will stay. We will not leave.” Then he left.";
        int start = text.indexOf('“');
        int firstSentenceEnd = text.indexOf("stay.") + 5;
        assertEquals(text.indexOf('”') + 1, Quotations.closingQuote(text, start, firstSentenceEnd));
    }

    @Test
    void a_closed_quotation_ends_where_it_ends() {
        String text = "He said “We will stay.” Then he left.";
        assertEquals(text.indexOf('”') + 1, Quotations.closingQuote(text, 8, text.indexOf('”') + 1));
    }

    @Test
    void a_quotation_never_runs_past_a_paragraph() {
        String text = "He said “We will stay.\n\nThe next paragraph” ends here.";
        assertEquals(text.indexOf("stay.") + 5, Quotations.closingQuote(text, 8, text.indexOf("stay.") + 5));
    }

    @Test
    void inside_quotation_counts_marks_back_to_the_line_start() {
        String text = "“I think it will hold,” he said.\n“We agree,” they said, “I think.”";
        assertTrue(Quotations.insideQuotation(text, text.indexOf("think")));
        assertFalse(Quotations.insideQuotation(text, text.indexOf("he said")));
        assertTrue(Quotations.insideQuotation(text, text.lastIndexOf("think")));
    }
}
