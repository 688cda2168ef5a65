package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inclusim.experiment.BatchMerger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inclusim merge}: the tables of a sharded batch, as one machine would have written them, and their report. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge the folders of all shards of one batch into one batch's tables (byte-identical to a single-machine batch)",
                "and write its report (analysis/, charts/, report.html) unless --no-report."})
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The shards' batch folders.")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the merged tables (must not exist or be empty).")
    Path out;

    @Option(names = "--no-report", description = "Do not write the report of the merged tables.")
    boolean noReport;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws IOException {
        BatchMerger.merge(shards, out);
        System.out.println("merged " + shards.size() + " shards into " + out);
        if (!noReport) {
            System.out.println("report: " + ReportSettings.write(out, language.given(), false).file());
        }
        return 0;
    }
}
