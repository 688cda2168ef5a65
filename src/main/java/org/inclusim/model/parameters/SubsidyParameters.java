package org.inclusim.model.parameters;

import java.io.Serializable;

/**
 * Temporary wage subsidy (midlertidig lønnstilskudd): NAV pays a share of the wage of a hired
 * user for a limited time, in two steps. The subsidy lowers the fit an employer requires, at the
 * hire and for as long as it is paid; its step-down and end are therefore risk points for the job.
 */
public record SubsidyParameters(
        @Param(value = "0.5", min = 0, max = 1, unit = "share",
                doc = "Chance that NAV offers a wage subsidy for a hire when the user's fit is below what the employer requires without one. 0 = no subsidies.",
                source = "assumed, to calibrate")
        double offerShare,
        @Param(value = "0.6", min = 0, max = 1, unit = "share of wage",
                doc = "Share of the wage the subsidy pays in its first period.",
                source = "NAV rules for reduced work capacity: 60 % (evidence.md; current rules)")
        double firstRate,
        @Param(value = "52", min = 0, max = 520, unit = "weeks",
                doc = "Length of the first period.",
                source = "NAV rules: 12 months at the first rate for reduced work capacity (evidence.md)")
        int firstWeeks,
        @Param(value = "0.5", min = 0, max = 1, unit = "share of wage",
                doc = "Share of the wage the subsidy pays in its second period.",
                source = "NAV rules for reduced work capacity: 50 % (evidence.md)")
        double secondRate,
        @Param(value = "52", min = 0, max = 520, unit = "weeks",
                doc = "Length of the second period; the subsidy ends after the two periods.",
                source = "NAV rules: at most 2 years in all for reduced work capacity (evidence.md)")
        int secondWeeks,
        @Param(value = "0.2", min = 0, max = 2, unit = "fit per unit rate",
                doc = "How much the subsidy lowers the fit the employer requires, per unit of the rate paid (a 60 % subsidy lowers it by 0.6 x this), for hiring and while the job lasts. 0 = the subsidy changes nothing but cost.",
                source = "assumed, to calibrate (a subsidy pays for part of the productivity the employer expects)")
        double thresholdReliefPerRate) implements Serializable {

    /** The rate paid in week {@code weeksSinceStart} of a subsidised job (0 from the end on). */
    public double rateAt(int weeksSinceStart) {
        if (weeksSinceStart < firstWeeks) {
            return firstRate;
        }
        return weeksSinceStart < firstWeeks + secondWeeks ? secondRate : 0.0;
    }
}
