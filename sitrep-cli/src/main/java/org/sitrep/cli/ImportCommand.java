package org.sitrep.cli;

import picocli.CommandLine.Command;

/** {@code sitrep import …}: turns open datasets into Sitrep's knowledge files. */
@Command(name = "import", mixinStandardHelpOptions = true, header = "Build Sitrep's knowledge files from open datasets.",
        subcommands = {ImportGeonamesCommand.class, ImportPhoenixCommand.class, ImportCameoVerbsCommand.class, ImportCountriesCommand.class})
final class ImportCommand {}
