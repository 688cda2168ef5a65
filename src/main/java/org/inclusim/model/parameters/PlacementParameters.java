package org.inclusim.model.parameters;

import java.io.Serializable;

/** Place-then-train: work training (arbeidstrening) in an ordinary workplace, then a hire decision. */
public record PlacementParameters(
        @Param(value = "12", min = 1, max = 156, unit = "weeks",
                doc = "Planned length of a placement; the employer takes a final hire decision when it ends (an earlier hire is possible, see earlyHireRatePerWeek).",
                source = "assumed common practice; arbeidstrening allows up to 12 months (+6)")
        int plannedWeeks,
        @Param(value = "12", min = 0.1, max = 520, unit = "weeks",
                doc = "Planned length at which mentors and advisers invest half their full effort: investment = planned / (planned + this).",
                source = "assumed, to calibrate (AFI: a short horizon makes it hard to plan and invest in follow-up)")
        double investmentHalfWeeks,
        @Param(value = "0.08", min = 0, max = 1, unit = "per week",
                doc = "Growth of work fit per week at support 1: fit += rate x support x (1 - fit).",
                source = "assumed, to calibrate")
        double fitGrowthPerWeek,
        @Param(value = "0.03", min = 0, max = 1, unit = "per week",
                doc = "Weekly drop-out probability from a placement without support.",
                source = "assumed, to calibrate")
        double dropoutHazardPerWeek,
        @Param(value = "2.0", min = 0, max = 20, unit = "per unit support",
                doc = "How strongly support lowers drop-out: hazard x exp(-effect x support).",
                source = "assumed, to calibrate")
        double dropoutSupportEffect,
        @Param(value = "0.55", min = 0, max = 1, unit = "fit",
                doc = "Work fit at which an employer hires with probability one half, at week 0 (rises with the adaptability trend).",
                source = "assumed, to calibrate")
        double hireThreshold,
        @Param(value = "10", min = 0.1, max = 100, unit = "per unit fit",
                doc = "Steepness of the hire decision: P(hire) = 1 / (1 + exp(-slope x (fit - threshold))).",
                source = "assumed, to calibrate")
        double hireSlope,
        @Param(value = "0.1", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that the employer takes the hire decision before the planned end of a placement (from earliestHireWeeks on); the decision itself is the hire probability at the user's fit. 0 = hires only at the planned end.",
                source = "assumed, to calibrate (arbeidstrening can end early in a job)")
        double earlyHireRatePerWeek,
        @Param(value = "4", min = 1, max = 156, unit = "weeks",
                doc = "Weeks in placement before an early hire decision is possible.",
                source = "assumed")
        int earliestHireWeeks,
        @Param(value = "0.3", min = 0, max = 1, unit = "share",
                doc = "Lock-in: a user in work training gets direct job openings at this share of the rate a seeking user gets (less job search while in an unpaid placement). 1 = no lock-in, 0 = no search while in placement.",
                source = "assumed, to calibrate (lock-in of labour-market programmes: Westlie 2008; Card, Kluve & Weber 2018)")
        double lockInSearchFactor) implements Serializable {
}
