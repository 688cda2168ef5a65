package org.inclusim.model.parameters;

import java.io.Serializable;

/** Place-then-train: work training (arbeidstrening) in an ordinary workplace, then a hire decision. */
public record PlacementParameters(
        @Param(value = "12", min = 1, max = 156, unit = "weeks",
                doc = "Planned length of a placement; the hire decision is taken when it ends.",
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
        double hireSlope) implements Serializable {
}
