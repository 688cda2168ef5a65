package org.inclusim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.CalibrationSpec;

/**
 * Simulates calibration targets for one parameter set, with the spec's seeds (replicate r of every
 * target and arm uses the same seed: common random numbers), and summarises them: a target's
 * simulated value is the mean of its outcome over the replications, or for a relative-risk target
 * ({@link CalibrationSpec.Target#compared()}) the ratio of its arm's mean to its comparison arm's,
 * or their difference.
 */
final class TargetRuns {
    private TargetRuns() {
    }

    /** Outcome of every replication: [target][arm: 0 the target's, 1 its comparison][replicate]. */
    static double[][][] simulate(CalibrationSpec spec, Parameters parameters, List<CalibrationSpec.Target> targets, ExecutorService pool) {
        List<List<List<Future<Double>>>> futures = new ArrayList<>();
        for (CalibrationSpec.Target target : targets) {
            List<List<Future<Double>>> arms = new ArrayList<>();
            for (var overrides : target.compared() ? List.of(target.overrides(), target.comparison()) : List.of(target.overrides())) {
                Parameters tp = ParameterCatalog.instance().with(parameters, overrides);
                List<Future<Double>> runs = new ArrayList<>();
                for (int r = 0; r < spec.replications(); r++) {
                    RunSpec run = new RunSpec(r, target.name(), 0, r, Seeds.forReplicate(spec.seed(), r), target.horizonWeeks(), tp);
                    runs.add(pool.submit(() -> outcome(ModelRun.execute(run, RunRecorder.NONE, false).outcomes(), target.outcome())));
                }
                arms.add(runs);
            }
            futures.add(arms);
        }
        double[][][] out = new double[futures.size()][][];
        try {
            for (int t = 0; t < futures.size(); t++) {
                out[t] = new double[futures.get(t).size()][spec.replications()];
                for (int a = 0; a < out[t].length; a++) {
                    for (int r = 0; r < spec.replications(); r++) {
                        out[t][a][r] = futures.get(t).get(a).get(r).get();
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("a calibration run failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** A runs.csv outcome, a share of job losses by cause, or the share in work with or without NAV. */
    static double outcome(RunOutcomes o, String name) {
        double losses = o.jobLossQuit() + o.jobLossFired() + o.jobLossTemporaryEnded() + o.jobLossLaidOff();
        return switch (name) {
            case "quit_share_of_job_losses" -> losses == 0 ? Double.NaN : o.jobLossQuit() / losses;
            case "fired_share_of_job_losses" -> losses == 0 ? Double.NaN : o.jobLossFired() / losses;
            case "temporary_share_of_job_losses" -> losses == 0 ? Double.NaN : o.jobLossTemporaryEnded() / losses;
            case "laid_off_share_of_job_losses" -> losses == 0 ? Double.NaN : o.jobLossLaidOff() / losses;
            case "in_work_share_horizon" -> o.employmentShareHorizon() + o.workWithoutNavShareHorizon();
            default -> ((Number) o.cells().get(RunOutcomes.COLUMNS.indexOf(name))).doubleValue();
        };
    }

    /** The simulated value of a target: mean over replications (runs without the outcome left out), or ratio of arm means. */
    static double value(CalibrationSpec.Target target, double[][] arms) {
        return summary(arms, target.difference())[0];
    }

    /**
     * Simulated value with a 95 % interval: a t interval over the replications (of the paired
     * differences, for a difference), or for a ratio a
     * delta-method interval on the log ratio over the paired replications (covariance included,
     * since both arms use the same seeds).
     */
    static Calibration.Fit fit(CalibrationSpec.Target target, double[][] arms) {
        double[] s = summary(arms, target.difference());
        return new Calibration.Fit(target, s[0], s[1], s[2]);
    }

    private static double[] summary(double[][] arms, boolean difference) {
        if (arms.length == 1 || difference) {
            SummaryStatistics s = statistics(arms.length == 1 ? arms[0] : differences(arms));
            double half = s.getN() < 2 ? Double.NaN : t(s.getN()) * s.getStandardDeviation() / Math.sqrt(s.getN());
            return new double[] {s.getN() == 0 ? Double.NaN : s.getMean(), s.getMean() - half, s.getMean() + half};
        }
        List<double[]> pairs = new ArrayList<>();
        for (int r = 0; r < arms[0].length; r++) {
            if (!Double.isNaN(arms[0][r]) && !Double.isNaN(arms[1][r])) {
                pairs.add(new double[] {arms[0][r], arms[1][r]});
            }
        }
        int n = pairs.size();
        double a = pairs.stream().mapToDouble(p -> p[0]).average().orElse(Double.NaN);
        double b = pairs.stream().mapToDouble(p -> p[1]).average().orElse(Double.NaN);
        double ratio = n == 0 || b == 0 ? Double.NaN : a / b;
        if (n < 2 || !(a > 0) || !(b > 0)) {
            return new double[] {ratio, Double.NaN, Double.NaN};
        }
        double va = 0;
        double vb = 0;
        double cov = 0;
        for (double[] p : pairs) {
            va += (p[0] - a) * (p[0] - a);
            vb += (p[1] - b) * (p[1] - b);
            cov += (p[0] - a) * (p[1] - b);
        }
        va /= n - 1;
        vb /= n - 1;
        cov /= n - 1;
        double se = Math.sqrt(Math.max(0, va / (a * a) + vb / (b * b) - 2 * cov / (a * b)) / n);
        double half = t(n) * se;
        return new double[] {ratio, ratio * Math.exp(-half), ratio * Math.exp(half)};
    }

    /** Paired differences of the two arms, replicate by replicate (NaN where either is undefined). */
    private static double[] differences(double[][] arms) {
        double[] d = new double[arms[0].length];
        for (int r = 0; r < d.length; r++) {
            d[r] = arms[0][r] - arms[1][r];
        }
        return d;
    }

    private static SummaryStatistics statistics(double[] values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                s.addValue(v);
            }
        }
        return s;
    }

    private static double t(long n) {
        return new TDistribution(n - 1).inverseCumulativeProbability(0.975);
    }
}
