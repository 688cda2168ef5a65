package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.special.Erf;

/**
 * The log-rank test of two groups made robust to clustering (Lin and Wei 1989): the score of a
 * Cox model with one group indicator at beta = 0 (Breslow's handling of tied times), whose
 * variance is estimated from the score residuals summed within clusters instead of assuming
 * independent durations. Here a cluster is a replicate: the spells of one run share its history,
 * and the runs of the two variants of one replicate share their random numbers. The statistic
 * U^2 / sum_c (sum_{i in c} L_i)^2 is chi-square with one degree of freedom; R gives the same as
 * the robust score test of {@code coxph(Surv(time, event) ~ group + cluster(replicate),
 * ties = "breslow")}. With few clusters the robust variance is itself uncertain: read the test
 * beside the paired per-run comparisons, which respect the replicate by construction.
 */
public final class ClusteredLogRank {
    /** One duration with its cluster. */
    public record Observation(double time, boolean event, int cluster) {
    }

    /**
     * @param score observed minus expected events in the second group (the log-rank numerator)
     * @param variance the cluster-robust variance of the score
     */
    public record Result(double score, double variance, double chiSquare, double p, int clusters) {
        static final Result NOT_AVAILABLE = new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    private ClusteredLogRank() {
    }

    /** Tests group {@code b} against group {@code a}; NaN where there are no events or one cluster. */
    public static Result test(List<Observation> a, List<Observation> b) {
        List<Observation> all = new ArrayList<>(a);
        all.addAll(b);
        int inB = a.size();
        // Per distinct time: events and leavers (all, and of group b).
        TreeMap<Double, int[]> byTime = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            Observation o = all.get(i);
            int[] c = byTime.computeIfAbsent(o.time(), k -> new int[4]);
            c[0] += o.event() ? 1 : 0;
            c[1]++;
            if (i >= inB) {
                c[2] += o.event() ? 1 : 0;
                c[3]++;
            }
        }
        // Cumulative hazard increments dA = d / n and group-1 weighted increments dB = (n1 / n) d / n up to each time.
        TreeMap<Double, double[]> cumulative = new TreeMap<>();
        int atRisk = all.size();
        int atRiskB = b.size();
        double hazard = 0;
        double weighted = 0;
        double score = 0;
        for (var e : byTime.entrySet()) {
            int[] c = e.getValue();
            if (c[0] > 0) {
                double dA = (double) c[0] / atRisk;
                double share = (double) atRiskB / atRisk;
                hazard += dA;
                weighted += share * dA;
                score += c[2] - c[0] * share;
            }
            cumulative.put(e.getKey(), new double[] {hazard, weighted, (double) atRiskB / atRisk});
            atRisk -= c[1];
            atRiskB -= c[3];
        }
        Map<Integer, Double> byCluster = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            Observation o = all.get(i);
            double z = i >= inB ? 1 : 0;
            double[] at = cumulative.get(o.time());
            double residual = (o.event() ? z - at[2] : 0) - (z * at[0] - at[1]);
            byCluster.merge(o.cluster(), residual, Double::sum);
        }
        double variance = byCluster.values().stream().mapToDouble(r -> r * r).sum();
        if (byCluster.size() < 2 || !(variance > 0)) {
            return Result.NOT_AVAILABLE;
        }
        double chi = score * score / variance;
        // P(chi2(1) > x) = erfc(sqrt(x / 2)), accurate for small p where 1 - cdf would round to 0.
        return new Result(score, variance, chi, Erf.erfc(Math.sqrt(chi / 2)), byCluster.size());
    }
}
