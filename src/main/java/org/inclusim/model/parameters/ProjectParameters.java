package org.inclusim.model.parameters;

import java.io.Serializable;

/**
 * Project funding and what remains after it. Until {@code endWeek} every project element runs at
 * level 1; afterwards element e falls towards its after-end level L_e as
 * L_e + (1 - L_e) exp(-(week - endWeek) / decayWeeks) (at once when decayWeeks is 0). Training,
 * follow-up, network meetings and co-working happen on an occasion with probability equal to
 * their level; prioritised time scales the close-follow-up slots; leadership scales the
 * leadership support of adviser learning. Neutral: every after-end level 1.
 */
public record ProjectParameters(
        @Param(value = "156", min = 0, max = 100_000, unit = "week",
                doc = "Week at which project funding ends (156 = three years, as the AFI project 2016-2019).",
                source = "AFI project 2016-2019")
        int endWeek,
        @Param(value = "26", min = 0, max = 1040, unit = "weeks",
                doc = "Time constant of the decay of each project element towards its after-end level (0 = at once).",
                source = "assumed, to calibrate (Bond et al. 2014: programmes fade over years, not weeks)")
        double decayWeeks,
        @Param(value = "0.3", min = 0, max = 1, unit = "share",
                doc = "Level of mentor training after the project (share of occasions carried out; 1 = sustained).",
                source = "assumed (the first model's supportRetainedAfterEnd 0.3)")
        double trainingAfterEnd,
        @Param(value = "0.3", min = 0, max = 1, unit = "share",
                doc = "Level of working-life-centre follow-up of mentors after the project (1 = sustained).",
                source = "assumed (the first model's supportRetainedAfterEnd 0.3)")
        double followUpAfterEnd,
        @Param(value = "0.3", min = 0, max = 1, unit = "share",
                doc = "Level of network facilitation (meetings held) after the project (1 = sustained).",
                source = "assumed (the first model's supportRetainedAfterEnd 0.3)")
        double networkFacilitationAfterEnd,
        @Param(value = "0.3", min = 0, max = 1, unit = "share",
                doc = "Level of adviser co-working after the project (1 = sustained).",
                source = "assumed (the first model's supportRetainedAfterEnd 0.3)")
        double coWorkingAfterEnd,
        @Param(value = "0.5", min = 0, max = 1, unit = "share",
                doc = "Level of prioritised adviser time after the project: close-follow-up slots = round(closeCasesPerAdviser x level); cases over the slots go back to standard follow-up, longest-close first (1 = sustained).",
                source = "assumed, to calibrate (Bond et al. 2014: 47 % of practices sustained at 6 years)")
        double prioritisedTimeAfterEnd,
        @Param(value = "0.5", min = 0, max = 1, unit = "share",
                doc = "Level of leadership support after the project, multiplying advisers.leadershipSupport (1 = sustained).",
                source = "assumed, to calibrate (supervisor turnover predicted programme survival: Bond et al. 2014)")
        double leadershipAfterEnd,
        @Param(value = "0.005", min = 0, max = 1, unit = "per week",
                doc = "After the project, each adviser's competence above initialCompetence falls by this share a week, times (1 - leadership level) (0 = no loss).",
                source = "assumed, to calibrate (skills not practised with support fade)")
        double competenceLossPerWeek) implements Serializable {
}
