package org.inclusim.cli;

import java.io.IOException;
import org.inclusim.io.IoErrors;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inclusim.scenario.ParameterReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inclusim parameters}: the reference of every scenario parameter. */
@Command(name = "parameters", mixinStandardHelpOptions = true,
        description = "Print every parameter (key, type, default, allowed values, unit, meaning, source) as Markdown.")
final class ParametersCommand implements Callable<Integer> {
    @Option(names = "--update", paramLabel = "FILE",
            description = "Rewrite the generated reference inside FILE (between its markers) instead of printing it.")
    Path update;

    @Override
    public Integer call() {
        if (update == null) {
            System.out.print(ParameterReference.markdown());
            return 0;
        }
        try {
            ParameterReference.update(update);
        } catch (IOException e) {
            throw new UserError("--update: cannot update the file (" + IoErrors.describe(e) + ")");
        }
        System.out.println(update + ": parameter reference updated");
        return 0;
    }
}
