package org.inclusim.model.parameters;

import java.io.Serializable;

/** Ordinary workplaces (employers) and the job-adaptability trend. */
public record WorkplaceParameters(
        @Param(value = "40", min = 1, max = 5_000_000, unit = "workplaces",
                doc = "Workplaces that take part (can host placements and mentors).",
                source = "AFI project: 39 workplaces, mostly small and private")
        int count,
        @Param(value = "0.26", min = 0, max = 1, unit = "share",
                doc = "How much less open a very small firm is to a placement than a large one: openness = 1 - penalty x exp(-size / 10).",
                source = "field experiment: disclosed disability lowered employer interest by 26 %, concentrated in small private firms")
        double smallFirmPenalty,
        @Param(value = "3", min = 1, max = 50, unit = "workplaces",
                doc = "Workplaces an adviser approaches for one placement opportunity before giving up for the week.",
                source = "assumed")
        int searchProbes,
        @Param(value = "5", min = 1, max = 50, unit = "sectors",
                doc = "Sectors a workplace can belong to (drawn with equal chance); mentors of different sectors find network meetings less relevant. 1 = one sector (neutral).",
                source = "NAV mentor measure evaluation (Oxford Research): retail, car repair, construction, health and social work, education")
        int sectors,
        @Param(value = "0.01", min = -0.2, max = 0.2, unit = "fit per year",
                doc = "Yearly rise of the fit employers require: ordinary jobs get harder to adapt to the individual (negative = easier).",
                source = "AFI: working life makes it ever harder to adapt jobs; size assumed, to calibrate")
        double adaptabilityLossPerYear) implements Serializable {
}
