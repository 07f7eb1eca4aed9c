package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.DocDateScorer;
import org.sitrep.model.Span;
import org.sitrep.time.Timex;
import org.sitrep.time.TimexTagger;

class EvalDocDateCommandTest {
    @Test
    void help_names_the_corpus_the_splits_and_the_measures() {
        Cli r = Cli.run("eval", "docdate", "--help");
        assertEquals(0, r.exit(), r.err());
        assertThat(r.out()).contains("dev, test, all", "--show", "--year-given", "CREATION_TIME", "window");
    }

    @Test
    void the_baseline_is_the_latest_full_date_written() {
        String text = "Talks on June 2 , 1998 failed/VBD ; a deal was/VBD signed/VBN on Aug. 7 , 1998 and on Sept. 2";
        List<Timex> timexes = tag(text);
        DocDateScorer.Answer a = EvalDocDateCommand.baseline(timexes);
        assertEquals(LocalDate.of(1998, 8, 7), a.date());
        assertEquals(1, a.confidence());
        assertNull(EvalDocDateCommand.baseline(List.of()).date());
    }

    /** The expressions of a text of space-separated words (tagged "word/POS" where it matters), with no article date. */
    private static List<Timex> tag(String tagged) {
        StringBuilder text = new StringBuilder();
        List<org.sitrep.model.Token> tokens = new java.util.ArrayList<>();
        for (String w : tagged.split(" ")) {
            String word = w.contains("/") && w.indexOf('/') > 0 ? w.substring(0, w.indexOf('/')) : w;
            String pos = w.contains("/") && w.indexOf('/') > 0 ? w.substring(w.indexOf('/') + 1)
                    : Character.isDigit(word.charAt(0)) ? "CD" : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new org.sitrep.model.Token(start, text.length(), word, pos, word.toLowerCase(), "O"));
        }
        String t = text.toString();
        return TimexTagger.standard().tag(t, List.of(new org.sitrep.model.Sentence(Span.of(t, 0, t.length()), 0, tokens.size())), tokens, null, p -> {});
    }
}
