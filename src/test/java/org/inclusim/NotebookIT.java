package org.inclusim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.inclusim.analysis.Estimates;
import org.inclusim.io.CsvReader;
import org.inclusim.io.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebooks execute headless against a fresh batch, and the numbers the Python helper gives
 * agree with the Java report for the same batch (tolerance 1e-6): paired effects with Wilcoxon,
 * Holm and replications needed, retention and the log-log Kaplan-Meier bands, the weekly share
 * bands, burnout intervals; and replications needed over a grid of ratios and the signed-rank p of
 * edge cases agree with the Java methods themselves.
 */
class NotebookIT {
    static final String PYTHON = "/usr/bin/python3";
    static final double TOLERANCE = 1e-6;

    @TempDir
    Path tmp;

    static String run(Map<String, String> env, Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    static boolean jupyterAvailable() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import pandas, matplotlib, scipy, nbconvert, ipykernel").start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Runs a batch of {@code scenario} into {@code batch} and executes notebooks 01 to 03 on it
     * into {@code executed} (skipped without Jupyter); returns the notebooks' environment.
     */
    private static Map<String, String> executeNotebooks(Path root, String scenario, int replications, Path batch, Path executed)
            throws Exception {
        assumeTrue(jupyterAvailable(), "Debian's python3-pandas, python3-matplotlib, python3-scipy, python3-nbconvert and "
                + "python3-ipykernel are not installed; .ci/run installs them (see notebooks/README.md)");
        run(Map.of(), root, "java", "-jar", "target/inclusim.jar", "batch", scenario,
                "--replications", String.valueOf(replications), "--quiet", "--out", batch.toString());
        Map<String, String> env = Map.of("INCLUSIM_BATCH", batch.toString(), "PYDEVD_DISABLE_FILE_VALIDATION", "1");
        for (String notebook : List.of("01-explore-batch", "02-compare-variants", "03-trajectories")) {
            executeNotebook(root, env, notebook, executed);
        }
        return env;
    }

    /** Executes one notebook headless with {@code env} into {@code executed}. */
    private static void executeNotebook(Path root, Map<String, String> env, String notebook, Path executed) throws Exception {
        run(env, root.resolve("notebooks"), PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=600", "--ExecutePreprocessor.kernel_name=python3",
                "--output-dir", executed.toString(), notebook + ".ipynb");
    }

    /** Lines of notebook 04's table for each pattern of docs/validation.md's published patterns. */
    static final Map<Integer, Integer> PATTERN_LINES = Map.ofEntries(Map.entry(1, 6), Map.entry(2, 12),
            Map.entry(3, 32), Map.entry(4, 6), Map.entry(5, 2), Map.entry(6, 12), Map.entry(7, 3), Map.entry(8, 2),
            Map.entry(9, 2), Map.entry(10, 4), Map.entry(11, 36));

    /**
     * How notebook 04 prints a paired t whose differences have no spread (undefined), and the end
     * of such a line's measure.
     */
    static final String NO_SPREAD = "-";
    static final String PAIRED_T = ": paired t";

    /** A line of notebook 04's table: pattern | measure | value. */
    static final Pattern PATTERN_LINE = Pattern.compile("(?m)^(\\d+) \\| (.+) \\| (\\S+)$");

    /**
     * Notebook 04 prints docs/validation.md's published-patterns table for a batch of
     * scenarios/validation/published-patterns.yaml (8 replications): all eleven patterns with every
     * line and no undefined value, except a paired t printed as {@link #NO_SPREAD} where the difference
     * and its interval are exactly 0 (every replicate's difference 0); usual care's share ever employed by weeks 52 and 78 lies in
     * [0, 1] and below the IPS arm's, the limited IPS arm's gap in work at week 259 below the
     * unlimited arm's, and ending follow-along at 17 weeks lowers the share in work at week 104
     * (pattern 11; all directions the section reports at 64 replications). The helper's
     * measures that runs.csv also holds agree with Java's per-run figures (tolerance 1e-6): ever
     * employed over the whole run, 52-week retention of first jobs, weeks to the first job, and
     * in work (employed or without NAV) in the last week.
     */
    @Test
    void publishedPatternsNotebookPrintsTheTable() throws Exception {
        assumeTrue(jupyterAvailable(), "Debian's python3-pandas and friends are not installed; .ci/run installs them");
        Path root = Path.of("").toAbsolutePath();
        Path batch = tmp.resolve("patterns");
        run(Map.of(), root, "java", "-jar", "target/inclusim.jar", "batch", "scenarios/validation/published-patterns.yaml",
                "--replications", "8", "--no-report", "--quiet", "--out", batch.toString());
        Map<String, String> env = Map.of("INCLUSIM_BATCH", batch.toString(), "PYDEVD_DISABLE_FILE_VALIDATION", "1");
        executeNotebook(root, env, "04-published-patterns", tmp.resolve("executed-patterns"));
        String table = outputs(tmp.resolve("executed-patterns/04-published-patterns.ipynb"));
        Map<String, Double> value = new HashMap<>();
        Map<Integer, Integer> lines = new HashMap<>();
        List<String> noSpread = new java.util.ArrayList<>();
        java.util.regex.Matcher m = PATTERN_LINE.matcher(table);
        while (m.find()) {
            lines.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            if (m.group(3).equals(NO_SPREAD) && m.group(2).endsWith(PAIRED_T)) {
                noSpread.add(m.group(2).substring(0, m.group(2).length() - PAIRED_T.length()));
                continue;
            }
            double v = Double.parseDouble(m.group(3).replace("nan", "NaN"));
            assertFalse(Double.isNaN(v), "every figure defined: " + m.group());
            value.put(m.group(2), v);
        }
        assertEquals(PATTERN_LINES, lines, "every pattern, every line:\n" + table);
        for (String difference : noSpread) {
            for (String line : List.of(difference, difference + ": 95 % interval, low", difference + ": 95 % interval, high")) {
                assertEquals(0.0, value.get(line), 0.0, "a t without spread only for a difference of exactly 0: " + line + "\n" + table);
            }
        }
        for (int weeks : new int[] {52, 78}) {
            double usual = value.get("ever employed by week " + weeks + ", usual care");
            assertTrue(usual >= 0 && usual <= 1, "a share: " + usual);
            assertTrue(usual < value.get("ever employed by week " + weeks + ", IPS"), "usual care below IPS by week " + weeks + ":\n" + table);
        }
        assertTrue(value.get("gap in work at week 259, limited IPS") < value.get("gap in work at week 259, unlimited IPS"), table);
        assertTrue(value.get("gap in work at week 104, follow-along ended at 17 weeks against unlimited IPS") < 0, table);
        String out = run(env, root.resolve("notebooks"), PYTHON, "-c", """
                import inclusim_results as ir, os
                b = ir.load_batch(os.environ["INCLUSIM_BATCH"])
                for v in b.variants:
                    h = ir.user_histories(b, v)
                    in_work = ir._weekly_share(b, v, ["employed", "work_without_nav"], b.horizon - 1).mean()
                    print("runs", v, repr(ir.ever_employed_by(h, b.horizon)), repr(ir.first_job_retention(h, 52)),
                          repr(ir.weeks_to_first_job(h, b.horizon)), repr(float(in_work)))
                """);
        CsvReader.Table runs = CsvReader.read(batch.resolve("runs.csv"));
        int checked = 0;
        for (String line : out.lines().filter(l -> l.startsWith("runs ")).toList()) {
            String[] f = line.split(" ");
            List<List<String>> rows = runs.rows().stream().filter(r -> r.get(1).equals(f[1])).toList();
            assertEquals(8, rows.size(), line);
            Function<String, Double> mean = c -> rows.stream().mapToDouble(r -> Double.parseDouble(r.get(runs.column(c)))).average().orElseThrow();
            assertEquals(mean.apply("ever_employed_share"), Double.parseDouble(f[2]), TOLERANCE, line);
            assertEquals(mean.apply("retention_52w"), Double.parseDouble(f[3]), TOLERANCE, line);
            assertEquals(mean.apply("mean_weeks_to_first_job"), Double.parseDouble(f[4]), TOLERANCE, line);
            assertEquals(mean.apply("employment_share_horizon") + mean.apply("work_without_nav_share_horizon"), Double.parseDouble(f[5]),
                    TOLERANCE, line);
            checked++;
        }
        assertEquals(runs.rows().stream().map(r -> r.get(1)).distinct().count(), checked, "every variant:\n" + out);
    }

    @Test
    void notebooksExecuteAndAgreeWithTheReport() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path batch = tmp.resolve("batch");
        Map<String, String> env = executeNotebooks(root, "scenarios/mentor-network.yaml", 6, batch, tmp.resolve("executed"));
        String python = """
                import inclusim_results as ir, os, math
                b = ir.load_batch(os.environ["INCLUSIM_BATCH"])
                for o in ["ever_employed_share", "retention_52w", "burnout_per_100_mentor_years", "employment_share_horizon"]:
                    for _, e in ir.paired_effects(b, o).iterrows():
                        print("effect", e.variant, o, repr(e.difference), repr(e.ci_low), repr(e.ci_high), repr(e.wilcoxon_p),
                              repr(e.holm_p), repr(float(e.replications_needed)))
                for v in b.variants:
                    c = ir.kaplan_meier(*ir.job_spells(b, v))
                    print("retention", v, *[repr(ir.survival_before(c, w)) for w in (26, 52, 104)])
                    for _, s in c.iterrows():
                        print("band", v, repr(s.time_weeks), repr(s.survival), repr(s.ci_low), repr(s.ci_high))
                    r = ir.burnout_rate(b, v)
                    print("burnout", v, repr(r["per_100"]), repr(r["ci_low"]), repr(r["ci_high"]), r["interval"])
                shares = ir.stage_shares(b)
                for _, s in shares[shares.stage.isin(["employed", "disability_benefit"])].iterrows():
                    print("share", s.variant, s.week, "share_" + s.stage, repr(s["mean"]), repr(s.low), repr(s.high))
                ratio = 0.001
                while ratio <= 2000:
                    print("replications", repr(ratio), ir.replications_for(1.0, 5, 1.0 / math.sqrt(ratio)))
                    ratio *= 1.07
                for d in ([1, 2, -3], [3 / 70 - 2 / 70, 2 / 70 - 1 / 70, 1 / 70, -(5 / 70 - 4 / 70), 4 / 70 - 2 / 70], [0.5, -1.5, 2.5, 0]):
                    print("signedrank", repr(ir.signed_rank_p(d)), *[repr(x) for x in d])
                """;
        String out = run(env, root.resolve("notebooks"), PYTHON, "-c", python);
        Map<String, double[]> javaEffects = new HashMap<>();
        CsvReader.Table effects = CsvReader.read(batch.resolve("analysis/effects.csv"));
        for (List<String> r : effects.rows()) {
            javaEffects.put(r.get(0) + " " + r.get(2), numbers(r, 6, 12));
        }
        CsvReader.Table curves = CsvReader.read(batch.resolve("analysis/job_retention.csv"));
        Map<String, double[]> javaBands = index(curves, r -> r.get(0) + " " + Double.parseDouble(r.get(1)), 4, 7);
        Map<String, double[]> javaShares = index(CsvReader.read(batch.resolve("analysis/weekly_bands.csv")),
                r -> r.get(0) + " " + r.get(1) + " " + r.get(2), 3, 6);
        Map<String, double[]> javaBurnout = index(CsvReader.read(batch.resolve("analysis/burnout.csv")),
                r -> r.get(0) + " " + r.get(1), 5, 8);
        Map<String, Integer> checked = new HashMap<>();
        for (String line : out.lines().toList()) {
            String[] f = line.trim().split(" ");
            switch (f[0]) {
                case "effect" -> near(javaEffects.get(f[1] + " " + f[2]), f, 3, line);
                case "retention" -> {
                    int[] weeks = {26, 52, 104};
                    for (int i = 0; i < 3; i++) {
                        assertEquals(javaSurvival(curves, f[1], weeks[i]), Double.parseDouble(f[2 + i]), TOLERANCE, line);
                    }
                }
                case "band" -> near(javaBands.get(f[1] + " " + Double.parseDouble(f[2])), f, 3, line);
                case "share" -> near(javaShares.get(f[1] + " " + f[2] + " " + f[3]), f, 4, line);
                case "burnout" -> near(javaBurnout.get(f[1] + " 0"), f, 2, line);
                case "replications" -> assertEquals(Estimates.replicationsNeeded(1.0, 1.0 / Math.sqrt(Double.parseDouble(f[1]))),
                        Double.parseDouble(f[2]), 0.0, line);
                case "signedrank" -> {
                    double[] d = new double[f.length - 2];
                    for (int i = 0; i < d.length; i++) {
                        d[i] = Double.parseDouble(f[2 + i]);
                    }
                    assertEquals(Estimates.signedRankP(d), Double.parseDouble(f[1]), 1e-12, line);
                }
                default -> {
                    continue;
                }
            }
            checked.merge(f[0], 1, Integer::sum);
        }
        assertEquals(8, checked.get("effect"), "2 variants x 4 outcomes:\n" + out);
        assertEquals(3, checked.get("retention"), out);
        assertEquals(curves.rows().size(), checked.get("band"), "every step of every curve");
        assertEquals(3 * 2 * 260, checked.get("share"), "3 variants x 2 stages x 260 weeks");
        assertEquals(3, checked.get("burnout"), out);
        assertTrue(checked.get("replications") > 150, out);
        assertEquals(3, checked.get("signedrank"), out);
        assertTrue(Files.exists(tmp.resolve("executed/03-trajectories.ipynb")));
        for (String notebook : List.of("01-explore-batch", "03-trajectories")) {
            assertFalse(GROUP_SENTENCE.matcher(outputs(tmp.resolve("executed/" + notebook + ".ipynb"))).find(),
                    notebook + ": a batch without user groups is not split");
        }
    }

    /**
     * The notebook helper's group intervals (group_table) are the report's (summary_by_group.csv),
     * a share's clipped to [0, 1] in both and a count's not: among these small groups some share's
     * plain interval reaches below 0, so the clipping is exercised.
     */
    private static void assertGroupIntervalsAreTheReports(String out, Path batch) throws Exception {
        CsvReader.Table report = CsvReader.read(batch.resolve("analysis").resolve("summary_by_group.csv"));
        int checked = 0;
        boolean clipped = false;
        for (String line : out.lines().filter(l -> l.startsWith("interval ")).toList()) {
            String[] f = line.split(" ");
            List<String> row = report.rows().stream().filter(r -> r.get(0).equals(f[1]) && r.get(1).equals("0") && r.get(2).equals(f[2])
                    && r.get(3).equals(f[3])).findFirst().orElseThrow(() -> new AssertionError("not in summary_by_group.csv: " + line));
            for (int k = 0; k < 2; k++) {
                String cell = row.get(report.column(k == 0 ? "ci_low" : "ci_high"));
                double notebook = Double.parseDouble(f[4 + k].replace("nan", "NaN"));
                assertEquals(cell.isEmpty() ? Double.NaN : Double.parseDouble(cell), notebook, TOLERANCE, line);
            }
            clipped |= f[4].equals("0.0") && org.inclusim.analysis.ShareOutcomes.isShare(f[3]);
            checked++;
        }
        assertTrue(checked >= 4 * 3 * 6, "variants x groups x (5 destination shares, employment, hires): " + checked);
        assertTrue(clipped, "some share's interval is clipped at 0:\n" + out);
    }

    /** The sentence notebooks 01 and 03 print when they split their outputs by user group. */
    static final Pattern GROUP_SENTENCE = Pattern.compile("This batch has (\\d+) user groups \\(([^)]*)\\), so");

    /** The text of every output of an executed notebook (streams and plain-text results), in order. */
    @SuppressWarnings("unchecked")
    static String outputs(Path notebook) throws Exception {
        Map<String, Object> nb = (Map<String, Object>) JsonReader.parse(Files.readString(notebook));
        StringBuilder out = new StringBuilder();
        for (Object cell : (List<Object>) nb.get("cells")) {
            for (Object o : (List<Object>) ((Map<String, Object>) cell).getOrDefault("outputs", List.of())) {
                Map<String, Object> output = (Map<String, Object>) o;
                Object text = output.containsKey("text") ? output.get("text")
                        : ((Map<String, Object>) output.getOrDefault("data", Map.of())).get("text/plain");
                if (text != null) {
                    out.append(text instanceof List<?> lines ? String.join("", (List<String>) lines) : text).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * A batch with user groups: the notebooks run on it, load_batch keeps only the all rows as
     * the runs (every analysis reads totals), the notebooks' group means are the means of
     * runs.csv's group rows, a group's weekly shares come from its weekly.csv rows, every job
     * spell falls in exactly one group, and notebooks 01 and 03 say they split by group and do.
     */
    @Test
    void notebooksReadTotalsFromTheAllRowsAndSplitByGroup() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path batch = tmp.resolve("groups");
        Map<String, String> env = executeNotebooks(root, "scenarios/user-groups.yaml", 3, batch, tmp.resolve("executed-groups"));
        String out = run(env, root.resolve("notebooks"), PYTHON, "-c", """
                import inclusim_results as ir, os
                b = ir.load_batch(os.environ["INCLUSIM_BATCH"])
                print("runs", len(b.runs), set(b.runs["group"]), len(b.weekly), set(b.weekly["group"]))
                for v in b.variants:
                    for _, g in ir.group_outcomes(b, "ever_employed_share", v).iterrows():
                        print("group", v, g.group, repr(g["mean"]))
                    print("jobs", v, "all", len(ir.job_spells(b, v)[0]))
                    for g in b.groups:
                        print("jobs", v, g, len(ir.job_spells(b, v, g)[0]))
                        s = ir.stage_shares(b, group=g)
                        last = s[(s.variant == v) & (s.stage == "employed")].iloc[-1]
                        print("share", v, g, last.week, repr(last["mean"]))
                for _, r in ir.group_table(b, ir.horizon_share_columns(b) + ["hires"]).iterrows():
                    print("interval", r.variant, r.group, r.outcome, repr(r["low"]), repr(r["high"]))
                """);
        assertGroupIntervalsAreTheReports(out, batch);
        CsvReader.Table runs = CsvReader.read(batch.resolve("runs.csv"));
        int variants = new org.inclusim.scenario.ScenarioLoader().load(Path.of("scenarios/user-groups.yaml")).variants().size();
        int checked = 0;
        for (String line : out.lines().toList()) {
            String[] f = line.trim().split(" ");
            if (f[0].equals("runs")) {
                assertTrue(line.startsWith("runs " + 3 * variants + " {'all'} " + 3 * variants * 260 + " {'all'}"), line);
            } else if (f[0].equals("group")) {
                double[] values = runs.rowsWhere("group", f[2]).rows().stream().filter(r -> r.get(1).equals(f[1]))
                        .mapToDouble(r -> Double.parseDouble(r.get(runs.column("ever_employed_share")))).toArray();
                assertEquals(java.util.Arrays.stream(values).average().orElseThrow(), Double.parseDouble(f[3]), TOLERANCE, line);
                checked++;
            }
        }
        assertEquals(variants * 3, checked, variants + " variants x 3 groups:\n" + out);
        Map<String, Integer> jobs = new HashMap<>();
        CsvReader.Table weekly = CsvReader.read(batch.resolve("weekly.csv"));
        List<String> stages = org.inclusim.analysis.Trajectories.STAGES;
        int shares = 0;
        for (String line : out.lines().toList()) {
            String[] f = line.trim().split(" ");
            if (f[0].equals("jobs")) {
                jobs.merge(f[1] + (f[2].equals("all") ? " all" : " groups"), Integer.parseInt(f[3]), Integer::sum);
            } else if (f[0].equals("share")) {
                double mean = weekly.rowsWhere("group", f[2]).rows().stream()
                        .filter(r -> r.get(1).equals(f[1]) && r.get(weekly.column("week")).equals(f[3]))
                        .mapToDouble(r -> Double.parseDouble(r.get(weekly.column("employed")))
                                / stages.stream().mapToDouble(st -> Double.parseDouble(r.get(weekly.column(st)))).sum())
                        .average().orElseThrow();
                assertEquals(mean, Double.parseDouble(f[4]), TOLERANCE, "a group's employed share from its weekly rows: " + line);
                shares++;
            }
        }
        assertEquals(variants * 3, shares, out);
        for (int v = 0; v < variants; v++) {
            String name = new org.inclusim.scenario.ScenarioLoader().load(Path.of("scenarios/user-groups.yaml")).variants().get(v).name();
            assertEquals(jobs.get(name + " all"), jobs.get(name + " groups"), "each job spell in exactly one group: " + name);
        }
        String groups = "3 user groups (reduced-capacity, young-adults, ordinary), so";
        String explore = outputs(tmp.resolve("executed-groups/01-explore-batch.ipynb"));
        assertTrue(explore.contains("This batch has " + groups), "01 says it splits by group");
        for (String group : List.of("reduced-capacity", "young-adults", "ordinary")) {
            assertTrue(Pattern.compile("\\d+\\s+" + group + "\\s+baseline\\s+\\d+").matcher(explore).find(), "01: retention of " + group);
            assertTrue(Pattern.compile("baseline\\s+" + group + "\\s+0\\.\\d+|\\n\\s+" + group + "\\s+0\\.\\d+").matcher(explore).find(),
                    "01: where " + group + " users are at the horizon");
        }
        String trajectories = outputs(tmp.resolve("executed-groups/03-trajectories.ipynb"));
        assertTrue(trajectories.contains("This batch has " + groups), "03 says it splits by group");
        for (String group : List.of("reduced-capacity", "young-adults", "ordinary")) {
            assertTrue(Pattern.compile("\\d+\\s+" + group + "\\s+R ").matcher(trajectories).find(), "03: trajectories of " + group);
        }
    }

    /**
     * Work beside disability benefit (events benefit_work_started and benefit_work_ended, from =
     * to = disability_benefit) is no stage entry: in a real run, each user who works beside the
     * benefit has a trajectory pattern ending in one D, not "Dx2", and the patterns count every
     * event row but those from and to disability_benefit; the stage figures' legend lists the stages only, in order, and
     * notebook 03 draws its legend from it.
     */
    @Test
    void trajectoryPatternsDoNotCountWorkBesideTheBenefitAsAStage() throws Exception {
        assumeTrue(jupyterAvailable(), "Debian's python3-pandas and friends are not installed; .ci/run installs them");
        Path root = Path.of("").toAbsolutePath();
        Path folder = tmp.resolve("run");
        run(Map.of(), root, "java", "-jar", "target/inclusim.jar", "run", "scenarios/baseline.yaml", "--seed", "1",
                "--out", folder.toString());
        String out = run(Map.of("INCLUSIM_RUN", folder.toString()), root.resolve("notebooks"), PYTHON, "-c", """
                import inclusim_results as ir, os
                b = ir.load_batch(os.environ["INCLUSIM_RUN"])
                events = b.events
                same = (events["from"] == "disability_benefit") & (events["to"] == "disability_benefit")
                changes = int((~same.fillna(False).astype(bool)).sum())
                all_patterns = ir.trajectory_patterns(b, b.baseline, top=None)
                print("changes", changes, int((all_patterns.stages * all_patterns.users).sum()))
                graded = events[events.cause == "benefit_work_started"][["run_id", "user_id"]].drop_duplicates()
                for _, u in graded.iterrows():
                    mine = (events.run_id == u.run_id) & (events.user_id == u.user_id)
                    b.events = events[mine]
                    p = ir.trajectory_patterns(b, b.baseline).iloc[0]
                    print("graded", p.stages, int((mine & ~same.fillna(False).astype(bool)).sum()), p.users, p.pattern)
                print("legend", "|".join(label for label, _ in ir.stage_legend()))
                """);
        int graded = 0;
        for (String line : out.lines().toList()) {
            String[] f = line.trim().split(" ", 5);
            if (f[0].equals("changes")) {
                assertEquals(f[1], f[2], "one stage entry per event but work beside the benefit: " + line);
            } else if (f[0].equals("graded")) {
                assertEquals(f[2], f[1], "the user's stage entries: " + line);
                assertEquals("1", f[3], line);
                assertTrue(f[4].endsWith(" D") && f[4].indexOf('D') == f[4].length() - 1, "one D, at the end: " + line);
                graded++;
            }
        }
        assertTrue(graded > 0, "someone works beside the benefit in baseline seed 1:\n" + out);
        String legend = out.lines().filter(l -> l.startsWith("legend ")).findFirst().orElseThrow();
        assertEquals("legend " + String.join("|", org.inclusim.analysis.Trajectories.STAGES.stream().map(s -> s.replace('_', ' ')).toList()),
                legend);
        String notebook = Files.readString(root.resolve("notebooks/03-trajectories.ipynb"));
        assertTrue(notebook.contains("ir.stage_legend()") && !notebook.contains("stage_colours.items()"),
                "notebook 03 draws the stages' legend from stage_legend");
    }

    /** The cells {@code from} (inclusive) to {@code to} (exclusive) of a row as numbers (NaN if empty). */
    private static double[] numbers(List<String> row, int from, int to) {
        double[] out = new double[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = row.get(i).isEmpty() ? Double.NaN : Double.parseDouble(row.get(i));
        }
        return out;
    }

    /** Rows by a key made from their cells, values from..to. */
    private static Map<String, double[]> index(CsvReader.Table table, Function<List<String>, String> key, int from, int to) {
        Map<String, double[]> out = new HashMap<>();
        for (List<String> r : table.rows()) {
            out.put(key.apply(r), numbers(r, from, to));
        }
        return out;
    }

    /** Python's numbers f[from..] agree with Java's (tolerance 1e-6, relative beyond 1; NaN with NaN). */
    private static void near(double[] java, String[] f, int from, String line) {
        assertTrue(java != null, "no Java row for: " + line);
        for (int i = 0; i < java.length; i++) {
            double python = f[from + i].equals("nan") ? Double.NaN : Double.parseDouble(f[from + i]);
            if (Double.isNaN(java[i]) || Double.isNaN(python)) {
                assertEquals(Double.isNaN(java[i]), Double.isNaN(python), line);
            } else {
                assertEquals(java[i], python, TOLERANCE * Math.max(1, Math.abs(java[i])), line);
            }
        }
    }

    private static double javaSurvival(CsvReader.Table curves, String variant, int week) {
        double s = 1.0;
        for (List<String> r : curves.rows()) {
            if (r.get(0).equals(variant) && Double.parseDouble(r.get(1)) < week) {
                s = Double.parseDouble(r.get(4));
            }
        }
        return s;
    }
}
