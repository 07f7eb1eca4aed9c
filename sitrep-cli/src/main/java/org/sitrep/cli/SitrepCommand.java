package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns raw news into a sourced situation picture: who did what to whom, where and when, and who says so.",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'sitrep help <command>' for a command's options.", "Exit codes: 0 success, 1 something failed or was skipped, 2 usage error.",
                "Settings for all commands (gazetteer=, places=, actors=, time-words=, time-rules=, claim-cues=, event-triggers=) may be kept in ~/.sitrep.properties.",
                "Places from GeoNames (geonames.org, CC BY 4.0); actors from the PETRARCH2/Phoenix dictionaries (MIT). See NOTICE."},
        subcommands = {AnalyzeCommand.class, IngestCommand.class, WatchCommand.class, SearchCommand.class, StatsCommand.class, StoriesCommand.class, ClaimsCommand.class, ServeCommand.class, CalmCommand.class, TimelineCommand.class, ExportCommand.class, EvalCommand.class, ImportCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class SitrepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The configured command line: exit code 1 for failures, 2 for usage errors. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SitrepCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Settings for every command, e.g. gazetteer=FILE: ~/.sitrep.properties, or the file -Dpicocli.defaults.sitrep.path names.
        cl.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("sitrep: " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
