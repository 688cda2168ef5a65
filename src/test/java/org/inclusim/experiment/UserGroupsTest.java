package org.inclusim.experiment;

import static org.inclusim.experiment.GroupRowChecks.assertFilled;
import static org.inclusim.experiment.GroupRowChecks.assertHoursSum;
import static org.inclusim.experiment.GroupRowChecks.assertRoutesMatchEvents;
import static org.inclusim.experiment.GroupRowChecks.assertSums;
import static org.inclusim.experiment.GroupRowChecks.wholeNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.inclusim.io.CsvReader;
import org.inclusim.model.CalibratedBaseline;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.User;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.UserGroups;
import org.inclusim.observe.GroupOutcomes;
import org.inclusim.observe.GroupWeek;
import org.inclusim.observe.RowSchema;
import org.inclusim.observe.WeeklyRow;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User groups in the tables: groups change nothing when they do not deviate, the {@code all}
 * rows are the sum of the groups' rows, tables are the same on any thread count and after a
 * shard merge, every per-user parameter acts through the group lookup, and a deviation moves its
 * group's outcomes in the direction it implies (paired replications, common random numbers,
 * |t| >= {@link PairedRuns#T_CRITERION}).
 */
class UserGroupsTest {
    @TempDir
    Path tmp;

    private final Scenario shipped = new ScenarioLoader().load(Path.of("scenarios/user-groups.yaml"));

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    /** The rows of a table whose group column holds {@code group}, without that column. */
    private static List<List<String>> rows(Path folder, String table, String group) throws IOException {
        CsvReader.Table t = CsvReader.read(folder.resolve(table));
        int g = t.column(RunTables.GROUP);
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : (g < 0 ? t : t.rowsWhere(RunTables.GROUP, group)).rows()) {
            List<String> copy = new ArrayList<>(row);
            if (g >= 0) {
                copy.remove(g);
            }
            out.add(copy);
        }
        return out;
    }

    @Test
    void groupsWithoutDeviationsLeaveTheWholeRunsRowsAsTheyAre() throws IOException {
        Path plain = write("plain.yaml", "name: plain\nhorizon_weeks: 156\nseed: 7\n");
        Path grouped = write("grouped.yaml", """
                name: grouped
                horizon_weeks: 156
                seed: 7
                groups:
                  a: {share: 0.3}
                  b: {share: 0.7}
                """);
        BatchRunner runner = new BatchRunner();
        runner.run(new ScenarioLoader().load(plain), BatchRunnerTest.options(1, 3), tmp.resolve("plain"), BatchRunnerTest.QUIET);
        runner.run(new ScenarioLoader().load(grouped), BatchRunnerTest.options(1, 3), tmp.resolve("grouped"), BatchRunnerTest.QUIET);
        for (String table : List.of(RunTables.RUNS, RunTables.WEEKLY, RunTables.MENTORS)) {
            assertEquals(rows(tmp.resolve("plain"), table, UserGroups.ALL), rows(tmp.resolve("grouped"), table, UserGroups.ALL), table);
        }
        assertEquals(3 * 2, rows(tmp.resolve("grouped"), RunTables.RUNS, "a").size() + rows(tmp.resolve("grouped"), RunTables.RUNS, "b").size());
        assertEquals(0, CsvReader.read(tmp.resolve("plain").resolve(RunTables.RUNS)).rowsWhere(RunTables.GROUP, "a").rows().size());
    }

    /**
     * Every count a group row holds (every whole-number column of {@link GroupOutcomes#COLUMNS}
     * but the horizon, and of {@link GroupWeek#COLUMNS}) adds up over the groups to the {@code all}
     * row, and so do the weekly job hours; the route, subsidy and re-referral counts are among
     * them, so a group row that left them empty fails here.
     */
    @Test
    void theAllRowsAreTheSumOfTheGroupRowsWhereTheyAreCounts() throws IOException {
        new BatchRunner().run(shipped, BatchRunnerTest.options(2, 2), tmp.resolve("b"), BatchRunnerTest.QUIET);
        CsvReader.Table runs = CsvReader.read(tmp.resolve("b").resolve(RunTables.RUNS));
        assertFilled(runs, List.of("hires_direct", "hires_early", "hires_close", "subsidised_hires", "job_changes", "re_referrals"));
        List<String> counts = new ArrayList<>(wholeNumbers(RunOutcomes.class, GroupOutcomes.COLUMNS));
        counts.remove("horizon_weeks");
        assertTrue(counts.containsAll(List.of("users_total", "hires", "hires_direct", "hires_early", "hires_close", "subsidised_hires",
                "job_changes", "close_programme_ends", "re_referrals", "sustained_jobs")), counts.toString());
        int runsInBatch = shipped.variants().size() * 2;
        assertSums(runs, List.of("run_id"), counts, runsInBatch);
        CsvReader.Table weekly = CsvReader.read(tmp.resolve("b").resolve(RunTables.WEEKLY));
        assertFilled(weekly, List.of("hires_after_placement", "hires_early", "hires_direct", "hires_close", "subsidised_hires",
                "job_changes", "job_hours", "wage_subsidy_weeks_first_year", "wage_subsidy_weeks_later", "wage_subsidy_hours_first_year",
                "wage_subsidy_hours_later", "re_referrals"));
        List<String> weeklyCounts = wholeNumbers(WeeklyRow.class, GroupWeek.COLUMNS);
        assertTrue(weeklyCounts.containsAll(org.inclusim.analysis.Trajectories.STAGES), "every stage is counted by group");
        assertTrue(weeklyCounts.containsAll(List.of("disability_with_work", "re_referrals", "hires_after_placement", "hires_early",
                "hires_direct", "hires_close", "subsidised_hires", "job_changes", "wage_subsidy_weeks_first_year",
                "wage_subsidy_weeks_later", "close_programme_ends", "close_cases")), weeklyCounts.toString());
        List<String> hours = List.of("job_hours", "wage_subsidy_hours_first_year", "wage_subsidy_hours_later");
        assertEquals(hours, GroupWeek.COLUMNS.stream().filter(c -> !weeklyCounts.contains(c)).toList(),
                "the group columns that are not whole numbers: hours");
        assertSums(weekly, List.of("run_id", "week"), weeklyCounts, runsInBatch * shipped.horizonWeeks());
        hours.forEach(column -> assertHoursSum(weekly, column));
        assertTrue(runs.rowsWhere(RunTables.GROUP, "reduced-capacity").rows().stream()
                .anyMatch(r -> Integer.parseInt(r.get(runs.column("hires_direct"))) > 0), "a group has direct hires");
        assertTrue(weekly.rowsWhere(RunTables.GROUP, UserGroups.ALL).rows().stream()
                .anyMatch(r -> Integer.parseInt(r.get(weekly.column("disability_with_work"))) > 0), "someone works beside the benefit");
        CsvReader.Table events = CsvReader.read(tmp.resolve("b").resolve(RunTables.EVENTS));
        Map<String, Integer> referrals = new LinkedHashMap<>();
        int cause = events.column("cause");
        int run = events.column("run_id");
        int group = events.column(RunTables.GROUP);
        for (List<String> row : events.rows()) {
            if (row.get(cause).equals("referral")) {
                referrals.merge(row.get(run) + "/" + row.get(group), 1, Integer::sum);
            }
        }
        for (List<String> row : runs.rowsWhere(RunTables.GROUP, "young-adults").rows()) {
            assertEquals(Integer.parseInt(row.get(runs.column("users_total"))),
                    referrals.get(row.get(0) + "/young-adults"), "events.csv names each user's group");
        }
        assertRoutesMatchEvents(runs, events);
        List<String> group0 = runs.rowsWhere(RunTables.GROUP, "ordinary").rows().get(0);
        assertEquals("", group0.get(runs.column("burnout_episodes")), "a group row leaves the run's mentor outcomes empty");
    }

    @Test
    void theReportReadsTotalsFromTheAllRowsAndSplitsTheMainOutcomesByGroup() throws IOException {
        Path folder = tmp.resolve("r");
        new BatchRunner().run(shipped, BatchRunnerTest.options(2, 2), folder, BatchRunnerTest.QUIET);
        org.inclusim.report.Report.write(folder);
        CsvReader.Table summary = CsvReader.read(folder.resolve("analysis/summary.csv"));
        CsvReader.Table runs = CsvReader.read(folder.resolve(RunTables.RUNS)).rowsWhere(RunTables.GROUP, UserGroups.ALL);
        double users = runs.rows().stream().filter(r -> r.get(1).equals("baseline"))
                .mapToDouble(r -> Double.parseDouble(r.get(runs.column("users_total")))).average().orElseThrow();
        List<String> row = summary.rows().stream().filter(r -> r.get(0).equals("baseline") && r.get(2).equals("users_total"))
                .findFirst().orElseThrow();
        assertEquals("2", row.get(summary.column("n")), "one value per run, not per group row");
        assertEquals(users, Double.parseDouble(row.get(summary.column("mean"))), 1e-6);
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("id=\"groups\"") && html.contains("<td>young-adults</td>"), "a section by group");
        Path plain = tmp.resolve("plain");
        new BatchRunner().run(new ScenarioLoader().load(Path.of("scenarios/placement-length.yaml")), BatchRunnerTest.options(2, 1),
                plain, BatchRunnerTest.QUIET);
        org.inclusim.report.Report.write(plain);
        assertTrue(!Files.readString(plain.resolve("report.html")).contains("id=\"groups\""), "no section without groups");
    }

    @Test
    void tablesWithGroupsAreTheSameOnAnyThreadCountAndAfterAShardMerge() throws IOException {
        BatchRunner runner = new BatchRunner();
        runner.run(shipped, BatchRunnerTest.options(1, 2), tmp.resolve("one"), BatchRunnerTest.QUIET);
        runner.run(shipped, BatchRunnerTest.options(2, 2), tmp.resolve("two"), BatchRunnerTest.QUIET);
        BatchRunnerTest.assertSameTables(tmp.resolve("one"), tmp.resolve("two"));
        for (int i = 1; i <= 2; i++) {
            runner.run(shipped, new BatchOptions(1, 2, EventsMode.ALL, new Shard(i, 2)), tmp.resolve("s" + i), BatchRunnerTest.QUIET);
        }
        BatchMerger.merge(List.of(tmp.resolve("s2"), tmp.resolve("s1")), tmp.resolve("merged"));
        BatchRunnerTest.assertSameTables(tmp.resolve("one"), tmp.resolve("merged"));
    }

    /** Every per-user parameter a group may deviate in changes that group's trajectories: the rules read it through the group. */
    @Test
    void everyDeviableParameterActsOnItsGroup() {
        Map<String, Object> far = Map.ofEntries(Map.entry("users.supportNeedMean", 0.9), Map.entry("users.supportNeedSpread", 0.0),
                Map.entry("users.initialFitMax", 0.1), Map.entry("users.reentryWeeksMean", 40), Map.entry("users.employabilitySpread", 1.0),
                Map.entry("users.employabilityMean", 3.0),
                Map.entry("destinations.disabilityPerWeek", 0.05), Map.entry("destinations.disabilityNeedEffect", -5.0),
                Map.entry("destinations.disabilityDurationEffectPerYear", 3.0), Map.entry("destinations.aapPerWeek", 0.05),
                Map.entry("destinations.aapReturnPerWeek", 0.5), Map.entry("destinations.educationPerWeek", 0.05),
                Map.entry("destinations.educationReturnPerWeek", 0.5), Map.entry("destinations.workWithoutNavPerWeek", 0.05),
                Map.entry("destinations.workWithoutNavDurationEffectPerYear", 3.0), Map.entry("destinations.workWithoutNavReturnPerWeek", 0.5),
                Map.entry("destinations.otherPerWeek", 0.05), Map.entry("destinations.outOfWorkFactor", 50.0),
                Map.entry("destinations.disabilityWorkAtGrant", 1.0), Map.entry("destinations.disabilityWorkStartPerWeek", 0.5),
                Map.entry("destinations.disabilityWorkEndPerWeek", 0.5),
                Map.entry("search.durationDeclinePerWeek", 0.2), Map.entry("search.durationDeclineUntilWeeks", 4),
                Map.entry("jobs.quitHazardPerWeek", 0.5),
                Map.entry("jobs.shortHoursShare", 1.0), Map.entry("subsidy.offerShare", 0.0), Map.entry("subsidy.firstWeeks", 0),
                Map.entry("subsidy.secondWeeks", 0), Map.entry("mentors.subsidisedWeeks", 1));
        assertEquals(UserGroups.DEVIABLE.size(), far.size(), "a far value for every deviable parameter");
        Map<String, Object> groups = new LinkedHashMap<>();
        groups.put("users.referralsPerWeek", 2.0);
        groups.put("subsidy.firstWeeks", 4);
        groups.put("groups.a.share", 0.5);
        groups.put("groups.b.share", 0.5);
        Parameters base = ParameterCatalog.instance().with(CalibratedBaseline.parameters(), groups);
        List<Object> plain = trace(base, "b");
        // Where the decline levels off acts only on a decline, and the calibrated baseline has none
        // (search.durationDeclinePerWeek 0 since the refit of 2026-12-03): for that parameter group b
        // also gets a decline (0.05 a week) on both sides, so stopping it at 4 weeks must show.
        Parameters declining = base.with("groups.b.search.durationDeclinePerWeek", 0.05);
        List<Object> plainDeclining = trace(declining, "b");
        // Likewise the end of work beside disability benefit acts only on someone working beside it,
        // and the shipped default has nobody: group b then works at every grant on both sides.
        Parameters working = base.with("groups.b.destinations.disabilityWorkAtGrant", 1.0);
        List<Object> plainWorking = trace(working, "b");
        for (String path : UserGroups.DEVIABLE) {
            boolean levelling = path.equals("search.durationDeclineUntilWeeks");
            boolean ending = path.equals("destinations.disabilityWorkEndPerWeek");
            Parameters from = levelling ? declining : ending ? working : base;
            List<Object> without = levelling ? plainDeclining : ending ? plainWorking : plain;
            assertTrue(!without.equals(trace(from.with("groups.b." + path, far.get(path)), "b")), path + " of group b changes nothing");
        }
    }

    /** Group {@code group}'s transitions and the run's weekly rows over 156 weeks. */
    private static List<Object> trace(Parameters p, String group) {
        InclusionModel model = new InclusionModel(11, p);
        List<Object> trace = new ArrayList<>();
        model.setTransitionListener(t -> {
            if (t.group().equals(group)) {
                trace.add(t);
            }
        });
        model.start();
        for (int week = 0; week < 156; week++) {
            model.schedule.step(model);
            trace.add(org.inclusim.observe.WeeklyObserver.observe(model));
        }
        return trace;
    }

    /**
     * The shipped scenario's young adults have a lower support need than the baseline's users:
     * against the same scenario with that deviation removed (same users in the same groups, same
     * draws), they find a first job sooner and more of them ever work. Their higher education
     * hazard puts more of them in education at the horizon. (With education's returns to the
     * measure, it leaves fewer of them employed at the horizon by too little to claim.)
     * "Sooner" is read as the share of young adults with a first job within 52 weeks of referral
     * (among those referred at least 52 weeks before the horizon), not as the mean weeks to the
     * first job among those hired: since the refit of 2026-12-03 users differ in employability
     * (spread 1.25), and a lower need brings in late first jobs of users who would otherwise never
     * have worked, which raises the mean among the hired while everyone's chances rise (200 pairs:
     * mean weeks -1.22, t -2.13, on 2026-12-04 with the ordinary job seekers'
     * disability hazard at 0.4 times the calibrated one; docs/validation.md, scenario claims). The share within a year has
     * no such selection: everyone referred early enough is counted.
     */
    @Test
    void deviationsMoveTheirGroupsOutcomesInTheDirectionTheyImply() {
        int n = 200;
        Parameters shippedParameters = shipped.parameters(shipped.baseline(), 0);
        Parameters noNeedDeviation = shippedParameters.with("groups.young-adults.users.supportNeedMean",
                shippedParameters.users().supportNeedMean());
        List<GroupRun> a = groupRuns(noNeedDeviation, n);
        List<GroupRun> b = groupRuns(shippedParameters, n);
        PairedRuns.Comparison sooner = compare("young adults' share with a first job within 52 weeks of referral, need 0.6 -> 0.45",
                a, b, GroupRun::youngAdultsHiredWithinYear);
        System.out.println("UserGroupsTest " + sooner);
        assertTrue(sooner.higherInB(), sooner.toString());
        PairedRuns.Comparison ever = compare("young adults' share ever employed, need 0.6 -> 0.45", a, b,
                run -> run.byGroup().get(YOUNG).everEmployedShare());
        System.out.println("UserGroupsTest " + ever);
        assertTrue(ever.higherInB(), ever.toString());
        Parameters noEducationDeviation = shippedParameters.with("groups.young-adults.destinations.educationPerWeek",
                shippedParameters.destinations().educationPerWeek());
        PairedRuns.Comparison education = compare("young adults in education at the horizon, education hazard 0.0006 -> 0.003",
                groupRuns(noEducationDeviation, n), b, run -> run.byGroup().get(YOUNG).educationShareHorizon());
        System.out.println("UserGroupsTest " + education);
        assertTrue(education.higherInB(), education.toString());
    }

    private static final String YOUNG = "young-adults";
    private static final int HORIZON = 260;

    /** One run's group rows and the young adults' share with a first job within 52 weeks of referral. */
    private record GroupRun(Map<String, RunOutcomes> byGroup, double youngAdultsHiredWithinYear) {
    }

    private static List<GroupRun> groupRuns(Parameters p, int n) {
        List<GroupRun> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            InclusionModel model = new InclusionModel(Seeds.forReplicate(PairedRuns.SEED, r), p);
            model.start();
            for (int week = 0; week < HORIZON; week++) {
                model.schedule.step(model);
            }
            model.finish();
            out.add(new GroupRun(GroupOutcomes.compute(model), hiredWithinYear(model, YOUNG)));
        }
        return out;
    }

    /** Among the group's users referred at least 52 weeks before the horizon, the share whose first job started within 52 weeks of referral. */
    private static double hiredWithinYear(InclusionModel model, String group) {
        int eligible = 0;
        int hired = 0;
        for (User u : model.views().users()) {
            if (u.group().equals(group) && u.referralWeek() <= HORIZON - 52) {
                eligible++;
                if (u.firstJobStartWeek() >= 0 && u.firstJobStartWeek() - u.referralWeek() < 52) {
                    hired++;
                }
            }
        }
        return eligible == 0 ? Double.NaN : (double) hired / eligible;
    }

    private static PairedRuns.Comparison compare(String name, List<GroupRun> a, List<GroupRun> b, ToDoubleFunction<GroupRun> outcome) {
        List<PairedRuns.Run> ra = new ArrayList<>();
        List<PairedRuns.Run> rb = new ArrayList<>();
        Map<PairedRuns.Run, GroupRun> of = new IdentityHashMap<>();
        for (int i = 0; i < a.size(); i++) {
            PairedRuns.Run runA = new PairedRuns.Run(a.get(i).byGroup().get(YOUNG), List.of(), List.of());
            PairedRuns.Run runB = new PairedRuns.Run(b.get(i).byGroup().get(YOUNG), List.of(), List.of());
            of.put(runA, a.get(i));
            of.put(runB, b.get(i));
            ra.add(runA);
            rb.add(runB);
        }
        return PairedRuns.compare(name, ra, rb, run -> outcome.applyAsDouble(of.get(run)));
    }

    @Test
    void groupRowsFillExactlyTheUserOutcomeColumns() {
        assertTrue(RunOutcomes.COLUMNS.containsAll(GroupOutcomes.COLUMNS), GroupOutcomes.COLUMNS.toString());
        Parameters p = ParameterCatalog.instance().with(Parameters.defaults(), Map.of("groups.a.share", 1.0));
        RunOutcomes o = ModelRun.execute(new RunSpec(0, "t", 0, 0, 3, 52, p), RunRecorder.NONE, false).byGroup().get("a");
        assertTrue(o.usersTotal() > 0, "the group row has its users");
        assertTrue(Double.isNaN(o.meanStrain()) && o.mentorsEver() == 0, "a run column stays at its empty value in a group row");
        assertThrows(IllegalArgumentException.class,
                () -> RowSchema.fromColumns(RunOutcomes.class, Map.of("no_such_column", 1)));
        List<Object> cells = GroupOutcomes.cells(o);
        for (int i = 0; i < cells.size(); i++) {
            assertEquals(GroupOutcomes.COLUMNS.contains(RunOutcomes.COLUMNS.get(i)), cells.get(i) != null, RunOutcomes.COLUMNS.get(i));
        }
    }
}
