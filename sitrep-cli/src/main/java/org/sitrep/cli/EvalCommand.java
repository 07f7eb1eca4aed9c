package org.sitrep.cli;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, header = "Measure Sitrep against gold data.",
        description = "Runs the pipeline over a gold set read by path (../shared/eval) and prints scores. Tune on train and dev only.",
        subcommands = {EvalAttributionCommand.class, EvalNerCommand.class, EvalEventsCommand.class})
final class EvalCommand {}
