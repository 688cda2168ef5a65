package org.inclusim.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.io.CsvReader;
import org.inclusim.io.CsvTableWriter;

/**
 * The statistics of a batch, computed from its result files only: per variant and point the
 * summary of every outcome; paired effects of every variant against the baseline (common random
 * numbers make replicate r of both comparable); job retention and time to first job as
 * Kaplan-Meier curves with log-rank tests; burnout incidence with exact Poisson intervals; and
 * stage shares over time with 95 % bands across replications. Formulas: docs/statistics.md.
 */
public final class Analysis {
    /** Default precision for "replications needed": a 95 % half-width of 10 % of the baseline mean. */
    public static final double DEFAULT_PRECISION = 0.10;

    public record EffectRow(String variant, String point, String outcome, int pairs, double baselineMean,
                            double variantMean, double difference, double low, double high, double wilcoxonP,
                            double holmP, double replicationsNeeded) {
    }

    public record SurvivalRow(String variant, int spells, double median, double at26, double at52, double at104,
                              double logRankChi2, double logRankP, KaplanMeier curve) {
    }

    public record BurnoutRow(String variant, PoissonRate per100MentorYears, Estimates.Summary everBurntOutShare,
                             Estimates.Summary top10StrainShare) {
    }

    /** A weekly series with its 95 % band across replications. */
    public record Band(double[] mean, double[] low, double[] high) {
    }

    private final BatchData data;
    private final List<String> outcomes;
    private final Map<String, Estimates.Summary> summaries = new LinkedHashMap<>();
    private final List<EffectRow> effects = new ArrayList<>();
    private final Map<String, SurvivalRow> jobRetention = new LinkedHashMap<>();
    private final Map<String, SurvivalRow> firstJob = new LinkedHashMap<>();
    private final Map<String, BurnoutRow> burnout = new LinkedHashMap<>();
    private final Map<String, Map<String, Band>> weeklyBands = new LinkedHashMap<>();
    private final Trajectories trajectories;

    private Analysis(BatchData data, double precision) {
        this.data = data;
        List<String> header = data.runs().header();
        this.outcomes = List.copyOf(header.subList(header.indexOf("horizon_weeks") + 1, header.size()));
        summarize();
        effects(precision);
        this.trajectories = Trajectories.of(data, data.variants(), data.horizonWeeks());
        survival();
        computeBurnout();
        weekly();
    }

    public static Analysis of(BatchData data) {
        return new Analysis(data, DEFAULT_PRECISION);
    }

    public static Analysis of(BatchData data, double precision) {
        return new Analysis(data, precision);
    }

    public BatchData data() {
        return data;
    }

    public List<String> outcomes() {
        return outcomes;
    }

    /** Key: variant + "|" + point + "|" + outcome. */
    public Estimates.Summary summary(String variant, String point, String outcome) {
        return summaries.get(variant + "|" + point + "|" + outcome);
    }

    public List<EffectRow> effects() {
        return effects;
    }

    public Map<String, SurvivalRow> jobRetention() {
        return jobRetention;
    }

    public Map<String, SurvivalRow> firstJob() {
        return firstJob;
    }

    public Map<String, BurnoutRow> burnout() {
        return burnout;
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

    private static double[] values(Map<Integer, Double> byReplicate) {
        return byReplicate.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void summarize() {
        for (String variant : data.variants()) {
            for (String point : data.points()) {
                for (String outcome : outcomes) {
                    summaries.put(variant + "|" + point + "|" + outcome,
                            Estimates.summarize(values(data.outcome(variant, point, outcome))));
                }
            }
        }
    }

    private void effects(double precision) {
        String baseline = data.baseline();
        for (String point : data.points()) {
            for (String outcome : outcomes) {
                Map<Integer, Double> base = data.outcome(baseline, point, outcome);
                List<EffectRow> rows = new ArrayList<>();
                for (String variant : data.variants().subList(1, data.variants().size())) {
                    Map<Integer, Double> other = data.outcome(variant, point, outcome);
                    double[] a = base.keySet().stream().filter(other::containsKey).mapToDouble(base::get).toArray();
                    double[] b = base.keySet().stream().filter(other::containsKey).mapToDouble(other::get).toArray();
                    Estimates.Paired p = Estimates.paired(a, b);
                    double baseMean = Estimates.summarize(a).mean();
                    rows.add(new EffectRow(variant, point, outcome, p.n(), baseMean, Estimates.summarize(b).mean(),
                            p.meanDifference(), p.low(), p.high(), p.wilcoxonP(), Double.NaN,
                            p.replicationsFor(precision * Math.abs(baseMean))));
                }
                double[] adjusted = Estimates.holm(rows.stream().mapToDouble(EffectRow::wilcoxonP).toArray());
                for (int i = 0; i < rows.size(); i++) {
                    EffectRow r = rows.get(i);
                    effects.add(new EffectRow(r.variant(), r.point(), r.outcome(), r.pairs(), r.baselineMean(), r.variantMean(),
                            r.difference(), r.low(), r.high(), r.wilcoxonP(), adjusted[i], r.replicationsNeeded()));
                }
            }
        }
    }

    private void survival() {
        String baseline = data.baseline();
        for (String variant : data.variants()) {
            jobRetention.put(variant, row(variant, trajectories.jobSpells(variant), trajectories.jobSpells(baseline), baseline));
            firstJob.put(variant, row(variant, trajectories.firstJob(variant), trajectories.firstJob(baseline), baseline));
        }
    }

    private static SurvivalRow row(String variant, List<KaplanMeier.Observation> obs, List<KaplanMeier.Observation> base,
                                   String baseline) {
        KaplanMeier km = KaplanMeier.estimate(obs);
        double[] test = variant.equals(baseline) ? new double[] {Double.NaN, Double.NaN} : KaplanMeier.logRank(base, obs);
        return new SurvivalRow(variant, obs.size(), km.median(), km.survivalBefore(26), km.survivalBefore(52), km.survivalBefore(104),
                test[0], test[1], km);
    }

    private void computeBurnout() {
        for (String variant : data.variants()) {
            long episodes = 0;
            double years = 0;
            for (String point : data.points()) {
                for (double e : values(data.outcome(variant, point, "burnout_episodes"))) {
                    episodes += (long) e;
                }
                for (double y : values(data.outcome(variant, point, "mentor_years"))) {
                    years += y;
                }
            }
            String point = data.points().get(0);
            burnout.put(variant, new BurnoutRow(variant, PoissonRate.of(episodes, years).per100(),
                    summary(variant, point, "mentors_ever_burnt_out_share"), summary(variant, point, "top10_strain_share")));
        }
    }

    /** Weekly series summarised over replicates: stage shares, mentor pool, mentors on leave, mean strain. */
    static final List<String> WEEKLY_COUNTS = List.of("mentor_pool", "mentors_on_leave", "mean_strain");

    /**
     * Bands of the weekly series for every variant at the first design point, in one streaming
     * pass over weekly.csv that keeps only the numbers it needs (by variant, series and week, in
     * file order, so the summaries are those of the whole table).
     */
    private void weekly() {
        List<String> header = data.weeklyHeader();
        int cVariant = header.indexOf("variant");
        int cPoint = header.indexOf("point");
        int cWeek = header.indexOf("week");
        int[] stageColumns = Trajectories.STAGES.stream().mapToInt(header::indexOf).toArray();
        int[] countColumns = WEEKLY_COUNTS.stream().mapToInt(header::indexOf).toArray();
        String point = data.points().get(0);
        int horizon = data.horizonWeeks();
        List<String> series = new ArrayList<>();
        Trajectories.STAGES.forEach(s -> series.add("share_" + s));
        series.addAll(WEEKLY_COUNTS);
        Map<String, DoubleList[][]> values = new LinkedHashMap<>();
        for (String variant : data.variants()) {
            DoubleList[][] byWeek = new DoubleList[series.size()][horizon];
            for (DoubleList[] weeks : byWeek) {
                for (int i = 0; i < horizon; i++) {
                    weeks[i] = new DoubleList();
                }
            }
            values.put(variant, byWeek);
        }
        data.forEachWeeklyRow(row -> {
            DoubleList[][] byWeek = values.get(row.get(cVariant));
            if (byWeek == null || !row.get(cPoint).equals(point)) {
                return;
            }
            int week = Integer.parseInt(row.get(cWeek));
            double users = 0;
            for (int c : stageColumns) {
                users += Double.parseDouble(row.get(c));
            }
            int s = 0;
            for (int c : stageColumns) {
                byWeek[s++][week].add(users == 0 ? 0 : Double.parseDouble(row.get(c)) / users);
            }
            for (int c : countColumns) {
                byWeek[s++][week].add(Double.parseDouble(row.get(c)));
            }
        });
        for (String variant : data.variants()) {
            Map<String, Band> bands = new LinkedHashMap<>();
            DoubleList[][] byWeek = values.get(variant);
            for (int k = 0; k < series.size(); k++) {
                double[] mean = new double[horizon];
                double[] low = new double[horizon];
                double[] high = new double[horizon];
                for (int i = 0; i < horizon; i++) {
                    Estimates.Summary s = Estimates.summarize(byWeek[k][i].toArray());
                    mean[i] = s.mean();
                    low[i] = s.low();
                    high[i] = s.high();
                }
                bands.put(series.get(k), new Band(mean, low, high));
            }
            weeklyBands.put(variant, bands);
        }
    }

    /** Writes the statistics as CSV files into {@code dir} (created if needed). */
    public void writeCsv(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("summary.csv"),
                List.of("variant", "point", "outcome", "n", "mean", "sd", "ci_low", "ci_high", "median"))) {
            for (var e : summaries.entrySet()) {
                String[] k = e.getKey().split("\\|");
                Estimates.Summary s = e.getValue();
                out.write(Arrays.asList(k[0], k[1], k[2], s.n(), s.mean(), s.sd(), s.low(), s.high(), s.median()));
            }
        }
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("effects.csv"), List.of("variant", "point", "outcome",
                "pairs", "baseline_mean", "variant_mean", "difference", "ci_low", "ci_high", "wilcoxon_p", "holm_p",
                "replications_needed"))) {
            for (EffectRow r : effects) {
                out.write(Arrays.asList(r.variant(), r.point(), r.outcome(), r.pairs(), r.baselineMean(), r.variantMean(),
                        r.difference(), r.low(), r.high(), r.wilcoxonP(), r.holmP(), r.replicationsNeeded()));
            }
        }
        writeSurvival(dir.resolve("job_retention.csv"), jobRetention);
        writeSurvival(dir.resolve("time_to_first_job.csv"), firstJob);
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("burnout.csv"), List.of("variant", "episodes", "mentor_years",
                "per_100_mentor_years", "ci_low", "ci_high", "ever_burnt_out_share", "top10_strain_share"))) {
            for (BurnoutRow b : burnout.values()) {
                PoissonRate r = b.per100MentorYears();
                out.write(Arrays.asList(b.variant(), r.events(), r.exposure(), r.rate(), r.low(), r.high(),
                        b.everBurntOutShare().mean(), b.top10StrainShare().mean()));
            }
        }
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("weekly_bands.csv"),
                List.of("variant", "week", "series", "mean", "ci_low", "ci_high"))) {
            for (var v : weeklyBands.entrySet()) {
                for (var s : v.getValue().entrySet()) {
                    Band b = s.getValue();
                    for (int week = 0; week < b.mean().length; week++) {
                        out.write(Arrays.asList(v.getKey(), week, s.getKey(), b.mean()[week], b.low()[week], b.high()[week]));
                    }
                }
            }
        }
        List<String> header = new ArrayList<>(List.of("variant", "weeks_since_referral", "users"));
        header.addAll(Trajectories.STAGES);
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("state_distribution.csv"), header)) {
            for (String variant : data.variants()) {
                double[][] shares = trajectories.stateDistribution(variant);
                int[] users = trajectories.usersObserved(variant);
                for (int d = 0; d < shares.length; d++) {
                    List<Object> row = new ArrayList<>(List.of(variant, d, users[d]));
                    for (double s : shares[d]) {
                        row.add(s);
                    }
                    out.write(row);
                }
            }
        }
    }

    private static void writeSurvival(Path file, Map<String, SurvivalRow> rows) throws IOException {
        try (CsvTableWriter out = new CsvTableWriter(file, List.of("variant", "time_weeks", "at_risk", "events", "survival",
                "ci_low", "ci_high"))) {
            for (SurvivalRow r : rows.values()) {
                for (KaplanMeier.Step s : r.curve().steps()) {
                    out.write(Arrays.asList(r.variant(), s.time(), s.atRisk(), s.events(), s.survival(), s.low(), s.high()));
                }
            }
        }
    }
}
