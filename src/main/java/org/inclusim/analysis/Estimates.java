package org.inclusim.analysis;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * Summaries and paired comparisons over replications. Confidence intervals are 95 % Student t;
 * with fewer than two values they are NaN ("not available"), never zero. NaN values (outcomes not
 * defined for a run) are left out, and in a paired comparison the pair is left out.
 */
public final class Estimates {
    static final double LEVEL = 0.95;

    private Estimates() {
    }

    /** n, mean, standard deviation, 95 % t interval and median. */
    public record Summary(int n, double mean, double sd, double low, double high, double median) {
    }

    public record Paired(int n, double meanDifference, double low, double high, double wilcoxonP, double sdDifference) {
        /** Replications needed for a 95 % interval of half-width {@code h} (NaN if not estimable). */
        public double replicationsFor(double halfWidth) {
            if (n < 2 || !(halfWidth > 0) || Double.isNaN(sdDifference)) {
                return Double.NaN;
            }
            double z = 1.959964;
            int needed = (int) Math.ceil(Math.pow(z * sdDifference / halfWidth, 2));
            for (int k = 0; k < 5; k++) {
                int m = Math.max(2, needed);
                needed = (int) Math.ceil(Math.pow(t(m - 1) * sdDifference / halfWidth, 2));
            }
            return Math.max(2, needed);
        }
    }

    static double t(int degrees) {
        return new TDistribution(degrees).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    public static Summary summarize(double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (x.length == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        DescriptiveStatistics s = new DescriptiveStatistics(x);
        double mean = s.getMean();
        if (x.length < 2) {
            return new Summary(1, mean, Double.NaN, Double.NaN, Double.NaN, mean);
        }
        double half = t(x.length - 1) * s.getStandardDeviation() / Math.sqrt(x.length);
        return new Summary(x.length, mean, s.getStandardDeviation(), mean - half, mean + half, s.getPercentile(50));
    }

    /** Paired t interval and Wilcoxon signed-rank p-value of b - a over the pairs defined in both. */
    public static Paired paired(double[] a, double[] b) {
        int n = 0;
        double[] da = new double[a.length];
        double[] db = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                da[n] = a[i];
                db[n] = b[i];
                n++;
            }
        }
        da = Arrays.copyOf(da, n);
        db = Arrays.copyOf(db, n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = db[i] - da[i];
        }
        Summary s = summarize(d);
        double p = Double.NaN;
        if (n >= 2 && Arrays.stream(d).anyMatch(x -> x != 0)) {
            p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(da, db, n <= 30);
        } else if (n >= 2) {
            p = 1.0;
        }
        return new Paired(n, s.mean(), s.low(), s.high(), p, s.sd());
    }

    /** Half-width of the 95 % Welch interval of mean(b) - mean(a) as if the runs were independent. */
    public static double independentHalfWidth(double[] a, double[] b) {
        DescriptiveStatistics sa = new DescriptiveStatistics(a);
        DescriptiveStatistics sb = new DescriptiveStatistics(b);
        double va = sa.getVariance() / a.length;
        double vb = sb.getVariance() / b.length;
        double df = Math.pow(va + vb, 2) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        return new TDistribution(df).inverseCumulativeProbability(0.975) * Math.sqrt(va + vb);
    }

    /** Holm's step-down adjustment of p-values (NaN stays NaN). */
    public static double[] holm(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            if (!Double.isNaN(p[i])) {
                m++;
            }
        }
        Arrays.sort(order, (i, j) -> Double.compare(Double.isNaN(p[i]) ? 2 : p[i], Double.isNaN(p[j]) ? 2 : p[j]));
        double[] adjusted = new double[p.length];
        double running = 0;
        for (int rank = 0; rank < p.length; rank++) {
            int i = order[rank];
            if (Double.isNaN(p[i])) {
                adjusted[i] = Double.NaN;
                continue;
            }
            running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
