package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a team-written gold file of one JSON object per line. Blank lines are skipped; every bad line (malformed JSON,
 * or a {@link Bad} its parser throws) is collected, and all of them are reported at once, each as {@code name:line:
 * reason}, in one {@link IllegalArgumentException}.
 */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    /** Turns one line's JSON into a record, or says what is wrong with it. */
    interface Parser<T> {
        T parse(JsonNode node) throws Bad;
    }

    /** What is wrong with one line. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message);
        }
    }

    static <T> List<T> read(BufferedReader in, String name, Parser<T> parser) throws IOException {
        List<T> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(parser.parse(JSON.readTree(line)));
            } catch (JsonProcessingException e) {
                errors.add(name + ":" + number + ": malformed JSON: " + e.getOriginalMessage());
            } catch (Bad e) {
                errors.add(name + ":" + number + ": " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", errors));
        }
        return out;
    }
}
