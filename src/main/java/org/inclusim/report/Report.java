package org.inclusim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.AnalysisException;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.RunDigests;
import org.inclusim.io.Durable;
import org.inclusim.io.LockFile;
import org.inclusim.io.OutputException;
import org.inclusim.io.StagingFolder;
import org.inclusim.presentation.Language;

/**
 * Turns a batch folder into statistics ({@code analysis/*.csv}), costs, charts
 * ({@code charts/*.png}), a workbook ({@code analysis/inclusim.xlsx}) and a self-contained
 * {@code report.html} (images embedded, no network) for readers who do not use notebooks, in
 * English or bokmål: what each variant changes, a plain-language summary, the forest plot of
 * effects, costs, retention, burnout, stages, the scenario and the methods.
 */
public final class Report {
    private Report() {
    }

    /** What a report adds to a batch folder. */
    static final List<String> OUTPUTS = List.of("analysis", "charts", "report.html");
    private static final String STAGING_PREFIX = ".report-partial-";
    /** Held while a report is written into a folder; kept (hidden), never to be deleted by hand. */
    static final String LOCK = ".report.lock";
    /** The workbook's name inside analysis/. */
    public static final String WORKBOOK = "inclusim.xlsx";

    /** {@link #write(Path, ReportOptions)} with the scenario's (or the locale's) language. */
    public static Path write(Path batchDir) throws IOException {
        return write(batchDir, ReportOptions.defaults());
    }

    /**
     * Writes analysis/, charts/ and report.html into the batch folder (replacing an earlier
     * report); returns report.html. They are written into a hidden staging folder first, forced
     * to disk and swapped in only when all are complete; if the swap fails (a file held open
     * elsewhere), the earlier report is put back. So a failure leaves the previous report, or
     * none, never half of one. One report at a time per folder: a second is refused while the
     * first runs. A staging folder left by a report that was killed is removed by the next one;
     * one that a live report is writing is never touched.
     */
    public static Path write(Path batchDir, ReportOptions options) throws IOException {
        return make(batchDir, options).file();
    }

    /** What {@link #make} did: the report's path and the time of each phase. */
    public record Result(Path file, Timing timing) {
    }

    /** Writes the report and returns its path with the time each phase took. */
    public static Result make(Path batchDir, ReportOptions options) throws IOException {
        return make(batchDir, options, null);
    }

    /**
     * {@link #make(Path, ReportOptions)} with the digests of the batch's runs made while it ran
     * (null: none), which stand in for weekly.csv and events.csv if they are those of its runs.
     */
    public static Result make(Path batchDir, ReportOptions options, RunDigests digests) throws IOException {
        Timing timing = new Timing();
        BatchData data = timing.time(digests == null ? "read" : "read, with run digests", () -> BatchData.load(batchDir, digests));
        if (digests != null && !data.fromDigests()) {
            timing.time("(run digests not used)", () -> null);
        }
        Path lockFile = batchDir.resolve(LOCK);
        try (LockFile lock = LockFile.tryAcquire(lockFile).orElseThrow(() -> new OutputException(batchDir
                + " is being reported by another process (" + LockFile.holder(lockFile) + "); wait for it to finish"))) {
            StagingFolder.removeStale(batchDir, name -> name.startsWith(STAGING_PREFIX));
            StagingFolder staging = StagingFolder.create(batchDir, STAGING_PREFIX);
            try {
                new ReportTasks(data, staging.path(), options, timing).run();
                Durable.forceTree(staging.path());
                swapIn(batchDir, staging.path());
            } catch (IOException | RuntimeException | Error e) {
                try {
                    staging.delete();
                } catch (IOException again) {
                    e.addSuppressed(again); // the first failure is the one to report; the next report removes the rest
                }
                throw e;
            }
            staging.delete();
        }
        return new Result(batchDir.resolve("report.html"), timing);
    }

    /** Moves the earlier outputs aside, the new ones in; on a failed move, restores the earlier ones. */
    private static void swapIn(Path batchDir, Path staging) throws IOException {
        Path aside = Files.createDirectory(staging.resolve(".earlier"));
        List<String> movedAside = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        try {
            for (String name : OUTPUTS) {
                if (Files.exists(batchDir.resolve(name))) {
                    Files.move(batchDir.resolve(name), aside.resolve(name));
                    movedAside.add(name);
                }
            }
            for (String name : OUTPUTS) {
                Files.move(staging.resolve(name), batchDir.resolve(name));
                movedIn.add(name);
            }
            Durable.forceFolder(batchDir);
        } catch (IOException e) {
            for (String name : movedIn) {
                Durable.deleteTree(batchDir.resolve(name));
            }
            for (String name : movedAside) {
                Files.move(aside.resolve(name), batchDir.resolve(name));
            }
            throw e;
        }
    }

    /** The report's language: the option's, else the scenario's {@code language:}, else the locale's. */
    static Language language(BatchData data, ReportOptions options) {
        if (options.language() != null) {
            return options.language();
        }
        Object scenario = data.manifest().get("scenario");
        Object language = scenario instanceof Map<?, ?> map ? map.get("language") : null;
        try {
            return Language.choose(null, language == null ? null : String.valueOf(language));
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(data.folder().resolve("manifest.json") + ": scenario.language " + e.getMessage());
        }
    }
}
