package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Files the import commands write: whole or not at all, never a half-written knowledge file. */
final class OutputFiles {
    private OutputFiles() {}

    /** Writes through a stream the caller does not close. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} through a temporary file beside it, moved into place only when {@code body} finished; the
     * file ends up readable by all (rw-r--r--) where the file system has POSIX permissions.
     */
    static void writeAtomically(Path file, Body body) throws IOException {
        Path abs = file.toAbsolutePath();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + abs.getFileName(), ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                body.write(o);
            }
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep its default
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
