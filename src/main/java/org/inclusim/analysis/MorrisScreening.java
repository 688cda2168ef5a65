package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Morris elementary effects from trajectories of k + 1 points in which each step changes one
 * parameter: EE = (f(x') - f(x)) / delta, delta the change in that parameter as a share of its
 * range. Per parameter: mu* = mean |EE| (importance) and sigma = standard deviation of EE
 * (interaction or non-linearity) over the r trajectories, with a bootstrap 95 % interval for mu*.
 */
public final class MorrisScreening {
    public record Effect(double muStar, double muStarLow, double muStarHigh, double sigma, int trajectories) {
    }

    private MorrisScreening() {
    }

    /**
     * @param x points in order, trajectory after trajectory (each k + 1 points), as shares of the
     *          parameters' ranges
     * @param f the output at each point
     */
    public static Effect[] estimate(double[][] x, double[] f, int k, int bootstrap, long seed) {
        int r = x.length / (k + 1);
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            effects.add(new ArrayList<>());
        }
        for (int t = 0; t < r; t++) {
            for (int step = 0; step < k; step++) {
                int a = t * (k + 1) + step;
                int b = a + 1;
                for (int i = 0; i < k; i++) {
                    double delta = x[b][i] - x[a][i];
                    if (Math.abs(delta) > 1e-12) {
                        effects.get(i).add((f[b] - f[a]) / delta);
                        break;
                    }
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        Effect[] out = new Effect[k];
        for (int i = 0; i < k; i++) {
            double[] ee = effects.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            double[] boot = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                double sum = 0;
                for (int j = 0; j < ee.length; j++) {
                    sum += Math.abs(ee[random.nextInt(ee.length)]);
                }
                boot[b] = ee.length == 0 ? Double.NaN : sum / ee.length;
            }
            out[i] = new Effect(meanAbs(ee), SobolIndices.percentile(boot, 0.025), SobolIndices.percentile(boot, 0.975),
                    sd(ee), ee.length);
        }
        return out;
    }

    private static double meanAbs(double[] v) {
        return v.length == 0 ? Double.NaN : java.util.Arrays.stream(v).map(Math::abs).average().orElse(Double.NaN);
    }

    private static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double mean = java.util.Arrays.stream(v).average().orElse(0);
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
