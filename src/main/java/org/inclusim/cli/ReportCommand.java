package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inclusim.experiment.Shard;
import org.inclusim.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inclusim report}: statistics, costs, charts, workbook and report.html for a batch folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the statistics, costs, charts, workbook and report.html of a finished batch folder.",
                "analysis/*.csv, analysis/inclusim.xlsx, charts/*.png and a self-contained report.html; prints the report's path."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BATCH_DIR", description = "A batch (or merged, or run) folder.")
    Path dir;

    @Mixin
    LanguageOption language;

    @Option(names = "--timing", description = "Print how long each phase of the report took (reading, statistics, costs, tables, "
            + "workbook, charts, page).")
    boolean timing;

    @Override
    public Integer call() throws IOException {
        shardNote(dir);
        Report.Result result = ReportSettings.write(dir, language.given(), timing);
        if (timing) {
            System.out.print(result.timing().table());
        }
        System.out.println("report: " + result.file());
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
}
