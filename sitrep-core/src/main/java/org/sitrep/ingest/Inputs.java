package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives (files and directories, recursively) into files, in a stable order. The path
 * {@code -} stands for standard input; it may be given once.
 */
public final class Inputs {
    /** The path that names standard input. */
    public static final Path STDIN = Path.of("-");

    private Inputs() {}

    /** True for the path {@code -}, which names standard input rather than a file. */
    public static boolean isStdin(Path p) {
        return p.toString().equals("-");
    }

    /** The files found, and an error line per path that could not be listed. */
    public record Expanded(List<Path> files, List<String> errors) {}

    public static Expanded expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean stdin = false;
        for (Path p : paths) {
            if (isStdin(p)) {
                if (stdin) {
                    errors.add("-: standard input is given more than once; it is read once");
                } else {
                    files.add(p);
                    stdin = true;
                }
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !Files.isDirectory(f)).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    errors.add(p + ": cannot list directory: " + e.getMessage());
                }
            } else {
                files.add(p); // a missing or unreadable file is reported when it is read, in order
            }
        }
        return new Expanded(files, errors);
    }
}
