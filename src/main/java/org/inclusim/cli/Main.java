package org.inclusim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.inclusim.experiment.CodeVersion;
import org.inclusim.io.IoErrors;
import org.inclusim.io.OutputException;
import org.inclusim.io.Text;
import org.inclusim.model.parameters.ParameterException;
import org.inclusim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code inclusim} command line. User errors (bad scenario, bad option, unwritable output,
 * a file system that refuses) print one clear line per problem and exit with code 2; a bug prints
 * its stack trace and exits with code 1.
 */
@Command(name = "inclusim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulation of work-inclusion trajectories with workplace mentors.",
        subcommands = {RunCommand.class, BatchCommand.class, ReportCommand.class, SensitivityCommand.class, CalibrateCommand.class,
                MergeCommand.class,
                SlurmCommand.class,
                ValidateCommand.class,
                DescribeCommand.class, ParametersCommand.class, BenchCommand.class, GuiCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for errors in the user's input. */
    public static final int USER_ERROR = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int execute(String... args) {
        ReportSettings.arguments(args);
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler(Main::badArguments);
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof ScenarioException || e instanceof OutputException || e instanceof ParameterException
                || e instanceof UserError) {
            List<String> lines = e instanceof ScenarioException problems ? ScenarioException.shown(problems.problems())
                    : List.of(e.getMessage());
            lines.forEach(line -> err.println("error: " + Text.printable(line)));
            err.flush();
            return USER_ERROR;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            // the file system refused (a file where a folder should be, no permission, disk full): not a bug
            String reason = e instanceof IOException io ? IoErrors.describe(io) : IoErrors.describe((UncheckedIOException) e);
            if (e instanceof UncheckedIOException && e.getMessage() != null && !reason.contains(e.getMessage())) {
                reason = e.getMessage() + " (" + reason + ")";
            }
            err.println("error: " + Text.printable(reason));
            err.flush();
            return USER_ERROR;
        }
        e.printStackTrace(err);
        err.flush();
        return 1;
    }

    /** A bad option or argument: the problem in one line and where to read more, not the whole usage text. */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("error: " + Text.printable(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("see: inclusim " + (cli.getCommandName().equals("inclusim") ? "" : cli.getCommandName() + " ") + "--help");
        err.flush();
        return USER_ERROR;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Prints the project version with its commit or jar checksum. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"inclusim " + CodeVersion.shortForm()};
        }
    }
}
