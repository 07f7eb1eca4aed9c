package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {
    @TempDir
    Path dir;

    @Test
    void documents_are_rebuilt_as_text_with_token_offsets_and_entities() throws Exception {
        Path f = dir.resolve("mini.txt");
        Files.writeString(f, String.join("\n",
                "-DOCSTART- -X- -X- O", "",
                "Najib NNP B-NP B-PER", "Mikati NNP I-NP I-PER", "met VBD B-VP O", "Amos NNP B-NP B-PER", "Hochstein NNP I-NP I-PER", ". . O O", "",
                "BEIRUT NNP B-NP B-LOC", "", 
                "-DOCSTART- -X- -X- O", "",
                "Lebanese JJ B-NP B-MISC", "army NN I-NP O", ""));
        List<ConllDocument> docs = ConllReader.read(f);
        assertEquals(2, docs.size());
        ConllDocument d = docs.get(0);
        assertEquals("Najib Mikati met Amos Hochstein .\nBEIRUT", d.text());
        assertEquals("Hochstein", d.text().substring(d.starts()[4], d.ends()[4]));
        assertEquals(List.of(new ConllDocument.Entity(0, 1, "PER"), new ConllDocument.Entity(3, 4, "PER"), new ConllDocument.Entity(6, 6, "LOC")), d.gold());
    }

    @Test
    void iob1_splits_adjacent_entities_only_at_b() {
        List<ConllDocument.Entity> e = ConllReader.entities(List.of("I-PER", "I-PER", "B-PER", "I-ORG"), List.of(true, false, false, false));
        assertEquals(List.of(new ConllDocument.Entity(0, 1, "PER"), new ConllDocument.Entity(2, 2, "PER"), new ConllDocument.Entity(3, 3, "ORG")), e);
    }

    @Test
    void scoring_needs_the_same_tokens_and_type() {
        EntityScorer s = new EntityScorer();
        s.add(List.of(new ConllDocument.Entity(0, 1, "PER"), new ConllDocument.Entity(3, 3, "LOC")),
                List.of(new ConllDocument.Entity(0, 1, "PER"), new ConllDocument.Entity(3, 3, "ORG"), new ConllDocument.Entity(5, 5, "MISC")));
        assertEquals(new Score(1, 3, 2), s.overall());
    }
}
