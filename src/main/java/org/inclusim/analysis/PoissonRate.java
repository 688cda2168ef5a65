package org.inclusim.analysis;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * A rate of k events in exposure T with its exact (Garwood) 95 % interval:
 * lower = chi2(0.025; 2k) / 2T (0 when k = 0), upper = chi2(0.975; 2k + 2) / 2T.
 */
public record PoissonRate(long events, double exposure, double rate, double low, double high) {

    public static PoissonRate of(long events, double exposure) {
        if (!(exposure > 0)) {
            return new PoissonRate(events, exposure, Double.NaN, Double.NaN, Double.NaN);
        }
        double low = events == 0 ? 0.0
                : new ChiSquaredDistribution(2.0 * events).inverseCumulativeProbability(0.025) / (2 * exposure);
        double high = new ChiSquaredDistribution(2.0 * events + 2).inverseCumulativeProbability(0.975) / (2 * exposure);
        return new PoissonRate(events, exposure, events / exposure, low, high);
    }

    /** The same rate per 100 units of exposure. */
    public PoissonRate per100() {
        return new PoissonRate(events, exposure, 100 * rate, 100 * low, 100 * high);
    }
}
