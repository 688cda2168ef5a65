package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Kaplan-Meier estimator with Greenwood's variance and a 95 % pointwise band on the
 * log-log scale (R's {@code conf.type = "log-log"}), which stays inside [0, 1]; where the curve
 * reaches 0 the band is [0, 0]. Also the restricted mean up to a time, and whether the curve is
 * known at a time (someone still observed, or the curve already at 0).
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
    private final double lastObserved;

    private KaplanMeier(List<Step> steps, int n, double lastObserved) {
        this.steps = steps;
        this.n = n;
        this.lastObserved = lastObserved;
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
                double[] band = logLogBand(s, Math.sqrt(greenwood));
                steps.add(new Step(e.getKey(), atRisk, d, s, band[0], band[1]));
            }
            atRisk -= d + e.getValue()[1];
        }
        return new KaplanMeier(steps, observations.size(), byTime.isEmpty() ? Double.NaN : byTime.lastKey());
    }

    /**
     * The 95 % band S^exp(+-1.96 se / ln S), where se is the standard error of the cumulative
     * hazard (the square root of Greenwood's sum): lower bound with +, upper with -. [0, 0] at S = 0.
     */
    static double[] logLogBand(double s, double se) {
        if (!(s > 0)) {
            return new double[] {0.0, 0.0};
        }
        if (s >= 1) {
            return new double[] {1.0, 1.0};
        }
        double w = Estimates.NORMAL_975 * se / Math.log(s);
        return new double[] {clip(Math.pow(s, Math.exp(-w))), clip(Math.pow(s, Math.exp(w)))};
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

    /**
     * Whether the curve is known up to time t: some duration was observed until t or later, or the
     * curve reached 0 earlier. Past the last observation the curve is unknown (not extended).
     */
    public boolean knownUntil(double t) {
        return t <= lastObserved || (!steps.isEmpty() && steps.get(steps.size() - 1).survival() == 0);
    }

    /** S just before t, or NaN where the curve is not known until t (see {@link #knownUntil}). */
    public double survivalBeforeIfKnown(double t) {
        return knownUntil(t) ? survivalBefore(t) : Double.NaN;
    }

    /**
     * Restricted mean up to {@code tau}: the area under S from 0 to tau (the mean duration if
     * durations were cut at tau), or NaN where the curve is not known until tau.
     */
    public double restrictedMean(double tau) {
        if (!knownUntil(tau)) {
            return Double.NaN;
        }
        double area = 0;
        double from = 0;
        double s = 1.0;
        for (Step step : steps) {
            if (step.time() >= tau) {
                break;
            }
            area += s * (step.time() - from);
            from = step.time();
            s = step.survival();
        }
        return area + s * (tau - from);
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
}
