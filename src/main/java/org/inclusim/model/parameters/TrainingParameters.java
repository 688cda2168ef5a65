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
        @Param(value = "0.15", min = 0, max = 5, unit = "strain",
                doc = "Strain a follow-up contact removes.",
                source = "assumed, to calibrate")
        double followUpStrainRelief,
        @Param(value = "0.01", min = 0, max = 1, unit = "competence",
                doc = "Competence a follow-up contact adds.",
                source = "assumed, to calibrate")
        double followUpLearning) implements Serializable {
}
