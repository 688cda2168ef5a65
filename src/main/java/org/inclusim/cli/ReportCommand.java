package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inclusim.analysis.AnalysisException;
import org.inclusim.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code inclusim report}: statistics, charts and report.html for a batch folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write statistics (analysis/*.csv), charts (charts/*.png) and a self-contained report.html",
                "for a finished batch folder, and print the report's path."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BATCH_DIR", description = "A batch (or merged, or run) folder.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        System.out.println("report: " + write(dir));
        return 0;
    }

    static Path write(Path dir) throws IOException {
        try {
            return Report.write(dir);
        } catch (AnalysisException e) {
            throw new UserError(e.getMessage());
        }
    }
}
