package org.factsite.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code factsite}: the command line over the core library. Exit status: 0 built, 1 content errors
 * (the list is printed), 2 usage errors, 3 internal errors.
 */
@Command(name = "factsite", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a static fact-check site from an archive of Markdown claim files.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, LinksCommand.class,
                DeployCommand.class})
public final class FactSiteCli implements Runnable {

    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE_ERROR = 2;
    /** A fault of FactSite itself, not of the archive: the stack trace is printed for a bug report. */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Share cards are drawn in memory: no window system, and no Dock icon on a Mac, however the JVM was started.
        System.setProperty("java.awt.headless", "true");
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI with the given streams and returns the exit status (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new FactSiteCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("FactSite failed unexpectedly; please report this with the trace below.");
            e.printStackTrace(cmd.getErr());
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. `factsite build`");
    }
}
