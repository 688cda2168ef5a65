package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The Kaplan-Meier estimator with Greenwood's variance and a 95 % pointwise band
 * (S +- 1.96 sqrt(Var), clipped to [0, 1]), and the log-rank test of two samples.
 */
public final class KaplanMeier {
    /** One observed duration: {@code event} true if it ended, false if censored at {@code time}. */
    public record Observation(double time, boolean event) {
    }

    /** The curve after each distinct event time. */
    public record Step(double time, int atRisk, int events, double survival, double low, double high) {
    }

    private final List<Step> steps;
    private final int n;

    private KaplanMeier(List<Step> steps, int n) {
        this.steps = steps;
        this.n = n;
    }

    public static KaplanMeier estimate(List<Observation> observations) {
        TreeMap<Double, int[]> byTime = new TreeMap<>();
        for (Observation o : observations) {
            int[] c = byTime.computeIfAbsent(o.time(), k -> new int[2]);
            if (o.event()) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        int atRisk = observations.size();
        double s = 1.0;
        double greenwood = 0;
        List<Step> steps = new ArrayList<>();
        for (var e : byTime.entrySet()) {
            int d = e.getValue()[0];
            if (d > 0) {
                s *= 1.0 - (double) d / atRisk;
                greenwood += atRisk > d ? (double) d / ((double) atRisk * (atRisk - d)) : Double.POSITIVE_INFINITY;
                double se = s * Math.sqrt(greenwood);
                steps.add(new Step(e.getKey(), atRisk, d, s, clip(s - 1.959964 * se), clip(s + 1.959964 * se)));
            }
            atRisk -= d + e.getValue()[1];
        }
        return new KaplanMeier(steps, observations.size());
    }

    private static double clip(double x) {
        return Double.isNaN(x) ? 0.0 : Math.max(0.0, Math.min(1.0, x));
    }

    public List<Step> steps() {
        return steps;
    }

    public int size() {
        return n;
    }

    /** S(t): the share still without the event after time t. */
    public double survivalAt(double t) {
        double s = 1.0;
        for (Step step : steps) {
            if (step.time() > t) {
                break;
            }
            s = step.survival();
        }
        return s;
    }

    /** S just before t: the share whose event had not happened by then, i.e. that lasted at least t. */
    public double survivalBefore(double t) {
        double s = 1.0;
        for (Step step : steps) {
            if (step.time() >= t) {
                break;
            }
            s = step.survival();
        }
        return s;
    }

    /** The smallest time with S(t) <= 0.5, or NaN if the curve stays above one half. */
    public double median() {
        for (Step step : steps) {
            if (step.survival() <= 0.5) {
                return step.time();
            }
        }
        return Double.NaN;
    }

    /** Log-rank test of two samples: the chi-square statistic (1 degree of freedom) and its p-value. */
    public static double[] logRank(List<Observation> a, List<Observation> b) {
        TreeMap<Double, int[]> times = new TreeMap<>();
        for (Observation o : a) {
            int[] c = times.computeIfAbsent(o.time(), k -> new int[4]);
            c[o.event() ? 0 : 1]++;
        }
        for (Observation o : b) {
            int[] c = times.computeIfAbsent(o.time(), k -> new int[4]);
            c[o.event() ? 2 : 3]++;
        }
        int riskA = a.size();
        int riskB = b.size();
        double observedMinusExpected = 0;
        double variance = 0;
        for (int[] c : times.values()) {
            int d = c[0] + c[2];
            int n = riskA + riskB;
            if (d > 0 && n > 1) {
                observedMinusExpected += c[0] - (double) d * riskA / n;
                variance += (double) d * riskA * riskB * (n - d) / ((double) n * n * (n - 1));
            }
            riskA -= c[0] + c[1];
            riskB -= c[2] + c[3];
        }
        if (variance <= 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double chi = observedMinusExpected * observedMinusExpected / variance;
        return new double[] {chi, 1.0 - new ChiSquaredDistribution(1).cumulativeProbability(chi)};
    }
}
