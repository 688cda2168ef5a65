package org.inclusim.analysis.cost;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The incremental cost per extra unit of effect (e.g. NOK per extra person in work) from paired
 * replicates, with Fieller's 95 % interval for a ratio of means. The ratio is defined only when
 * the denominator's own 95 % interval excludes zero; otherwise the extra effect may be nothing,
 * and a cost "per" it is not a number ({@link #defined()} is false, the values are NaN).
 *
 * <p>With mean paired differences a (cost) and b (effect), their variances and covariance over
 * replicates divided by n (Vaa, Vbb, Vab) and t the 97.5 % t quantile with n - 1 degrees of
 * freedom, the interval is the set of r with (a - r b)^2 &lt;= t^2 (Vaa - 2 r Vab + r^2 Vbb):
 * bounded exactly when b^2 &gt; t^2 Vbb, the same condition as the denominator's interval
 * excluding zero. Formulas: docs/statistics.md.
 *
 * @param ratio mean cost difference / mean effect difference
 */
public record IncrementalRatio(int pairs, double costDifference, double effectDifference, double effectLow,
                               double effectHigh, double ratio, double low, double high) {
    /** Whether the ratio is a number (the effect's interval excludes zero). */
    public boolean defined() {
        return !Double.isNaN(ratio);
    }

    /**
     * @param cost   per replicate: variant's cost minus the comparison's (NaN pairs left out)
     * @param effect per replicate: variant's effect minus the comparison's
     */
    public static IncrementalRatio of(double[] cost, double[] effect) {
        int n = 0;
        double sa = 0;
        double sb = 0;
        for (int i = 0; i < cost.length; i++) {
            if (!Double.isNaN(cost[i]) && !Double.isNaN(effect[i])) {
                n++;
                sa += cost[i];
                sb += effect[i];
            }
        }
        if (n < 2) {
            return new IncrementalRatio(n, n == 0 ? Double.NaN : sa, n == 0 ? Double.NaN : sb, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN);
        }
        double a = sa / n;
        double b = sb / n;
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        for (int i = 0; i < cost.length; i++) {
            if (!Double.isNaN(cost[i]) && !Double.isNaN(effect[i])) {
                saa += (cost[i] - a) * (cost[i] - a);
                sbb += (effect[i] - b) * (effect[i] - b);
                sab += (cost[i] - a) * (effect[i] - b);
            }
        }
        double vaa = saa / (n - 1) / n;
        double vbb = sbb / (n - 1) / n;
        double vab = sab / (n - 1) / n;
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        double t2 = t * t;
        double halfB = t * Math.sqrt(vbb);
        double effectLow = b - halfB;
        double effectHigh = b + halfB;
        double q = b * b - t2 * vbb;
        if (!(q > 0)) {
            return new IncrementalRatio(n, a, b, effectLow, effectHigh, Double.NaN, Double.NaN, Double.NaN);
        }
        double p = a * b - t2 * vab;
        double c = a * a - t2 * vaa;
        double root = Math.sqrt(Math.max(0, p * p - q * c));
        return new IncrementalRatio(n, a, b, effectLow, effectHigh, a / b, (p - root) / q, (p + root) / q);
    }
}
