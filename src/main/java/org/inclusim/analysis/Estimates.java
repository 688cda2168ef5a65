package org.inclusim.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Summaries and paired comparisons over replications. Confidence intervals are 95 % Student t;
 * with fewer than two values they are NaN ("not available"), never zero. NaN values (outcomes not
 * defined for a run) are left out, and in a paired comparison the pair is left out.
 */
public final class Estimates {
    static final double LEVEL = 0.95;
    /** The 97.5 % quantile of the standard normal distribution. */
    static final double NORMAL_975 = 1.959963984540054;
    /** Used for probabilities only; no generator, so nothing is seeded from the clock. */
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    /** {@link #t} by degrees of freedom. */
    private static final Map<Double, Double> T_QUANTILES = new ConcurrentHashMap<>();

    private Estimates() {
    }

    /** n, mean, standard deviation, 95 % t interval and median. */
    public record Summary(int n, double mean, double sd, double low, double high, double median) {
    }

    public record Paired(int n, double meanDifference, double low, double high, double wilcoxonP, double sdDifference) {
        /** Replications needed for a 95 % interval of half-width {@code h} (NaN if not estimable). */
        public double replicationsFor(double halfWidth) {
            return n < 2 ? Double.NaN : replicationsNeeded(sdDifference, halfWidth);
        }

        /** Paired t statistic: the mean difference over its standard error, sd / sqrt(n) (NaN below 2 pairs). */
        public double t() {
            return n < 2 ? Double.NaN : meanDifference / (sdDifference / Math.sqrt(n));
        }
    }

    /**
     * Replications needed for a 95 % paired interval of half-width {@code halfWidth} when the
     * differences have standard deviation {@code sdDifference}: the smallest n >= 2 with
     * t(0.975; n - 1) s / sqrt(n) <= h. The left side falls as n grows, so the answer is found by
     * search: it is at least (1.96 s / h)^2 (t exceeds the normal quantile), then doubling and
     * bisection. NaN if h is not positive or s is not a number. The notebook helper
     * {@code replications_for} is checked against this method (NotebookIT).
     */
    public static double replicationsNeeded(double sdDifference, double halfWidth) {
        if (!(halfWidth > 0) || Double.isNaN(sdDifference) || Double.isInfinite(sdDifference)) {
            return Double.NaN;
        }
        LongPredicate enough = n -> t(n - 1) * sdDifference / Math.sqrt(n) <= halfWidth;
        long low = Math.max(2, (long) Math.ceil(Math.pow(NORMAL_975 * sdDifference / halfWidth, 2)));
        if (enough.test(low)) {
            return low;
        }
        long high = low;
        while (!enough.test(high)) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (enough.test(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /**
     * The 97.5 % quantile of Student's t with {@code degrees} degrees of freedom. Remembered per
     * degrees of freedom: a report asks for the same few thousands of times (a weekly band asks
     * once per week and series), and each answer is a root search over the incomplete beta
     * function. The value is the same either way.
     */
    static double t(double degrees) {
        return T_QUANTILES.computeIfAbsent(degrees, df -> new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2));
    }

    /**
     * n, mean, standard deviation, 95 % t interval and median of the values that are not NaN.
     * Mean, variance and median are Commons Math's ({@link Mean}, bias-corrected {@link Variance},
     * the default {@link Percentile}), the functions its {@code DescriptiveStatistics} applies, so
     * the values are those to the last bit, without copying the values into one.
     */
    public static Summary summarize(double[] values) {
        double[] x = withoutNaN(values);
        Interval i = interval(x);
        if (x.length < 2) {
            return new Summary(x.length, i.mean(), Double.NaN, Double.NaN, Double.NaN, i.mean());
        }
        return new Summary(x.length, i.mean(), i.sd(), i.low(), i.high(), new Percentile().evaluate(x, 50));
    }

    /** Mean, standard deviation and 95 % t interval, as in {@link Summary} (NaN where not available). */
    record Interval(double mean, double sd, double low, double high) {
    }

    /** {@link #summarize} without the median (which needs a sort), for values without NaN. */
    static Interval interval(double[] x) {
        if (x.length == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = new Mean().evaluate(x);
        if (x.length < 2) {
            return new Interval(mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = Math.sqrt(new Variance().evaluate(x, mean));
        double half = t(x.length - 1) * sd / Math.sqrt(x.length);
        return new Interval(mean, sd, mean - half, mean + half);
    }

    /** The values that are not NaN, in order (the array itself if there is none). */
    static double[] withoutNaN(double[] values) {
        int n = 0;
        for (double v : values) {
            n += Double.isNaN(v) ? 0 : 1;
        }
        if (n == values.length) {
            return values;
        }
        double[] x = new double[n];
        int k = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                x[k++] = v;
            }
        }
        return x;
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
        return new Paired(n, s.mean(), s.low(), s.high(), n >= 2 ? signedRankP(d) : Double.NaN, s.sd());
    }

    /** Differences closer than this share of the largest |difference| are equal (see {@link #snapTies}). */
    static final double TIE_TOLERANCE = 1e-9;

    /**
     * Two-sided p-value of the Wilcoxon signed-rank test of differences {@code d}: zero
     * differences are dropped (Wilcoxon's rule), tied absolute differences get average ranks,
     * where "zero" and "tied" allow for floating-point rounding ({@link #snapTies}). Exact
     * ({@link #exactSignedRankP}) for up to 20 non-zero differences without ties; otherwise the
     * normal approximation with tie and continuity corrections. 1 when all differences are 0.
     */
    public static double signedRankP(double[] d) {
        double[] nonZero = Arrays.stream(snapTies(d)).filter(x -> x != 0 && !Double.isNaN(x)).toArray();
        int n = nonZero.length;
        if (n == 0) {
            return 1.0;
        }
        double[] abs = Arrays.stream(nonZero).map(Math::abs).toArray();
        boolean ties = Arrays.stream(abs).distinct().count() < n;
        if (!ties && n <= 20) {
            return exactSignedRankP(nonZero, abs);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(abs[i], abs[j]));
        double[] rank = new double[n];
        double tieTerm = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j + 1 < n && abs[order[j + 1]] == abs[order[i]]) {
                j++;
            }
            double average = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++) {
                rank[order[k]] = average;
            }
            int t = j - i + 1;
            tieTerm += (double) t * t * t - t;
            i = j + 1;
        }
        double plus = 0;
        for (int i = 0; i < n; i++) {
            if (nonZero[i] > 0) {
                plus += rank[i];
            }
        }
        double mean = n * (n + 1) / 4.0;
        double variance = n * (n + 1) * (2.0 * n + 1) / 24.0 - tieTerm / 48.0;
        if (variance <= 0) {
            return 1.0;
        }
        double z = (Math.abs(plus - mean) - 0.5) / Math.sqrt(variance);
        return Math.min(1.0, 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.max(0, z))));
    }

    /**
     * The exact two-sided p of the signed-rank statistic for differences without ties or zeros:
     * 2 P(W >= max(W+, W-)) under the null, capped at 1 (doubling passes 1 when W+ is exactly
     * n(n + 1) / 4). The null distribution of W+ (each rank's sign a fair coin) is counted by
     * dynamic programming over the ranks, O(n^3), instead of enumerating the 2^n sign patterns
     * (about 0.1 s at n = 20, for each of the hundred or so tests of a report). Same values as
     * Commons Math's {@code WilcoxonSignedRankTest} exact test.
     */
    static double exactSignedRankP(double[] d, double[] abs) {
        int n = d.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(abs[i], abs[j]));
        int plus = 0;
        for (int rank = 1; rank <= n; rank++) {
            plus += d[order[rank - 1]] > 0 ? rank : 0;
        }
        int total = n * (n + 1) / 2;
        int largest = Math.max(plus, total - plus);
        double[] ways = new double[total + 1];
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int w = total; w >= rank; w--) {
                ways[w] += ways[w - rank];
            }
        }
        double tail = 0;
        for (int w = largest; w <= total; w++) {
            tail += ways[w];
        }
        return Math.min(1.0, 2 * tail / Math.pow(2, n));
    }

    /**
     * Differences whose absolute values agree to within {@link #TIE_TOLERANCE} times the largest
     * absolute difference are made equal (to the smallest of their run of neighbours, sign kept),
     * and those that small are made 0. Shares such as 3/70 - 2/70 and 2/70 - 1/70 differ in their
     * last bits, yet they are one tie: without this, rounding would decide between the exact and
     * the tie-corrected test. NaN stays NaN.
     */
    static double[] snapTies(double[] d) {
        double largest = Arrays.stream(d).filter(x -> !Double.isNaN(x)).map(Math::abs).max().orElse(0);
        double tolerance = TIE_TOLERANCE * largest;
        Integer[] order = new Integer[d.length];
        for (int i = 0; i < d.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(Math.abs(d[i]), Math.abs(d[j])));
        double[] out = d.clone();
        double group = 0;
        double previous = 0;
        for (int i : order) {
            double abs = Math.abs(d[i]);
            if (Double.isNaN(abs)) {
                continue;
            }
            if (abs - previous > tolerance) {
                group = abs;
            }
            previous = abs;
            out[i] = Math.copySign(group, d[i]);
        }
        return out;
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
