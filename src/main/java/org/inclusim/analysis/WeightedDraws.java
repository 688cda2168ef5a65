package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Summaries of weighted parameter draws (accepted sets of an ABC calibration): weighted means,
 * standard deviations, quantiles and correlations, and which parameters the targets identify.
 * Weights are normalised here; draws are rows, parameters columns.
 */
public final class WeightedDraws {
    /** A parameter counts as identified when the draws' sd is at most this share of the prior's (uniform on its bounds). */
    public static final double IDENTIFIED_SD_RATIO = 0.5;
    /** Two parameters move together, and are identified only jointly, beyond this absolute correlation. */
    public static final double JOINT_CORRELATION = 0.7;

    private final List<double[]> draws;
    private final double[] weights;

    public WeightedDraws(List<double[]> draws, double[] weights) {
        if (draws.isEmpty() || draws.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per draw and at least one draw; got " + draws.size() + " draws, "
                    + weights.length + " weights");
        }
        double total = Arrays.stream(weights).sum();
        this.draws = List.copyOf(draws);
        this.weights = Arrays.stream(weights).map(w -> w / total).toArray();
    }

    public double mean(int parameter) {
        double m = 0;
        for (int i = 0; i < draws.size(); i++) {
            m += weights[i] * draws.get(i)[parameter];
        }
        return m;
    }

    /** Weighted covariance (the weighted second central moment). */
    public double covariance(int a, int b) {
        double ma = mean(a);
        double mb = mean(b);
        double c = 0;
        for (int i = 0; i < draws.size(); i++) {
            c += weights[i] * (draws.get(i)[a] - ma) * (draws.get(i)[b] - mb);
        }
        return c;
    }

    public double sd(int parameter) {
        return Math.sqrt(covariance(parameter, parameter));
    }

    public double correlation(int a, int b) {
        double s = sd(a) * sd(b);
        return s == 0 ? Double.NaN : covariance(a, b) / s;
    }

    /** The weighted quantile: the smallest draw value whose cumulative weight reaches p. */
    public double quantile(int parameter, double p) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < draws.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> draws.get(i)[parameter]));
        double cumulative = 0;
        for (int i : order) {
            cumulative += weights[i];
            if (cumulative >= p - 1e-12) {
                return draws.get(i)[parameter];
            }
        }
        return draws.get(order.get(order.size() - 1))[parameter];
    }

    /** The draws' sd over the prior's (uniform on [low, high]: (high - low) / sqrt(12)). */
    public double sdRatio(int parameter, double low, double high) {
        return sd(parameter) / ((high - low) / Math.sqrt(12));
    }

    /** Kish's effective sample size, 1 / sum of squared normalised weights. */
    public double effectiveSize() {
        return 1 / Arrays.stream(weights).map(w -> w * w).sum();
    }

    public int size() {
        return draws.size();
    }

    public int parameters() {
        return draws.get(0).length;
    }
}
