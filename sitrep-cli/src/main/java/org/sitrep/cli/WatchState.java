package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code sitrep watch} has already taken from its feeds: one item key per line (a guid, an Atom id, else a link),
 * in a small file beside the store ({@code <store>.watch}), rewritten whole through a temporary file and an atomic move
 * after each commit of the store, so it is never half-written and never names an item the store has not committed.
 */
final class WatchState {
    private static final String HEADER = "# sitrep watch: feed items already ingested into the store beside this file, one key per line";

    private final Path file;
    private final Set<String> seen;

    private WatchState(Path file, Set<String> seen) {
        this.file = file;
        this.seen = seen;
    }

    /** The state file of the store in {@code storeDir}: {@code <storeDir>.watch}, beside it. */
    static Path fileFor(Path storeDir) {
        Path abs = storeDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".watch");
    }

    /** The state in {@code file}, empty when there is none yet. */
    static WatchState load(Path file) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    seen.add(line.strip());
                }
            }
        }
        return new WatchState(file, seen);
    }

    Path file() {
        return file;
    }

    boolean seen(String key) {
        return seen.contains(key);
    }

    int size() {
        return seen.size();
    }

    /** Adds keys and writes the file atomically; nothing is written when no key is new. */
    void addAndSave(Collection<String> keys) throws IOException {
        if (!seen.addAll(keys)) {
            return;
        }
        OutputFiles.writeAtomically(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(HEADER);
            w.write('\n');
            for (String k : seen) {
                w.write(k.replace('\n', ' '));
                w.write('\n');
            }
            w.flush();
        });
    }
}
