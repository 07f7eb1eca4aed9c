package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.resolve.Gazetteer;
import picocli.CommandLine.Option;

/**
 * Where the world knowledge comes from: the bundled gazetteer or a bigger one, and the user's own place files merged
 * over it. Each option can also be set once for all commands in {@code ~/.sitrep.properties} ({@code gazetteer=FILE},
 * {@code places=FILE[,FILE…]}).
 */
final class KnowledgeOptions {
    @Option(names = "--gazetteer", paramLabel = "<file>",
            description = "A gazetteer made by `sitrep import geonames` (plain or .gz) instead of the bundled one (GeoNames, CC BY 4.0).")
    Path gazetteer;

    @Option(names = "--places", paramLabel = "<file>", split = ",",
            description = "Place files merged over the gazetteer and the curated places, in order (format: docs/knowledge.md). Repeatable.")
    List<Path> places = new ArrayList<>();

    private volatile int skippedRows;

    /** How many rows of the user's knowledge files were malformed and skipped. */
    int skippedRows() {
        return skippedRows;
    }

    /** True when the bundled knowledge is all that is asked for. */
    boolean bundledOnly() {
        return gazetteer == null && places.isEmpty();
    }

    /** Loads the gazetteer, printing each skipped row as a warning; a missing file is a usage error. */
    Gazetteer gazetteer(PrintWriter err) {
        if (bundledOnly()) {
            return Gazetteer.bundled();
        }
        List<Path> all = new ArrayList<>(places);
        if (gazetteer != null) {
            all.add(0, gazetteer);
        }
        for (Path p : all) {
            if (!Files.isReadable(p)) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Object()), p + ": no such file");
            }
        }
        Gazetteer.Loaded l = Gazetteer.load(gazetteer, places);
        l.problems().forEach(p -> err.println("warning: " + p));
        skippedRows = l.problems().size();
        err.flush();
        return l.gazetteer();
    }
}
