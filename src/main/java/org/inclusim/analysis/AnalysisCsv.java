package org.inclusim.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.inclusim.io.CsvTableWriter;

/** Writes an {@link Analysis} as the CSV files of {@code analysis/} (columns: docs/statistics.md). */
final class AnalysisCsv {
    private AnalysisCsv() {
    }

    static void write(Analysis a, Path dir) throws IOException {
        Files.createDirectories(dir);
        BatchData data = a.data();
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("summary.csv"),
                List.of("variant", "point", "outcome", "n", "mean", "sd", "ci_low", "ci_high", "median"))) {
            for (String variant : data.variants()) {
                for (String point : data.points()) {
                    for (String outcome : a.outcomes()) {
                        Estimates.Summary s = a.summary(variant, point, outcome);
                        out.write(Arrays.asList(variant, point, outcome, s.n(), s.mean(), s.sd(), s.low(), s.high(), s.median()));
                    }
                }
            }
        }
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("effects.csv"), List.of("variant", "point", "outcome",
                "pairs", "baseline_mean", "variant_mean", "difference", "ci_low", "ci_high", "wilcoxon_p", "holm_p",
                "replications_needed"))) {
            for (Analysis.EffectRow r : a.effects()) {
                out.write(Arrays.asList(r.variant(), r.point(), r.outcome(), r.pairs(), r.baselineMean(), r.variantMean(),
                        r.difference(), r.low(), r.high(), r.wilcoxonP(), r.holmP(), r.replicationsNeeded()));
            }
        }
        if (data.hasDraws()) {
            ParameterUncertainty.write(a.parameterUncertainty(), dir.resolve(ParameterUncertainty.FILE));
        }
        a.byGroup().write(dir);
        writeCurves(dir.resolve("job_retention.csv"), a.jobRetention());
        writeCurves(dir.resolve("time_to_first_job.csv"), a.firstJob());
        writeRetentionTests(dir.resolve("job_retention_tests.csv"), a.jobRetention());
        writeIncidence(dir.resolve("cumulative_incidence.csv"), a.incidence());
        writeRunSurvival(dir.resolve("run_survival.csv"), a);
        writeBurnout(dir.resolve("burnout.csv"), a.burnout());
        writeBands(dir.resolve("weekly_bands.csv"), a.weeklyBands());
        writeStates(dir.resolve("state_distribution.csv"), a);
    }

    private static void writeCurves(Path file, Map<String, Analysis.SurvivalRow> rows) throws IOException {
        try (CsvTableWriter out = new CsvTableWriter(file, List.of("variant", "time_weeks", "at_risk", "events", "survival",
                "ci_low", "ci_high"))) {
            for (Analysis.SurvivalRow r : rows.values()) {
                for (KaplanMeier.Step s : r.curve().steps()) {
                    out.write(Arrays.asList(r.variant(), s.time(), s.atRisk(), s.events(), s.survival(), s.low(), s.high()));
                }
            }
        }
    }

    private static void writeRetentionTests(Path file, Map<String, Analysis.SurvivalRow> rows) throws IOException {
        try (CsvTableWriter out = new CsvTableWriter(file, List.of("variant", "spells", "median_weeks", "survival_26w",
                "survival_52w", "survival_104w", "clustered_logrank_score", "clustered_logrank_variance",
                "clustered_logrank_chi2", "clustered_logrank_p", "clusters"))) {
            for (Analysis.SurvivalRow r : rows.values()) {
                ClusteredLogRank.Result t = r.test();
                out.write(Arrays.asList(r.variant(), r.spells(), r.median(), r.at26(), r.at52(), r.at104(), t.score(), t.variance(),
                        t.chiSquare(), t.p(), t.clusters() == 0 ? null : t.clusters()));
            }
        }
    }

    private static void writeIncidence(Path file, Map<String, CompetingRisks.Curve> curves) throws IOException {
        try (CsvTableWriter out = new CsvTableWriter(file, List.of("variant", "cause", "time_weeks", "at_risk", "events",
                "cumulative_incidence"))) {
            for (CompetingRisks.Curve c : curves.values()) {
                for (int k = 0; k < c.causes().size(); k++) {
                    for (AalenJohansen.Step s : c.estimate().steps()) {
                        out.write(Arrays.asList(c.variant(), c.causes().get(k), s.time(), s.atRisk(), s.events()[k],
                                s.incidence()[k]));
                    }
                }
            }
        }
    }

    private static void writeRunSurvival(Path file, Analysis a) throws IOException {
        List<String> header = new ArrayList<>(List.of("run_id", "variant", "point", "replicate"));
        header.addAll(a.survivalOutcomes());
        try (CsvTableWriter out = new CsvTableWriter(file, header)) {
            for (String variant : a.data().variants()) {
                for (Trajectories.RunTrajectory run : a.trajectories().runs(variant)) {
                    List<Object> row = new ArrayList<>(List.of(run.runId(), variant, run.point(), run.replicate()));
                    for (String outcome : a.survivalOutcomes()) {
                        row.add(a.values(variant, run.point(), outcome).get(run.replicate()));
                    }
                    out.write(row);
                }
            }
        }
    }

    private static void writeBurnout(Path file, List<Analysis.BurnoutRow> rows) throws IOException {
        try (CsvTableWriter out = new CsvTableWriter(file, List.of("variant", "point", "runs", "episodes", "mentor_years",
                "per_100_mentor_years", "ci_low", "ci_high", "interval", "dispersion", "poisson_ci_low", "poisson_ci_high",
                "ever_burnt_out_share", "top10_strain_share"))) {
            for (Analysis.BurnoutRow b : rows) {
                BurnoutRate r = b.per100MentorYears();
                out.write(Arrays.asList(b.variant(), b.point(), r.runs(), r.events(), r.exposure(), r.rate(), r.low(), r.high(),
                        r.interval().label(), r.dispersion(), r.poisson().low(), r.poisson().high(), b.everBurntOutShare().mean(),
                        b.top10StrainShare().mean()));
            }
        }
    }

    private static void writeBands(Path file, Map<String, Map<String, Analysis.Band>> bands) throws IOException {
        try (CsvTableWriter out = new CsvTableWriter(file, List.of("variant", "week", "series", "mean", "ci_low", "ci_high"))) {
            for (var v : bands.entrySet()) {
                for (var s : v.getValue().entrySet()) {
                    Analysis.Band b = s.getValue();
                    for (int week = 0; week < b.mean().length; week++) {
                        out.write(Arrays.asList(v.getKey(), week, s.getKey(), b.mean()[week], b.low()[week], b.high()[week]));
                    }
                }
            }
        }
    }

    private static void writeStates(Path file, Analysis a) throws IOException {
        List<String> header = new ArrayList<>(List.of("variant", "weeks_since_referral", "users"));
        header.addAll(a.trajectories().stages());
        try (CsvTableWriter out = new CsvTableWriter(file, header)) {
            for (String variant : a.data().variants()) {
                double[][] shares = a.trajectories().stateDistribution(variant);
                int[] users = a.trajectories().usersObserved(variant);
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
}
