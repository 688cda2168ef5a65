package org.inclusim.analysis;

import java.util.SplittableRandom;

/**
 * First-order and total Sobol indices from a Saltelli design: model outputs at the N rows of two
 * independent sample matrices A and B, and at the k matrices AB_i (A with column i taken from B).
 * First order (Saltelli et al. 2010, with f(B) centred on the sample mean, which leaves the
 * estimator unbiased and lowers its variance for outputs far from zero):
 * S_i = mean((f(B) - mean) (f(AB_i) - f(A))) / V; total (Jansen 1999):
 * ST_i = mean((f(A) - f(AB_i))^2) / (2 V); V is the variance of f over A and B together. 95 %
 * intervals are percentile bootstraps over the N rows (seeded, so reproducible).
 */
public final class SobolIndices {
    /** One parameter's indices with bootstrap intervals. */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow, double totalHigh) {
    }

    private SobolIndices() {
    }

    /**
     * @param fA  outputs at the rows of A (length N)
     * @param fB  outputs at the rows of B
     * @param fAB fAB[i][r]: output at row r of AB_i
     */
    public static Index[] estimate(double[] fA, double[] fB, double[][] fAB, int bootstrap, long seed) {
        int n = fA.length;
        int k = fAB.length;
        Index[] out = new Index[k];
        int[] all = new int[n];
        for (int r = 0; r < n; r++) {
            all[r] = r;
        }
        double[][] firstSamples = new double[k][bootstrap];
        double[][] totalSamples = new double[k][bootstrap];
        SplittableRandom random = new SplittableRandom(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int r = 0; r < n; r++) {
                rows[r] = random.nextInt(n);
            }
            for (int i = 0; i < k; i++) {
                double[] st = indices(fA, fB, fAB[i], rows);
                firstSamples[i][b] = st[0];
                totalSamples[i][b] = st[1];
            }
        }
        for (int i = 0; i < k; i++) {
            double[] st = indices(fA, fB, fAB[i], all);
            out[i] = new Index(st[0], percentile(firstSamples[i], 0.025), percentile(firstSamples[i], 0.975),
                    st[1], percentile(totalSamples[i], 0.025), percentile(totalSamples[i], 0.975));
        }
        return out;
    }

    /** {first, total} over the given rows. */
    static double[] indices(double[] fA, double[] fB, double[] fABi, int[] rows) {
        int n = rows.length;
        double mean = 0;
        for (int r : rows) {
            mean += fA[r] + fB[r];
        }
        mean /= 2.0 * n;
        double variance = 0;
        double first = 0;
        double total = 0;
        for (int r : rows) {
            variance += (fA[r] - mean) * (fA[r] - mean) + (fB[r] - mean) * (fB[r] - mean);
            first += (fB[r] - mean) * (fABi[r] - fA[r]);
            total += (fA[r] - fABi[r]) * (fA[r] - fABi[r]);
        }
        variance /= 2.0 * n - 1;
        if (!(variance > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {first / n / variance, total / (2.0 * n) / variance};
    }

    static double percentile(double[] values, double p) {
        double[] sorted = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
        return sorted[index];
    }
}
