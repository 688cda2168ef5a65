package org.inclusim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.SensitivityAnalysis;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.presentation.Messages;

/**
 * The report's work as independent tasks on {@value #THREADS} threads beside the calling one:
 * the costs and the weekly bands (each a pass over weekly.csv, or over the runs' digests) beside
 * the other statistics (events.csv's trajectories); then every chart, the tables and the workbook
 * as tasks of their own while the calling thread writes the page's text; then the page with the
 * charts' data put in. What a task computes does not depend on the order, so the files are the
 * same however the threads are scheduled.
 */
final class ReportTasks {
    /** Threads that compute, draw and write beside the one that called {@link #run}. */
    private static final int THREADS = 2;

    private final BatchData data;
    private final Path dir;
    private final ReportOptions options;
    private final Timing timing;
    private final Messages messages;
    private ExecutorService pool;

    /** The statistics every later task reads. */
    private record Statistics(Analysis analysis, CostAnalysis costs, SensitivityAnalysis sensitivity, ReportContext draft) {
    }

    /** @param dir where analysis/, charts/ and report.html are written */
    ReportTasks(BatchData data, Path dir, ReportOptions options, Timing timing) {
        this.data = data;
        this.dir = dir;
        this.options = options;
        this.timing = timing;
        this.messages = Messages.of(Report.language(data, options));
    }

    void run() throws IOException {
        pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "report");
            t.setDaemon(true);
            return t;
        });
        try {
            Statistics s = statistics();
            List<Future<?>> files = tables(s);
            Map<String, Path> images = new LinkedHashMap<>();
            Map<Path, Future<byte[]>> drawn = charts(s, images);
            ReportContext context = new ReportContext(s.analysis(), s.costs(), s.sensitivity(), messages, options, images,
                    s.draft().changes());
            Html page = timing.time("page", () -> new HtmlReport(context).render());
            Map<Path, byte[]> base64 = new LinkedHashMap<>();
            for (Map.Entry<Path, Future<byte[]>> d : drawn.entrySet()) {
                base64.put(d.getKey(), result(d.getValue()));
            }
            for (Future<?> f : files) {
                result(f);
            }
            timing.time("write page", () -> {
                page.write(dir.resolve("report.html"), base64);
                return null;
            });
            timing.finish();
        } finally {
            stop(pool);
        }
    }

    private Statistics statistics() throws IOException {
        Future<CostAnalysis> costsLater = pool.submit(() -> timing.time("costs", () -> CostAnalysis.of(data)));
        Future<Map<String, Map<String, Analysis.Band>>> bandsLater = pool.submit(() -> timing.time("weekly bands",
                () -> Analysis.weeklyBands(data)));
        Analysis analysis = Analysis.of(data, timing, () -> unchecked(bandsLater));
        SensitivityAnalysis sensitivity = timing.time("sensitivity", () -> SensitivityAnalysis.of(data));
        CostAnalysis costs = result(costsLater);
        ReportContext draft = new ReportContext(analysis, costs, sensitivity, messages, options, Map.of(), new VariantChanges(data.manifest()));
        return new Statistics(analysis, costs, sensitivity, draft);
    }

    /** The tables (CSV) and the workbook, each a task. */
    private List<Future<?>> tables(Statistics s) throws IOException {
        Path tables = Files.createDirectory(dir.resolve("analysis"));
        List<Future<?>> files = new ArrayList<>();
        files.add(pool.submit(() -> timing.time("tables", () -> {
            s.analysis().writeCsv(tables);
            s.costs().writeCsv(tables);
            if (s.sensitivity() != null) {
                s.sensitivity().writeCsv(tables.resolve("sensitivity.csv"));
            }
            return null;
        })));
        files.add(pool.submit(() -> timing.time("workbook", () -> {
            new WorkbookWriter(s.draft()).write(tables.resolve(Report.WORKBOOK));
            return null;
        })));
        return files;
    }

    /** Each chart a task that writes its PNG file and gives its Base64 text; {@code images} gets every chart's file by name. */
    private Map<Path, Future<byte[]>> charts(Statistics s, Map<String, Path> images) throws IOException {
        Path charts = Files.createDirectory(dir.resolve("charts"));
        Map<Path, Future<byte[]>> drawn = new LinkedHashMap<>();
        for (ChartSet.Job chart : timing.time("chart set", () -> new ChartSet(s.analysis(), s.costs(), messages)
                .build(s.draft().headlineEffects(), s.sensitivity()).jobs())) {
            Path file = charts.resolve(chart.name() + ".png");
            images.put(chart.name(), file);
            drawn.put(file, pool.submit(() -> timing.time("chart " + chart.name(), () -> {
                byte[] png = chart.png();
                Files.write(file, png);
                return Base64.getEncoder().encode(png);
            })));
        }
        return drawn;
    }

    /**
     * Stops the tasks left (after a failure or an interrupt) and waits for them, so that none
     * writes into the folder after this: a task already drawing a chart or writing a table ends
     * first, also when this thread was interrupted (its interrupt is kept for the caller).
     */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@link #result} for a supplier: an I/O error becomes an unchecked one. */
    private static <T> T unchecked(Future<T> future) {
        try {
            return result(future);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A task's result; its exception is rethrown as it was (a user error stays one). */
    private static <T> T result(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the report", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
