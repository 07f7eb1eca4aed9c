package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user gives (files and directories, recursively) into files, in a stable order. */
public final class Inputs {
    private Inputs() {}

    /** The files found, and an error line per path that could not be listed. */
    public record Expanded(List<Path> files, List<String> errors) {}

    public static Expanded expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
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
