package org.sitrep.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bundled tab-separated data files (gazetteer, actors, function words, scripts): UTF-8, one row a line, blank
 * lines and lines starting with '#' skipped. Each row keeps where it came from, so a loader can name the file and line
 * of a malformed row.
 */
public final class Tsv {
    private Tsv() {}

    /**
     * One row.
     *
     * @param where "file:line: ", the prefix of a message about this row
     * @param cells the tab-separated cells, as many as the line has
     */
    public record Row(String where, String[] cells) {
        /** The cells, padded with nulls (or cut) to {@code columns}. */
        public String[] padded(int columns) {
            return Arrays.copyOf(cells, columns);
        }
    }

    /** Turns an open stream of a data file into what it holds. */
    public interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    /** The rows of {@code in}; {@code name} names the file in each row's {@link Row#where()}. */
    public static List<Row> read(String name, BufferedReader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(name + ":" + lineNo + ": ", line.split("\t", -1)));
            }
        }
        return rows;
    }

    /** The rows of a UTF-8 stream (which the caller closes). */
    public static List<Row> read(String name, InputStream in) throws IOException {
        return read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    /**
     * Loads the resource {@code name} next to {@code owner}. A missing or unreadable resource is a broken build, so it
     * throws unchecked, naming the file.
     */
    public static <T> T bundled(Class<?> owner, String name, Loader<T> loader) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path");
        }
        try (in) {
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads one user file's rows into what they hold; {@code name} names the file in messages. */
    public interface FileLoader<T> {
        T load(String name, InputStream in) throws IOException;
    }

    /**
     * {@code base} with each file (plain or .gz) loaded and merged over it in order. An unreadable file throws, naming
     * it; what a file holds is the loader's to check.
     */
    public static <T> T mergeFiles(T base, List<java.nio.file.Path> files, FileLoader<T> loader, java.util.function.BinaryOperator<T> merge)
            throws IOException {
        T out = base;
        for (java.nio.file.Path p : files) {
            try (InputStream raw = java.nio.file.Files.newInputStream(p);
                 InputStream in = p.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw) {
                out = merge.apply(out, loader.load(p.toString(), in));
            } catch (IOException e) {
                throw new IOException(p + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** "a|b|c" → [a, b, c]; null or blank → []. */
    public static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.split("\\|"));
    }
}
