package org.sitrep.cli;

import picocli.CommandLine.Command;

@Command(name = "train", mixinStandardHelpOptions = true, header = "Train Sitrep's learned components from gold data.",
        subcommands = {TrainAttributionCommand.class, TrainLinksCommand.class})
final class TrainCommand {}
