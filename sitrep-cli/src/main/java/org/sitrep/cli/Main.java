package org.sitrep.cli;

import picocli.CommandLine;

/** Entry point of the {@code sitrep} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(SitrepCommand.commandLine().execute(args));
    }
}
