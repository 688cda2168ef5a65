package org.inclusim.model.parameters;

import java.io.Serializable;

/** Mentor training and follow-up by the working-life centre (Arbeidslivssenter). */
public record TrainingParameters(
        @Param(value = "basic", unit = "-",
                doc = "Training a new mentor gets: none, basic or extended.",
                source = "AFI project intervention 2")
        TrainingLevel level,
        @Param(value = "0.15", min = 0, max = 1, unit = "competence",
                doc = "Competence added by basic training.",
                source = "assumed, to calibrate")
        double basicCompetenceGain,
        @Param(value = "0.3", min = 0, max = 1, unit = "competence",
                doc = "Competence added by extended training.",
                source = "assumed, to calibrate")
        double extendedCompetenceGain,
        @Param(value = "true", unit = "-",
                doc = "Whether the working-life centre follows up mentors with regular contacts.",
                source = "AFI project intervention 2")
        boolean followUp,
        @Param(value = "4", min = 1, max = 52, unit = "weeks",
                doc = "Weeks between follow-up contacts with each mentor.",
                source = "assumed")
        int followUpIntervalWeeks,
        @Param(value = "own", unit = "-",
                doc = "Follow-up cycle: shared (the first model's: the first mentors of all workplaces in the same weeks, later ones shifted by their recruitment order) or own (each mentor's cycle starts at its first mentee).",
                source = "assumed; a shared cycle shows as a saw-tooth in mean strain")
        FollowUpCycle followUpCycle,
        @Param(value = "equal", unit = "-",
                doc = "Follow-up targeting: equal (each mentor when its cycle comes round) or targeted (the same number of contacts each week, given to the most strained mentors with mentees first).",
                source = "policy switch (issue 15); equal = the first model")
        FollowUpTargeting followUpTargeting,
        @Param(value = "0.15", min = 0, max = 5, unit = "strain",
                doc = "Strain a follow-up contact removes.",
                source = "assumed, to calibrate")
        double followUpStrainRelief,
        @Param(value = "0.01", min = 0, max = 1, unit = "competence",
                doc = "Competence a follow-up contact adds.",
                source = "assumed, to calibrate")
        double followUpLearning) implements Serializable {
}
