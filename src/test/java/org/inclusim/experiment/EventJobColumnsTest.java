package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.inclusim.analysis.Estimates;
import org.inclusim.io.CsvReader;
import org.inclusim.io.CsvTableWriter;
import org.inclusim.model.Cause;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Stage;
import org.inclusim.model.Transition;
import org.inclusim.model.User;
import org.inclusim.presentation.Language;
import org.inclusim.report.Report;
import org.inclusim.report.ReportOptions;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 3: a job's match and hours (and whether the user was in close follow-up) are in
 * events.csv on the rows that start a job. One batch of the calibrated baseline
 * ({@code scenarios/baseline.yaml}, its {@value #REPLICATIONS} replications) is written through
 * the batch runner; the written cells are checked against the model's own state at each hire in a
 * second, independent run of every spec, and the batch is read as a researcher would to see that
 * close follow-up finds better-matched jobs (an output check) and that better-matched jobs are
 * quit less (emergent).
 */
class EventJobColumnsTest {
    static final int REPLICATIONS = 20;
    /** The written match has 6 decimals: it may differ from the model's by half a unit in the last. */
    static final double WRITTEN = 5.1e-7;

    @TempDir
    static Path tmp;

    static final List<RunSpec> SPECS = new ArrayList<>();
    static CsvReader.Table events;
    static CsvReader.Table runs;

    @BeforeAll
    static void batch() throws IOException {
        Scenario baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        new BatchRunner((spec, recorder) -> {
            synchronized (SPECS) {
                SPECS.add(spec);
            }
            return ModelRun.execute(spec, recorder, true);
        }).run(baseline, new BatchOptions(1, REPLICATIONS, EventsMode.ALL, Shard.ALL), tmp.resolve("b"), BatchRunnerTest.QUIET);
        events = CsvReader.read(tmp.resolve("b").resolve(RunTables.EVENTS));
        runs = CsvReader.read(tmp.resolve("b").resolve(RunTables.RUNS));
    }

    /** Column indices of events.csv used here. */
    record EventColumns(int run, int week, int user, int from, int cause, int match, int hours, int close) {
        static EventColumns of(CsvReader.Table events) {
            return new EventColumns(events.column("run_id"), events.column("week"), events.column("user_id"), events.column("from"),
                    events.column("cause"), events.column("job_match"), events.column("job_hours"), events.column("close_follow_up"));
        }
    }

    /**
     * A hire or job change and what the model holds for the user (match and hours at the end of
     * its week, close follow-up at the transition), read from the user view; {@code checked} is false where the end-of-week state is not that job's
     * (the job ended, or another started, later in the same week), and then the values are not
     * compared.
     */
    record JobAtStart(int week, int user, String cause, double match, double hours, boolean close, boolean checked) {
    }

    /** A job start as the listener sees it: the transition and the user's close follow-up at that instant. */
    record Start(Transition transition, boolean close) {
    }

    /**
     * Every {@code hired} and {@code job_change} row of a run, in order, carries the match, hours
     * and close follow-up the model holds for that user's new job, read from the user view in a
     * fresh run of the same spec. Match and hours are read after the week's {@code schedule.step}
     * (not inside the transition listener, which reads at the instant the row is made and so
     * could not catch a row made before the job's match and hours are set). Close follow-up is
     * read in the listener, since its contract is the state at the transition and it can change
     * later in the same week (a close case hired in week 167 of run 9 is demoted that week, when
     * the slots fall from 3 to 2 after the project's end). Every other row has the three cells
     * empty. Fails on a broken variant (a scratch edit of {@code HireRule.hire}, run once, not
     * kept, 2026-12-04: the stage change, and so the row, made before the job's terms are set):
     * the first hire of run 0 is written with 0 hours against the model's 15, which a read inside
     * the listener would have agreed with.
     */
    @Test
    void writtenJobColumnsAreTheModelsStateAtTheHire() {
        assertEquals(REPLICATIONS, SPECS.size());
        EventColumns c = EventColumns.of(events);
        Map<String, List<List<String>>> jobRows = new HashMap<>();
        int others = 0;
        for (List<String> row : events.rows()) {
            String cause = row.get(c.cause());
            if (cause.equals(Cause.HIRED.label()) || cause.equals(Cause.JOB_CHANGE.label())) {
                jobRows.computeIfAbsent(row.get(c.run()), k -> new ArrayList<>()).add(row);
            } else {
                others++;
                assertEquals(List.of("", "", ""), List.of(row.get(c.match()), row.get(c.hours()), row.get(c.close())), row.toString());
            }
        }
        assertTrue(others > 0);
        int checked = 0;
        int unchecked = 0;
        for (RunSpec spec : SPECS) {
            List<JobAtStart> model = jobStarts(spec);
            List<List<String>> written = jobRows.getOrDefault(Integer.toString(spec.runId()), List.of());
            assertEquals(model.size(), written.size(), "job starts of run " + spec.runId());
            for (int i = 0; i < model.size(); i++) {
                JobAtStart m = model.get(i);
                List<String> row = written.get(i);
                String at = "run " + spec.runId() + " row " + row;
                assertEquals(m.week(), Integer.parseInt(row.get(c.week())), at);
                assertEquals(m.user(), Integer.parseInt(row.get(c.user())), at);
                assertEquals(m.cause(), row.get(c.cause()), at);
                assertEquals(Boolean.toString(m.close()), row.get(c.close()), at);
                if (m.checked()) {
                    assertEquals(m.match(), Double.parseDouble(row.get(c.match())), WRITTEN, at);
                    assertEquals(m.hours(), Double.parseDouble(row.get(c.hours())), 0.0, at);
                    checked++;
                } else {
                    unchecked++;
                }
            }
        }
        System.out.println("EventJobColumnsTest job starts checked against the end-of-week state: " + checked + ", not (ended or replaced in the week): " + unchecked);
        assertTrue(checked > 1000 && unchecked * 10 < checked + unchecked, "job starts checked: " + checked + ", not: " + unchecked);
    }

    /**
     * A fresh run of {@code spec}: the listener notes each hire and job change, and after the
     * week's step the new job's match, hours and close follow-up are read from the user view.
     */
    private static List<JobAtStart> jobStarts(RunSpec spec) {
        assertEquals(0, spec.policyStartWeek(), "the baseline has no policy week");
        InclusionModel m = new InclusionModel(spec.seed(), spec.parameters());
        List<JobAtStart> out = new ArrayList<>();
        List<Start> week = new ArrayList<>();
        m.setTransitionListener(t -> {
            if (t.cause() == Cause.HIRED || t.cause() == Cause.JOB_CHANGE) {
                week.add(new Start(t, m.views().users().get(t.userId()).closeFollowUp()));
            }
        });
        m.start();
        for (int w = 0; w < spec.horizonWeeks(); w++) {
            m.schedule.step(m);
            for (int i = 0; i < week.size(); i++) {
                Transition t = week.get(i).transition();
                User u = m.views().users().get(t.userId());
                boolean lastOfUser = week.subList(i + 1, week.size()).stream().noneMatch(later -> later.transition().userId() == t.userId());
                boolean checked = lastOfUser && u.jobStartWeek() == t.week() && t.week() == m.week();
                out.add(new JobAtStart(t.week(), t.userId(), t.cause().label(), u.match(), u.jobHours(), week.get(i).close(), checked));
            }
            week.clear();
        }
        m.finish();
        return out;
    }

    /**
     * Over the {@code hired} rows, those marked {@code close_follow_up} add up, run by run, to
     * {@code hires_close} of runs.csv (two outputs written by different paths agree).
     */
    @Test
    void closeHiresAddUpToRunsTable() {
        Map<String, Integer> close = new HashMap<>();
        for (List<String> row : events.rows()) {
            if (row.get(events.column("cause")).equals(Cause.HIRED.label()) && row.get(events.column("close_follow_up")).equals("true")) {
                close.merge(row.get(events.column("run_id")), 1, Integer::sum);
            }
        }
        int total = 0;
        for (List<String> row : runs.rowsWhere("group", "all").rows()) {
            int hiresClose = (int) Double.parseDouble(row.get(runs.column("hires_close")));
            assertEquals(hiresClose, close.getOrDefault(row.get(runs.column("run_id")), 0), "run " + row.get(runs.column("run_id")));
            total += hiresClose;
        }
        assertTrue(total > 0);
    }

    /**
     * An output check, not an emergent claim: the columns carry the close-match mechanism's
     * effect, read from the batch as a researcher would. A close follow-up hire's match is the
     * best of 1 + {@code search.closeMatchDraws} uniform draws (mean 0.75 at the shipped 2,
     * against 0.5 for a standard hire), so the size of the difference is the parameter's, read
     * back; what is tested is that events.csv shows it. Per run, the mean {@code job_match} of
     * close {@code hired} rows minus that of standard ones (a within-run comparison, so the two
     * share the run's office and workplaces); criterion: the paired t statistic of these
     * differences over the runs at least {@link PairedRuns#T_CRITERION} (run of 2026-12-04: 0.239,
     * t 22.5). Fails when the match is drawn once in close follow-up too (matchout's broken
     * variant: difference 0.0021, t 0.2). Figures: docs/validation.md, "Where the tests of issues
     * 14 and 15 live".
     */
    @Test
    void closeFollowUpHiresHaveBetterMatchedJobs() {
        Map<String, SummaryStatistics[]> byRun = new HashMap<>();
        for (List<String> row : events.rows()) {
            if (!row.get(events.column("cause")).equals(Cause.HIRED.label())) {
                continue;
            }
            SummaryStatistics[] s = byRun.computeIfAbsent(row.get(events.column("run_id")),
                    k -> new SummaryStatistics[] {new SummaryStatistics(), new SummaryStatistics()});
            s[row.get(events.column("close_follow_up")).equals("true") ? 0 : 1].addValue(Double.parseDouble(row.get(events.column("job_match"))));
        }
        double[] close = new double[byRun.size()];
        double[] standard = new double[byRun.size()];
        int r = 0;
        for (SummaryStatistics[] s : byRun.values()) {
            close[r] = s[0].getN() > 0 ? s[0].getMean() : Double.NaN;
            standard[r] = s[1].getN() > 0 ? s[1].getMean() : Double.NaN;
            r++;
        }
        Estimates.Paired differences = Estimates.paired(standard, close);
        String result = String.format(Locale.ROOT, "close minus standard mean job match %.4f over %d runs, t %.1f",
                differences.meanDifference(), differences.n(), differences.t());
        System.out.println("EventJobColumnsTest " + result);
        assertEquals(REPLICATIONS, differences.n(), result);
        assertTrue(differences.t() >= PairedRuns.T_CRITERION, result);
    }

    /** Weeks within which a job's quit counts as early (the first half-year of tenure). */
    static final int EARLY_QUIT_WEEKS = 26;

    /**
     * Emergent, read from the batch as a researcher would: jobs with a better match are quit
     * less within their first {@value #EARLY_QUIT_WEEKS} weeks. Only hires in standard follow-up
     * are used (their match is one uniform draw, so it is independent of the user's support;
     * close cases have both a better match and more support), and only jobs that started at
     * least {@value #EARLY_QUIT_WEEKS} weeks before the horizon. Per run, the share of these
     * jobs with {@code job_match} above 1/2 (the median of one draw) that end by
     * {@code quit} within {@value #EARLY_QUIT_WEEKS} weeks, minus that share below 1/2 (a
     * within-run comparison); criterion: paired t over the runs at most -{@link PairedRuns#T_CRITERION}.
     * Nothing in it is read back from a parameter: the quits come from the job-loss hazard, the
     * tenure and the competing job endings. Run of 2026-12-04: -0.170 (95 % CI -0.247 to -0.094),
     * t -4.6. Fails with {@code jobs.quitMatchEffect} 0 (a scratch scenario extending the baseline,
     * run once, not kept): -0.007, t -0.2. Figures: docs/validation.md.
     */
    @Test
    void betterMatchedJobsAreQuitLessInTheirFirstHalfYear() {
        Map<String, int[]> counts = earlyQuitsByMatch(events, SPECS.get(0).horizonWeeks());
        double[] high = new double[counts.size()];
        double[] low = new double[counts.size()];
        int r = 0;
        for (int[] c : counts.values()) {
            high[r] = c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
            low[r] = c[3] == 0 ? Double.NaN : (double) c[2] / c[3];
            r++;
        }
        Estimates.Paired d = Estimates.paired(low, high);
        String result = String.format(Locale.ROOT,
                "standard-follow-up hires quit within %d weeks: match above 1/2 minus below, %+.4f over %d runs (95 %% CI %+.4f to %+.4f), t %.1f",
                EARLY_QUIT_WEEKS, d.meanDifference(), d.n(), d.low(), d.high(), d.t());
        System.out.println("EventJobColumnsTest " + result);
        assertEquals(REPLICATIONS, d.n(), result);
        assertTrue(d.t() <= -PairedRuns.T_CRITERION, result);
    }

    /**
     * Per run id: the jobs found in standard follow-up (the {@code hired} rows not in close
     * follow-up) that started by {@code horizon - EARLY_QUIT_WEEKS}, with match above 1/2: how
     * many were quit within {@link #EARLY_QUIT_WEEKS} weeks and how many there were; then the
     * same below 1/2. A job ends at the user's next row that leaves employment or changes job;
     * one not ended by the horizon was not quit early.
     */
    static Map<String, int[]> earlyQuitsByMatch(CsvReader.Table events, int horizon) {
        EventColumns c = EventColumns.of(events);
        Map<String, int[]> counts = new HashMap<>();
        Map<String, int[]> open = new HashMap<>();
        for (List<String> row : events.rows()) {
            String key = row.get(c.run()) + "/" + row.get(c.user());
            String cause = row.get(c.cause());
            int week = Integer.parseInt(row.get(c.week()));
            int[] job = open.get(key);
            if (job != null && (row.get(c.from()).equals(Stage.EMPLOYED.label()) || cause.equals(Cause.JOB_CHANGE.label()))) {
                counts.get(row.get(c.run()))[job[1]] += cause.equals(Cause.QUIT.label()) && week - job[0] < EARLY_QUIT_WEEKS ? 1 : 0;
                open.remove(key);
            }
            if (cause.equals(Cause.HIRED.label()) && row.get(c.close()).equals("false") && week <= horizon - EARLY_QUIT_WEEKS) {
                int at = Double.parseDouble(row.get(c.match())) > 0.5 ? 0 : 2;
                counts.computeIfAbsent(row.get(c.run()), k -> new int[4])[at + 1]++;
                open.put(key, new int[] {week, at});
            }
        }
        return counts;
    }

    /**
     * The report reads a batch written before the job columns: the same batch with the three
     * columns taken out of events.csv reports without error, and every analysis table is the same
     * bytes as the full batch's (the report takes events.csv's columns by name).
     */
    @Test
    void anOlderBatchWithoutTheJobColumnsReportsTheSame() throws IOException {
        Path full = tmp.resolve("b");
        Path older = tmp.resolve("older");
        Files.createDirectories(older);
        try (Stream<Path> files = Files.list(full)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, older.resolve(f.getFileName()));
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < events.header().size(); c++) {
            if (!List.of("job_match", "job_hours", "close_follow_up").contains(events.header().get(c))) {
                kept.add(c);
            }
        }
        assertEquals(events.header().size() - 3, kept.size());
        try (CsvTableWriter out = new CsvTableWriter(older.resolve(RunTables.EVENTS), kept.stream().map(events.header()::get).toList())) {
            for (List<String> row : events.rows()) {
                out.write(kept.stream().map(row::get).toList());
            }
        }
        ReportOptions english = ReportOptions.defaults().withLanguage(Language.EN);
        Report.write(full, english);
        Report.write(older, english);
        int compared = 0;
        try (Stream<Path> tables = Files.list(full.resolve("analysis"))) {
            for (Path table : tables.filter(f -> f.toString().endsWith(".csv")).toList()) {
                assertArrayEquals(Files.readAllBytes(table), Files.readAllBytes(older.resolve("analysis").resolve(table.getFileName())),
                        table.getFileName().toString());
                compared++;
            }
        }
        assertTrue(compared > 5, "analysis tables compared: " + compared);
    }
}
