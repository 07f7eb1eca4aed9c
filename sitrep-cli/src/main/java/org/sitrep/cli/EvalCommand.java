package org.sitrep.cli;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, header = "Measure Sitrep against gold data.",
        description = {"Runs the pipeline over a gold set read by path (../shared/eval) and prints scores. Tune on train and dev only.",
                "A relative path is tried against the working directory, then against the repository root (the ./sitrep launcher "
                        + "passes it as -Dsitrep.home); when neither exists the command names both paths and exits with 2."},
        subcommands = {EvalAttributionCommand.class, EvalNerCommand.class, EvalEventsCommand.class, EvalActorsCommand.class,
                EvalGeoCommand.class, EvalTimexCommand.class, EvalDocDateCommand.class, EvalExtractionCommand.class, EvalLinksCommand.class, EvalAcledCommand.class})
final class EvalCommand {}
