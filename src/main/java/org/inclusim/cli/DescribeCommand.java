package org.inclusim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inclusim.presentation.Formats;
import org.inclusim.presentation.Messages;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.RunSpec;
import org.inclusim.experiment.SingleRun;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.UserGroup;
import org.inclusim.scenario.Scenario;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.ScenarioLoader;
import org.inclusim.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inclusim describe}: what a scenario resolves to, where each value comes from, and its cost. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = {"Print what a scenario asks, its plan and estimated run time, and every parameter.",
                "Variants, plan size, estimated run time, and every resolved parameter with where its value",
                "came from (default, file, extends FILE, variant NAME)."})
final class DescribeCommand implements Callable<Integer> {
    /** Runs timed to estimate the cost of one run (after as many warm-up runs). */
    static final int TIMED_RUNS = 5;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--no-estimate", description = "Skip the run-time estimate (which runs the model a few times).")
    boolean noEstimate;

    @picocli.CommandLine.Mixin
    LanguageOption language;

    /**
     * The report's time, measured on batches of the README's main command's scenario of 60 to 900
     * runs (docs/performance.md): the processor time its warm-up takes while the runs go on, shared
     * by the cores; then, after the last run, a fixed part and a part per run.
     */
    static final double REPORT_CPU_SECONDS_DURING_RUNS = 1.2;
    static final double REPORT_SECONDS_AFTER_RUNS = 0.45;
    static final double REPORT_SECONDS_AFTER_RUNS_PER_RUN = 0.0003;

    @Override
    public Integer call() {
        Scenario s = new ScenarioLoader(RunOutcomes.COLUMNS).load(file);
        Messages m = language.messages(s.language());
        Formats f = m.formats();
        StringBuilder out = new StringBuilder();
        line(out, m.text("describe.scenario"), m.text("describe.scenario_value", s.name(), s.file(), s.sha256().substring(0, 12)));
        line(out, m.text("describe.question"), s.description().strip().replaceAll("\\s+", " "));
        line(out, m.text("describe.horizon"), m.text("describe.horizon_value", f.integer(s.horizonWeeks()), f.integer(s.replications()),
                String.valueOf(s.seed())) + (s.policyStartWeek() == null ? "" : m.text("describe.policy_week", f.integer(s.policyStartWeek()))));
        groups(out, s, m);
        line(out, m.text("describe.variants"), m.text("describe.variants_value"));
        for (Variant v : s.variants()) {
            out.append("  ").append(v.name()).append(v.overrides().isEmpty() ? "  (" + m.text("describe.no_overrides") + ")" : "").append('\n');
            v.overrides().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append("      ")
                    .append(e.getKey()).append(" = ").append(ParameterDefinition.format(e.getValue())).append('\n'));
        }
        long runs = s.plannedRuns();
        int points = s.design().points().size();
        line(out, m.text("describe.design"), m.text("describe.design_value", s.design().kind(), f.integer(points))
                + (s.design().paths().isEmpty() ? "" : m.text("describe.design_over", String.join(", ", s.design().paths()))));
        if (s.draws().active()) {
            line(out, m.text("describe.plan"), m.text("describe.plan_draws_value", f.integer(s.variants().size()), f.integer(points),
                    f.integer(s.draws().count()), f.integer(s.replications()), f.integer(runs)));
            line(out, m.text("describe.draws"), m.text("describe.draws_value", f.integer(s.draws().count()), s.draws().sets().file(),
                    f.integer(s.draws().sets().size())));
        } else {
            line(out, m.text("describe.plan"), m.text("describe.plan_value", f.integer(s.variants().size()), f.integer(points),
                    f.integer(s.replications()), f.integer(runs)));
        }
        if (!noEstimate) {
            double seconds = secondsPerRun(s);
            int cores = Runtime.getRuntime().availableProcessors();
            double share = simulatedShare(s);
            double plan = seconds * runs * share / cores;
            double after = REPORT_SECONDS_AFTER_RUNS + REPORT_SECONDS_AFTER_RUNS_PER_RUN * runs;
            double report = REPORT_CPU_SECONDS_DURING_RUNS / cores + after;
            line(out, m.text("describe.estimate"), m.text("describe.estimate_value", f.number(seconds * 1000, 1),
                    f.number(plan, 1), f.integer(cores), f.number(report, 1), f.number(after, 1), f.number(plan + report, 1))
                    + (share < 1 ? m.text("describe.warm_start", f.number(share * 100, 0)) : ""));
        }
        out.append(m.text("describe.parameters")).append('\n');
        Map<String, Object> values = ParameterCatalog.instance().values(s.parameters());
        for (ParameterDefinition d : ParameterCatalog.instance().definitions()) {
            out.append(String.format(Locale.ROOT, "  %-42s %-14s %s%s%n", d.path(), ParameterDefinition.format(values.get(d.path())),
                    s.origins().get(d.path()), variantOrigins(s, d.path())));
        }
        System.out.print(out);
        return 0;
    }

    /** The user groups: each group's share and deviations (nothing without groups). */
    private static void groups(StringBuilder out, Scenario s, Messages m) {
        if (s.parameters().groups().isEmpty()) {
            return;
        }
        line(out, m.text("describe.groups"), m.text("describe.groups_value", s.parameters().groups().list().size()));
        for (UserGroup g : s.parameters().groups().list()) {
            out.append("  ").append(g.name()).append("  ").append(m.text("describe.group_share", ParameterDefinition.format(g.share())))
                    .append(g.deviations().isEmpty() ? "  (" + m.text("describe.no_deviations") + ")" : "").append('\n');
            g.deviations().forEach((path, value) -> out.append("      ").append(path).append(" = ")
                    .append(ParameterDefinition.format(value)).append('\n'));
        }
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(" ".repeat(Math.max(1, 10 - label.length()))).append(value).append('\n');
    }

    private static String variantOrigins(Scenario s, String path) {
        StringBuilder sb = new StringBuilder();
        for (Variant v : s.variants()) {
            if (v.overrides().containsKey(path)) {
                sb.append(", variant ").append(v.name()).append(": ").append(ParameterDefinition.format(v.overrides().get(path)));
            }
        }
        return sb.toString();
    }

    /**
     * The share of variant-weeks the batch runner simulates: with a policy week p, horizon H and V variants,
     * each design point and replicate runs one warm-up to p and V continuations, p + V (H - p) weeks instead of V H.
     */
    static double simulatedShare(Scenario s) {
        Integer policy = s.policyStartWeek();
        int variants = s.variants().size();
        if (policy == null || policy <= 0 || variants < 2) {
            return 1;
        }
        double horizon = s.horizonWeeks();
        double warm = Math.min(policy, horizon);
        return (warm + variants * (horizon - warm)) / (variants * horizon);
    }

    /**
     * Wall time of one run as a batch does it: the model with weekly observation and its four
     * tables' rows formatted (events included), as a batch worker appends them to its part segment.
     */
    private static double secondsPerRun(Scenario s) {
        RunSpec spec = SingleRun.spec(s);
        double total = 0;
        for (int i = 0; i < 2 * TIMED_RUNS; i++) {
            long start = System.nanoTime();
            BatchRunner.runAsInBatch(spec, List.of(), true);
            if (i >= TIMED_RUNS) {
                total += (System.nanoTime() - start) / 1e9;
            }
        }
        return total / TIMED_RUNS;
    }
}
