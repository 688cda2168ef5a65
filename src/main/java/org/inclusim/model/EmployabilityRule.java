package org.inclusim.model;

/**
 * Rule: latent employability. At referral each user draws theta, lognormal with mean 1:
 * ln theta = sigma z - sigma^2 / 2, z standard normal (Box-Muller from two uniforms of stream
 * {@link Purpose#EMPLOYABILITY}, keyed by the user id, so every variant sees the same users),
 * sigma = {@code users.employabilitySpread}; theta is kept within [{@link #MIN}, {@link #MAX}].
 * Theta multiplies the weekly opening chance, the odds of a hire and the work-without-NAV hazard,
 * and divides the quit and the disability-benefit hazards. sigma = 0 gives theta = 1 for all: the
 * neutral setting, under which the user draws no uniform at all.
 *
 * <p>Why lognormal with mean 1: theta acts multiplicatively on rates (a proportional-hazards
 * frailty), must be positive, and a mean of 1 leaves the average rate of a fresh cohort where the
 * calibration put it, so sigma changes only the spread (selection), not the level.
 */
final class EmployabilityRule {
    /** Bounds on theta (beyond 4.6 sd at sigma 0.5), so no hazard can explode or vanish. */
    static final double MIN = 0.1;
    static final double MAX = 10.0;

    private EmployabilityRule() {
    }

    /** Draws and stores user {@code id}'s employability (at referral). */
    static void draw(InclusionModel model, int id, double sigma) {
        if (sigma == 0.0) {
            model.users.employability.set(id, 1.0);
            return;
        }
        double u1 = model.random().uniform(Purpose.EMPLOYABILITY, id, 0, 0);
        double u2 = model.random().uniform(Purpose.EMPLOYABILITY, id, 0, 1);
        double z = Math.sqrt(-2.0 * Math.log1p(-u1)) * Math.cos(2.0 * Math.PI * u2);
        model.users.employability.set(id, theta(sigma, z));
    }

    /** theta = exp(sigma z - sigma^2 / 2), kept within [MIN, MAX]. */
    static double theta(double sigma, double z) {
        return Math.max(MIN, Math.min(MAX, Math.exp(sigma * z - 0.5 * sigma * sigma)));
    }
}
