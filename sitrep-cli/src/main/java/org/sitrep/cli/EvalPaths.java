package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Finds an eval command's gold data. An absolute path is taken as given. A relative one (the defaults, such as
 * {@code ../shared/eval/…}) is tried against the working directory, then against the repository root that the
 * {@code ./sitrep} launcher passes as the {@code sitrep.home} system property, so the defaults work from any directory.
 */
final class EvalPaths {
    static final String HOME_PROPERTY = "sitrep.home";

    private EvalPaths() {}

    /**
     * The first of {@link #candidates} that exists; else a usage error (exit 2) from {@code command} naming every path
     * tried: {@code sitrep eval ner: no gold file at '/abs/path' (also tried '/other/abs/path'); give --file}.
     */
    static Path resolve(CommandLine command, Path given, String what, String option) {
        String home = System.getProperty(HOME_PROPERTY);
        List<Path> tried = candidates(given, Path.of("").toAbsolutePath(), home == null ? null : Path.of(home));
        return tried.stream().filter(Files::exists).findFirst()
                .orElseThrow(() -> new ParameterException(command, command.getCommandSpec().qualifiedName() + ": " + missing(tried, what, option)));
    }

    /** Where to look for {@code given}, in order, as absolute paths without repeats. */
    static List<Path> candidates(Path given, Path workingDir, Path home) {
        if (given.isAbsolute()) {
            return List.of(given.normalize());
        }
        List<Path> out = new ArrayList<>();
        out.add(workingDir.toAbsolutePath().resolve(given).normalize());
        if (home != null) {
            Path fromHome = home.toAbsolutePath().resolve(given).normalize();
            if (!out.contains(fromHome)) {
                out.add(fromHome);
            }
        }
        return out;
    }

    /** {@code no gold file at '/a' (also tried '/b'); give --file}. */
    static String missing(List<Path> tried, String what, String option) {
        StringBuilder m = new StringBuilder("no " + what + " at '" + tried.get(0) + "'");
        if (tried.size() > 1) {
            m.append(" (also tried ");
            for (int i = 1; i < tried.size(); i++) {
                m.append(i > 1 ? ", '" : "'").append(tried.get(i)).append("'");
            }
            m.append(")");
        }
        return m.append("; give ").append(option).toString();
    }
}
