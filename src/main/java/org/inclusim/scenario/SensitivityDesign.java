package org.inclusim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Sampling plans for sensitivity analysis, as points in the unit cube [0, 1]^k (mapped to the
 * parameter ranges by the caller).
 * <ul>
 * <li>Saltelli: rows of A and B from one Sobol sequence of dimension 2k (after its zero point), A
 * its first k columns and B the last k; the plan lists A (N rows), B (N rows), then AB_1 ... AB_k
 * (A with column i from B), N (k + 2) points in all.</li>
 * <li>Morris: r trajectories of k + 1 points on a grid of {@code levels} levels; each step moves
 * one parameter, in random order, by delta = levels / (2 (levels - 1)), up or down so as to stay
 * in the cube; r (k + 1) points.</li>
 * </ul>
 */
public final class SensitivityDesign {
    private SensitivityDesign() {
    }

    public static List<double[]> saltelli(int n, int k) {
        SobolSequenceGenerator generator = new SobolSequenceGenerator(2 * k);
        generator.nextVector();
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        for (int r = 0; r < n; r++) {
            double[] v = generator.nextVector();
            System.arraycopy(v, 0, a[r], 0, k);
            System.arraycopy(v, k, b[r], 0, k);
        }
        List<double[]> points = new ArrayList<>();
        for (double[] row : a) {
            points.add(row.clone());
        }
        for (double[] row : b) {
            points.add(row.clone());
        }
        for (int i = 0; i < k; i++) {
            for (int r = 0; r < n; r++) {
                double[] row = a[r].clone();
                row[i] = b[r][i];
                points.add(row);
            }
        }
        return points;
    }

    /** 0 .. n-1 in a random order (Fisher-Yates). */
    static int[] shuffledRange(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int s = order[i];
            order[i] = order[j];
            order[j] = s;
        }
        return order;
    }

    public static List<double[]> morris(int trajectories, int k, int levels, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x4D4F52524953L);
        double delta = levels / (2.0 * (levels - 1));
        List<double[]> points = new ArrayList<>();
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = random.nextInt(levels) / (double) (levels - 1);
            }
            int[] order = shuffledRange(k, random);
            points.add(x.clone());
            for (int step = 0; step < k; step++) {
                int i = order[step];
                x[i] = x[i] + delta <= 1.0 + 1e-12 ? x[i] + delta : x[i] - delta;
                points.add(x.clone());
            }
        }
        return points;
    }
}
