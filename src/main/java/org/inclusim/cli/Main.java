package org.inclusim.cli;

import java.io.PrintWriter;
import org.inclusim.experiment.CodeVersion;
import org.inclusim.io.OutputException;
import org.inclusim.model.parameters.ParameterException;
import org.inclusim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code inclusim} command line. User errors (bad scenario, bad option, unwritable output)
 * print one clear line per problem and exit with code 2; a bug prints its stack trace and exits
 * with code 1.
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
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof ScenarioException || e instanceof OutputException || e instanceof ParameterException
                || e instanceof UserError) {
            err.println("error: " + e.getMessage().replace("\n", "\nerror: "));
            err.flush();
            return USER_ERROR;
        }
        e.printStackTrace(err);
        err.flush();
        return 1;
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
