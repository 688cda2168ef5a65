package org.inclusim.experiment;

/**
 * The verdict on a stated direction (a teaching finding or a scenario claim) from its paired
 * differences, replicate by replicate: mean, standardised effect d = mean / sd, and the t
 * statistic in the claimed direction. A claim holds when t is at least {@link #REQUIRED_T} =
 * z(0.975) + z(0.90): the 95 % two-sided test plus a power margin, so that at the observed
 * effect a fresh set of as many replications confirms it with probability about 0.9
 * (power = Phi(d sqrt(n) - 1.96)).
 */
record ClaimVerdict(double mean, double d, double t) {
    static final double REQUIRED_T = 1.959964 + 1.281552;

    static ClaimVerdict of(double[] x, int sign) {
        int n = x.length;
        if (n < 2) {
            return new ClaimVerdict(Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = java.util.Arrays.stream(x).average().orElse(Double.NaN);
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double d = sd == 0 ? Math.signum(mean) * Double.POSITIVE_INFINITY : mean / sd;
        return new ClaimVerdict(mean, d, sign * d * Math.sqrt(n));
    }

    boolean holds() {
        return t >= REQUIRED_T;
    }

    /** Replications that would give the claim 90 % power at the observed effect, or why none would. */
    String replicationsNeeded(int sign) {
        return d * sign > 0 ? Long.toString((long) Math.ceil(Math.pow(REQUIRED_T / Math.abs(d), 2))) : "none: the effect goes the other way";
    }
}
