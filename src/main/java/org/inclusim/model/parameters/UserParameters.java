package org.inclusim.model.parameters;

import java.io.Serializable;

/** Users: people with complex support needs referred to the measure, and how they differ. */
public record UserParameters(
        @Param(value = "20", min = 0, max = 5_000_000, unit = "users",
                doc = "Users already referred when the simulation starts (week 0).",
                source = "AFI project: 49 users over three years at two sites; assumed 20 at the start for one office area")
        int initialCaseload,
        @Param(value = "0.2", min = 0, max = 100_000, unit = "users per week",
                doc = "Mean number of new referrals per week (Poisson arrivals).",
                source = "AFI project: about 10 users a year per site")
        double referralsPerWeek,
        @Param(value = "0.6", min = 0.05, max = 0.95, unit = "share",
                doc = "Mean support need of a user (0 none, 1 extreme); raises mentor load and lowers initial work fit.",
                source = "assumed, to calibrate (target group has complex and extensive needs)")
        double supportNeedMean,
        @Param(value = "0.3", min = 0, max = 0.5, unit = "share",
                doc = "Half-width of the triangular distribution of support need around its mean.",
                source = "assumed, to calibrate")
        double supportNeedSpread,
        @Param(value = "0.6", min = 0, max = 1, unit = "share",
                doc = "Work fit of a user with no support need at referral; initial fit = initialFitMax x (1 - need).",
                source = "assumed, to calibrate")
        double initialFitMax,
        @Param(value = "8", min = 1, max = 104, unit = "weeks",
                doc = "Mean time out of work after a job loss before the user seeks again (the destinations' hazards compete with it).",
                source = "assumed, to calibrate")
        double reentryWeeksMean,
        @Param(value = "0", min = 0, max = 2, unit = "log-sd",
                doc = "Spread sigma of the latent employability theta, lognormal with mean 1 (ln theta ~ N(-sigma^2/2, sigma^2)), drawn at referral: multiplies both opening rates (work training and direct jobs), the odds of a hire on every route and the work-without-NAV hazard, divides the quit and the disability-benefit hazards. 0 = everyone equal.",
                source = "assumed, to calibrate: 0 until it is calibrated together with search.durationDeclinePerWeek, which the first calibration fitted with everyone equal (heterogeneity dominates aggregate duration dependence: van den Berg & van Ours 1996)")
        double employabilitySpread) implements Serializable {
}
