package org.inclusim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inclusim.io.Text;
import org.inclusim.scenario.ScenarioException;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code inclusim validate}: check scenario files and report every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files; print every problem with file, line and key. Exit 2 if any file has problems.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario YAML files.")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        ScenarioLoader loader = new ScenarioLoader(RunOutcomes.COLUMNS);
        for (Path file : files) {
            try {
                loader.load(file);
                System.out.println(Text.printable(file.toString()) + ": ok");
            } catch (ScenarioException e) {
                bad++;
                ScenarioException.shown(e.problems()).forEach(line -> System.err.println("error: " + Text.printable(line)));
            }
        }
        return bad == 0 ? 0 : Main.USER_ERROR;
    }
}
