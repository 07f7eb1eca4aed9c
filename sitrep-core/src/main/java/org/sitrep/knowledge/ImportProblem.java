package org.sitrep.knowledge;

/**
 * A malformed line or entry met while importing, and what became of it.
 *
 * @param file    the file's name
 * @param line    1-based line number
 * @param message what is wrong, quoting the bad input, and what was skipped
 */
public record ImportProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
