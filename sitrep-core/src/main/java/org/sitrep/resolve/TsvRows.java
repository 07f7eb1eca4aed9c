package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of the bundled tab-separated resources: '#' lines and blank lines skipped, each row padded to {@code columns}. */
final class TsvRows {
    private TsvRows() {}

    static List<String[]> read(InputStream tsv, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(Arrays.copyOf(line.split("\t", -1), columns));
            }
        }
        return rows;
    }

    /** The resource {@code name} next to {@code owner}; a missing resource is a broken build, so it throws. */
    static InputStream resource(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path");
        }
        return in;
    }

    /** "a|b|c" → [a, b, c]; blank → []. */
    static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.split("\\|"));
    }

    static UncheckedIOException unchecked(String name, IOException e) {
        return new UncheckedIOException("Cannot read bundled " + name + ": " + e.getMessage(), e);
    }
}
