package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store location, shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "<dir>", defaultValue = "${env:SITREP_STORE:-.sitrep/index}", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "The index directory of the embedded store (also set by SITREP_STORE).")
    Path dir;
}
