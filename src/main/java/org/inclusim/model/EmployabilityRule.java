package org.inclusim.model;

/**
 * Rule: latent employability. At referral each user draws theta, lognormal with mean 1:
 * ln theta = sigma z - sigma^2 / 2, z standard normal (Box-Muller from two uniforms of stream
 * {@link Purpose#EMPLOYABILITY}, keyed by the user id, so every variant sees the same users),
 * sigma = {@code users.employabilitySpread}, and scales it by the user's group mean m =
 * {@code users.employabilityMean}; theta = m exp(sigma z - sigma^2 / 2) is kept within
 * [{@link #MIN}, {@link #MAX}].
 * Theta multiplies the weekly opening chance, the odds of a hire and the work-without-NAV hazard,
 * and divides the quit and the disability-benefit hazards. sigma = 0 and m = 1 give theta = 1 for
 * all: the neutral setting; with sigma = 0 the user draws no uniform at all.
 *
 * <p>Why lognormal with mean 1: theta acts multiplicatively on rates (a proportional-hazards
 * frailty) and must be positive; a mean of 1 keeps a fresh cohort's mean opening rate at m (before
 * the clamp), but sigma moves levels too: the hazards divided by theta have the mean of 1/theta,
 * exp(sigma^2) before the clamp, so sigma = 0 is neutral for selection, not for the levels. The mean m is
 * the level: 1 for the calibrated cohort, and the one way a user group can be more or less
 * employable than it as a whole (a scale on a proportional frailty moves every rate theta acts on
 * by the same factor, as a group's shifted frailty distribution would).
 */
final class EmployabilityRule {
    /**
     * Bounds on theta, so no hazard can explode or vanish. Not remote at the shipped spread: at
     * sigma 1.25 about 11 % of users are at {@code MIN} and 0.7 % at {@code MAX} (ODD 7.3a).
     */
    static final double MIN = 0.1;
    static final double MAX = 10.0;

    private EmployabilityRule() {
    }

    /** Draws and stores user {@code id}'s employability (at referral). */
    static void draw(InclusionModel model, int id, double sigma, double mean) {
        if (sigma == 0.0) {
            model.users.employability.set(id, clamp(mean));
            return;
        }
        double u1 = model.random().uniform(Purpose.EMPLOYABILITY, id, 0, 0);
        double u2 = model.random().uniform(Purpose.EMPLOYABILITY, id, 0, 1);
        double z = Math.sqrt(-2.0 * Math.log1p(-u1)) * Math.cos(2.0 * Math.PI * u2);
        model.users.employability.set(id, theta(sigma, z, mean));
    }

    /** theta = mean x exp(sigma z - sigma^2 / 2), kept within [MIN, MAX]. */
    static double theta(double sigma, double z, double mean) {
        return clamp(mean * Math.exp(sigma * z - 0.5 * sigma * sigma));
    }

    private static double clamp(double theta) {
        return Math.max(MIN, Math.min(MAX, theta));
    }
}
