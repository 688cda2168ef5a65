package org.inclusim.model.parameters;

import java.io.Serializable;

/**
 * Project funding: mentor training, working-life-centre follow-up, network facilitation and
 * adviser co-working are funded by the project until {@code endWeek}; afterwards each continues
 * with probability {@code supportRetainedAfterEnd} per occasion.
 */
public record ProjectParameters(
        @Param(value = "156", min = 0, max = 100_000, unit = "week",
                doc = "Week at which project funding ends (156 = three years, as the AFI project 2016-2019).",
                source = "AFI project 2016-2019")
        int endWeek,
        @Param(value = "0.3", min = 0, max = 1, unit = "share",
                doc = "Share of funded support that continues after the project ends (0 = all stops, 1 = fully sustained).",
                source = "assumed (AFI: open whether the sites sustain the model)")
        double supportRetainedAfterEnd) implements Serializable {
}
