package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inclusim.analysis.AnalysisException;
import org.inclusim.experiment.Shard;
import org.inclusim.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code inclusim report}: statistics, charts and report.html for a batch folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the statistics, charts and report.html of a finished batch folder.",
                "analysis/*.csv, charts/*.png and a self-contained report.html; prints the report's path."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BATCH_DIR", description = "A batch (or merged, or run) folder.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        shardNote(dir);
        System.out.println("report: " + write(dir));
        return 0;
    }

    /** A shard folder holds only part of the plan: say so, since the report cannot tell from its tables. */
    private static void shardNote(Path dir) {
        Shard shard = Shard.ofFolder(dir);
        if (shard.count() > 1) {
            System.out.println("note: " + dir + " is shard " + shard + " of its batch, so this report covers only that shard's runs;"
                    + " merge all shards ('inclusim merge') and report on the merged folder for the whole plan");
        }
    }

    static Path write(Path dir) throws IOException {
        try {
            return Report.write(dir);
        } catch (AnalysisException e) {
            throw new UserError(e.getMessage());
        } catch (OutOfMemoryError e) {
            // the report reads the tables into memory (the batch streamed them); its partial output is already discarded
            throw new UserError(dir + ": the report needs more memory than this JVM may use (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB); the tables are complete: rerun 'inclusim report " + dir + "' with a larger heap, e.g. java -Xmx4g -jar inclusim.jar");
        }
    }
}
