package org.inclusim.model.parameters;

import java.io.Serializable;

/** How workplaces find new mentors, and how visible pressure and burnout deter them. */
public record RecruitmentParameters(
        @Param(value = "0.6", min = 0, max = 1, unit = "probability",
                doc = "Chance that an employee agrees to become a mentor when asked, with no visible pressure.",
                source = "assumed, to calibrate")
        double baseWillingness,
        @Param(value = "1.5", min = 0, max = 20, unit = "per unit pressure",
                doc = "Deterrence: willingness x exp(-deterrence x visible pressure).",
                source = "assumed, to calibrate (AFI: high work pressure deters others from mentoring)")
        double deterrence,
        @Param(value = "1.0", min = 0, max = 10, unit = "per burnout",
                doc = "Visible pressure added by one recent burnout among the workplace's mentors.",
                source = "assumed, to calibrate")
        double burnoutVisibility,
        @Param(value = "52", min = 1, max = 520, unit = "weeks",
                doc = "Time scale over which a burnout stays visible at a workplace (exponential memory).",
                source = "assumed")
        double burnoutMemoryWeeks,
        @Param(value = "0.3", min = 0, max = 5, unit = "per mentor",
                doc = "Imitation: willingness x (1 + imitation x colleagues mentoring without strain, at most 2).",
                source = "imitation of colleagues in labour-market decisions (see docs/ODD.md); assumed size")
        double imitation,
        @Param(value = "0.2", min = 0, max = 1, unit = "share",
                doc = "Largest share of a workplace's employees who can be mentors (at least one).",
                source = "assumed")
        double maxMentorShareOfStaff) implements Serializable {
}
