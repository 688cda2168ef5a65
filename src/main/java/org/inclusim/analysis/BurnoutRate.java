package org.inclusim.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * An event rate over replicates (burnout episodes per mentor-year), with a 95 % interval that
 * allows for more spread between runs than a Poisson count has. The rate is K / T (events and
 * exposure summed over the runs). Its interval is the quasi-Poisson one: the model
 * log E[k_i] = log T_i + log(rate), dispersion phi = Pearson X^2 / (n - 1) with
 * X^2 = sum (k_i - T_i K / T)^2 / (T_i K / T), taken as at least 1 (never narrower than Poisson),
 * and exp(log(rate) +- t(0.975; n - 1) sqrt(phi / K)). The exact (Garwood) Poisson interval
 * assumes the runs' counts are Poisson; it is shown only where the spread cannot be estimated
 * (one run, or no events) and kept as {@code poisson} for comparison. R: {@code glm(k ~ 1 +
 * offset(log(T)), family = quasipoisson)} and {@code poisson.test(K, T)}.
 *
 * @param runs runs with exposure
 * @param dispersion phi before the floor at 1 (NaN with fewer than two runs or no events)
 * @param interval which interval {@code low}/{@code high} are
 */
public record BurnoutRate(int runs, long events, double exposure, double rate, double low, double high, double dispersion,
                          Interval interval, PoissonRate poisson) {
    /** The kind of interval shown. */
    public enum Interval {
        QUASI_POISSON("quasi_poisson"), EXACT_POISSON("exact_poisson");

        private final String label;

        Interval(String label) {
            this.label = label;
        }

        /** The name in burnout.csv. */
        public String label() {
            return label;
        }
    }

    /**
     * @param events events of each run
     * @param exposure exposure of each run (runs without exposure are left out)
     */
    public static BurnoutRate of(double[] events, double[] exposure) {
        int n = 0;
        long total = 0;
        double time = 0;
        for (int i = 0; i < events.length; i++) {
            if (exposure[i] > 0 && !Double.isNaN(events[i])) {
                n++;
                total += Math.round(events[i]);
                time += exposure[i];
            }
        }
        PoissonRate exact = PoissonRate.of(total, time);
        if (n < 2 || total == 0) {
            return new BurnoutRate(n, total, time, exact.rate(), exact.low(), exact.high(), Double.NaN, Interval.EXACT_POISSON, exact);
        }
        double rate = total / time;
        double pearson = 0;
        for (int i = 0; i < events.length; i++) {
            if (exposure[i] > 0 && !Double.isNaN(events[i])) {
                double expected = exposure[i] * rate;
                pearson += Math.pow(events[i] - expected, 2) / expected;
            }
        }
        double dispersion = pearson / (n - 1);
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(Math.max(1, dispersion) / total);
        return new BurnoutRate(n, total, time, rate, rate * Math.exp(-half), rate * Math.exp(half), dispersion,
                Interval.QUASI_POISSON, exact);
    }

    /** The same rate per 100 units of exposure. */
    public BurnoutRate per100() {
        return new BurnoutRate(runs, events, exposure, 100 * rate, 100 * low, 100 * high, dispersion, interval, poisson.per100());
    }
}
