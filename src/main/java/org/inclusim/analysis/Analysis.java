package org.inclusim.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The statistics of a batch, computed from its result files only (or from the digests a batch
 * made of its runs' rows as they were committed, which hold the same values): per variant and
 * point the summary of every outcome of runs.csv and of the per-run survival summaries
 * ({@link RunSurvival}); paired effects of every variant against the baseline (common random
 * numbers make replicate r of both comparable), with Holm's adjustment over the variants; pooled
 * Kaplan-Meier curves of job spells and time to first job, with a log-rank test clustered by
 * replicate; Aalen-Johansen cumulative incidence of a first job and of each destination; burnout
 * incidence with an interval from the replicates; and stage shares over time with 95 % bands
 * across replications; with parameter draws, effects with intervals that combine parameter and
 * stochastic uncertainty ({@link ParameterUncertainty}); with user groups, summaries and effects
 * within each group ({@link GroupStatistics}). Formulas: docs/statistics.md.
 */
public final class Analysis {
    /** Default precision for "replications needed": a 95 % half-width of 10 % of the baseline mean. */
    public static final double DEFAULT_PRECISION = 0.10;

    public record EffectRow(String variant, String point, String outcome, int pairs, double baselineMean,
                            double variantMean, double difference, double low, double high, double wilcoxonP,
                            double holmP, double replicationsNeeded) {
    }

    /**
     * A pooled Kaplan-Meier curve (all spells of a variant) with its values just before 26, 52
     * and 104 weeks, and the log-rank test against the baseline clustered by replicate
     * ({@link ClusteredLogRank}; not available for the baseline itself or where not computed).
     */
    public record SurvivalRow(String variant, int spells, double median, double at26, double at52, double at104,
                              ClusteredLogRank.Result test, KaplanMeier curve) {
    }

    /** A variant's cumulative incidence of one cause at one time: over replicates (mean, 95 % t interval) and pooled. */
    public record IncidenceRow(String variant, String point, String cause, int weeks, Estimates.Summary replicates,
                               double pooled) {
    }

    /** Burnout per 100 mentor-years of one variant and point, and the mentor shares beside it. */
    public record BurnoutRow(String variant, String point, BurnoutRate per100MentorYears, Estimates.Summary everBurntOutShare,
                             Estimates.Summary top10StrainShare) {
    }

    /** A weekly series with its 95 % band across replications. */
    public record Band(double[] mean, double[] low, double[] high) {
    }

    private final BatchData data;
    private final List<String> outcomes;
    private final List<String> runOutcomes;
    private final Map<String, Map<Integer, Double>> derived = new HashMap<>();
    private final Map<String, Estimates.Summary> summaries = new LinkedHashMap<>();
    private final List<EffectRow> effects = new ArrayList<>();
    private final Map<String, SurvivalRow> jobRetention = new LinkedHashMap<>();
    private final Map<String, SurvivalRow> firstJob = new LinkedHashMap<>();
    private final Map<String, CompetingRisks.Curve> incidence = new LinkedHashMap<>();
    private final List<BurnoutRow> burnout = new ArrayList<>();
    private List<ParameterUncertainty.Row> parameterUncertainty = List.of();
    private GroupStatistics byGroup;
    private final Map<String, Map<String, Band>> weeklyBands;
    private final Trajectories trajectories;

    /** Times the named steps of the statistics (for {@code report --timing}). */
    public interface Steps {
        <T> T step(String name, Supplier<T> work);
    }

    /** Runs the steps without timing them. */
    public static final Steps UNTIMED = new Steps() {
        @Override
        public <T> T step(String name, Supplier<T> work) {
            return work.get();
        }
    };

    private Analysis(BatchData data, double precision, Steps steps, Supplier<Map<String, Map<String, Band>>> bands) {
        this.data = data;
        List<String> header = data.runs().header();
        this.runOutcomes = List.copyOf(header.subList(header.indexOf("horizon_weeks") + 1, header.size()));
        this.trajectories = steps.step("trajectories", () -> Trajectories.of(data, data.variants(), data.horizonWeeks()));
        this.outcomes = steps.step("run survival", () -> {
            List<String> all = new ArrayList<>(runOutcomes);
            if (hasTrajectories()) {
                all.addAll(runSurvival());
            }
            return List.copyOf(all);
        });
        steps.step("summaries", () -> {
            summarize();
            effects(precision);
            parameterUncertainty = ParameterUncertainty.of(this);
            byGroup = GroupStatistics.of(data, runOutcomes, precision);
            computeBurnout();
            return null;
        });
        steps.step("kaplan-meier", () -> {
            survival();
            return null;
        });
        this.weeklyBands = bands.get();
    }

    public static Analysis of(BatchData data) {
        return of(data, DEFAULT_PRECISION);
    }

    public static Analysis of(BatchData data, double precision) {
        return new Analysis(data, precision, UNTIMED, () -> WeeklyBands.of(data));
    }

    /**
     * The statistics with each step timed by {@code steps}, and the weekly bands from
     * {@code weeklyBands}, asked for last (so they may be computed meanwhile on another thread,
     * by {@link #weeklyBands(BatchData)}).
     */
    public static Analysis of(BatchData data, Steps steps, Supplier<Map<String, Map<String, Band>>> weeklyBands) {
        return new Analysis(data, DEFAULT_PRECISION, steps, weeklyBands);
    }

    /** The columns of weekly.csv the statistics read (for the weekly bands). */
    public static List<String> weeklyColumns() {
        return WeeklyBands.columns();
    }

    /** The weekly bands of {@link #weeklyBands()}, computed from weekly.csv (one streaming pass). */
    public static Map<String, Map<String, Band>> weeklyBands(BatchData data) {
        return WeeklyBands.of(data);
    }

    public BatchData data() {
        return data;
    }

    /** The outcomes summarised and compared: those of runs.csv, then the per-run survival summaries. */
    public List<String> outcomes() {
        return outcomes;
    }

    /** The per-run survival summaries ({@link RunSurvival#outcomes}); empty without trajectories. */
    public List<String> survivalOutcomes() {
        return outcomes.subList(runOutcomes.size(), outcomes.size());
    }

    /** Summary of one outcome over the replicates of a variant and point (a share's interval within [0, 1]: {@link ShareOutcomes}). */
    public Estimates.Summary summary(String variant, String point, String outcome) {
        return summaries.get(variant + "|" + point + "|" + outcome);
    }

    public List<EffectRow> effects() {
        return effects;
    }

    /** The paired effect of a variant on an outcome at a point, or null if there is none. */
    public EffectRow effect(String variant, String point, String outcome) {
        return effects.stream().filter(e -> e.variant().equals(variant) && e.point().equals(point) && e.outcome().equals(outcome))
                .findFirst().orElse(null);
    }

    /**
     * With parameter draws, every effect with intervals combining parameter and stochastic
     * uncertainty and the parameter share ({@link ParameterUncertainty}); empty without draws.
     */
    public List<ParameterUncertainty.Row> parameterUncertainty() {
        return parameterUncertainty;
    }

    /** The row of {@link #parameterUncertainty()} of a variant, point and outcome, or null. */
    public ParameterUncertainty.Row parameterUncertainty(String variant, String point, String outcome) {
        return parameterUncertainty.stream().filter(r -> r.variant().equals(variant) && r.point().equals(point)
                && r.outcome().equals(outcome)).findFirst().orElse(null);
    }

    /** The outcomes by user group ({@link GroupStatistics}; split only with more than one group). */
    public GroupStatistics byGroup() {
        return byGroup;
    }

    public Map<String, SurvivalRow> jobRetention() {
        return jobRetention;
    }

    public Map<String, SurvivalRow> firstJob() {
        return firstJob;
    }

    /** Pooled Aalen-Johansen curves by variant. */
    public Map<String, CompetingRisks.Curve> incidence() {
        return incidence;
    }

    /** The competing causes: a first job, then each destination ({@link Trajectories#causes()}). */
    public List<String> causes() {
        return trajectories.causes();
    }

    /** Cumulative incidence of every cause at 26, 52 and 104 weeks since referral, per variant, at {@code point}. */
    public List<IncidenceRow> incidenceRows(String point) {
        List<IncidenceRow> rows = new ArrayList<>();
        for (String variant : data.variants()) {
            CompetingRisks.Curve pooled = incidence.get(variant);
            for (int k = 0; k < pooled.causes().size(); k++) {
                for (int w : RunSurvival.WEEKS) {
                    rows.add(new IncidenceRow(variant, point, pooled.causes().get(k), w,
                            summary(variant, point, RunSurvival.incidence(pooled.causes().get(k), w)),
                            pooled.estimate().incidenceAt(k, w)));
                }
            }
        }
        return rows;
    }

    /** Burnout rows by variant and point, in plan order. */
    public List<BurnoutRow> burnout() {
        return burnout;
    }

    /** The burnout row of a variant at a point. */
    public BurnoutRow burnout(String variant, String point) {
        return burnout.stream().filter(b -> b.variant().equals(variant) && b.point().equals(point)).findFirst().orElseThrow();
    }

    /** Weekly bands by variant, then by series ("share_" + stage, or "mentor_pool", "mentors_on_leave", "mean_strain"). */
    public Map<String, Map<String, Band>> weeklyBands() {
        return weeklyBands;
    }

    public Trajectories trajectories() {
        return trajectories;
    }

    /** Whether any trajectories were recorded (events off leaves survival curves unavailable). */
    public boolean hasTrajectories() {
        return !trajectories.isEmpty();
    }

    /** Values of an outcome (runs.csv or per-run survival) for one variant and point, by replicate. */
    public Map<Integer, Double> values(String variant, String point, String outcome) {
        return runOutcomes.contains(outcome) ? data.outcome(variant, point, outcome)
                : derived.getOrDefault(variant + "|" + point + "|" + outcome, Map.of());
    }

    private static double[] array(Map<Integer, Double> byReplicate) {
        return byReplicate.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Computes the per-run survival summaries of every run with trajectories; returns their names. */
    private List<String> runSurvival() {
        List<String> causes = trajectories.causes();
        List<String> names = RunSurvival.outcomes(causes);
        for (String variant : data.variants()) {
            for (Trajectories.RunTrajectory run : trajectories.runs(variant)) {
                double[] values = RunSurvival.values(run, causes);
                for (int i = 0; i < names.size(); i++) {
                    derived.computeIfAbsent(variant + "|" + run.point() + "|" + names.get(i), k -> new TreeMap<>())
                            .put(run.replicate(), values[i]);
                }
            }
        }
        return names;
    }

    private void summarize() {
        for (String variant : data.variants()) {
            for (String point : data.points()) {
                for (String outcome : outcomes) {
                    summaries.put(variant + "|" + point + "|" + outcome,
                            ShareOutcomes.summarize(outcome, array(values(variant, point, outcome))));
                }
            }
        }
    }

    private void effects(double precision) {
        List<String> others = data.variants().subList(1, data.variants().size());
        for (String point : data.points()) {
            for (String outcome : outcomes) {
                effects.addAll(pairedEffects(data.baseline(), others, point, outcome, v -> values(v, point, outcome), precision));
            }
        }
    }

    /**
     * The paired effects of one outcome at one point against {@code baseline}, one row per variant
     * of {@code others}, their Wilcoxon p-values Holm-adjusted across those variants; the values
     * of a variant by replicate come from {@code values} (the run totals, or one user group's rows).
     */
    public static List<EffectRow> pairedEffects(String baseline, List<String> others, String point, String outcome,
                                                Function<String, Map<Integer, Double>> values, double precision) {
        Map<Integer, Double> base = values.apply(baseline);
        List<EffectRow> rows = new ArrayList<>();
        for (String variant : others) {
            Map<Integer, Double> other = values.apply(variant);
            // The replicates where both are defined, for every column of the row (as the
            // notebook helper and the R reference do): the baseline mean, and the
            // replications needed from it, too.
            List<Integer> both = base.keySet().stream()
                    .filter(r -> other.containsKey(r) && !Double.isNaN(base.get(r)) && !Double.isNaN(other.get(r))).toList();
            double[] a = both.stream().mapToDouble(base::get).toArray();
            double[] b = both.stream().mapToDouble(other::get).toArray();
            Estimates.Paired p = Estimates.paired(a, b);
            double baseMean = Estimates.summarize(a).mean();
            rows.add(new EffectRow(variant, point, outcome, p.n(), baseMean, Estimates.summarize(b).mean(),
                    p.meanDifference(), p.low(), p.high(), p.wilcoxonP(), Double.NaN,
                    p.replicationsFor(precision * Math.abs(baseMean))));
        }
        double[] adjusted = Estimates.holm(rows.stream().mapToDouble(EffectRow::wilcoxonP).toArray());
        List<EffectRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            EffectRow r = rows.get(i);
            out.add(new EffectRow(r.variant(), r.point(), r.outcome(), r.pairs(), r.baselineMean(), r.variantMean(),
                    r.difference(), r.low(), r.high(), r.wilcoxonP(), adjusted[i], r.replicationsNeeded()));
        }
        return out;
    }

    private void survival() {
        String baseline = data.baseline();
        List<ClusteredLogRank.Observation> base = clustered(baseline);
        for (String variant : data.variants()) {
            ClusteredLogRank.Result test = variant.equals(baseline) ? ClusteredLogRank.Result.NOT_AVAILABLE
                    : ClusteredLogRank.test(base, clustered(variant));
            jobRetention.put(variant, row(variant, trajectories.jobSpells(variant), test));
            firstJob.put(variant, row(variant, trajectories.firstJob(variant), ClusteredLogRank.Result.NOT_AVAILABLE));
            incidence.put(variant, CompetingRisks.pooled(trajectories, variant));
        }
    }

    /** The job spells of a variant, each with its replicate as cluster. */
    private List<ClusteredLogRank.Observation> clustered(String variant) {
        List<ClusteredLogRank.Observation> out = new ArrayList<>();
        for (Trajectories.RunTrajectory run : trajectories.runs(variant)) {
            run.jobSpells().forEach(o -> out.add(new ClusteredLogRank.Observation(o.time(), o.event(), run.replicate())));
        }
        return out;
    }

    private static SurvivalRow row(String variant, List<KaplanMeier.Observation> obs, ClusteredLogRank.Result test) {
        KaplanMeier km = KaplanMeier.estimate(obs);
        return new SurvivalRow(variant, obs.size(), km.median(), km.survivalBefore(26), km.survivalBefore(52), km.survivalBefore(104),
                test, km);
    }

    private void computeBurnout() {
        for (String variant : data.variants()) {
            for (String point : data.points()) {
                BurnoutRate rate = BurnoutRate.of(array(data.outcome(variant, point, "burnout_episodes")),
                        array(data.outcome(variant, point, "mentor_years"))).per100();
                burnout.add(new BurnoutRow(variant, point, rate, summary(variant, point, "mentors_ever_burnt_out_share"),
                        summary(variant, point, "top10_strain_share")));
            }
        }
    }

    /** Writes the statistics as CSV files into {@code dir} (created if needed); see docs/statistics.md. */
    public void writeCsv(Path dir) throws IOException {
        AnalysisCsv.write(this, dir);
    }
}
