package org.inclusim.model.parameters;

import java.io.Serializable;

/** Workplace mentors (natural support): capacity, support, strain, burnout and super-mentors. */
public record MentorParameters(
        @Param(value = "1", min = 0, max = 20, unit = "mentors",
                doc = "Mentors each workplace has when the simulation starts.",
                source = "AFI project: 39 workplaces, 39-45 mentors")
        int initialPerWorkplace,
        @Param(value = "1", min = 1, max = 20, unit = "users",
                doc = "Mentees an ordinary mentor takes at once.",
                source = "assumed")
        int menteeCapacity,
        @Param(value = "3", min = 1, max = 20, unit = "users",
                doc = "Mentees a super-mentor takes at once.",
                source = "assumed (AFI: dedicated mentors take on too much)")
        int superMenteeCapacity,
        @Param(value = "0.2", min = 0, max = 1, unit = "share",
                doc = "Share of new mentors who are super-mentors (highly dedicated).",
                source = "assumed, to calibrate (AFI: 'some' mentors are very dedicated)")
        double superMentorShare,
        @Param(value = "1.8", min = 1, max = 5, unit = "multiplier",
                doc = "Dedication of a super-mentor (ordinary mentors 1): multiplies time, support given and strain taken.",
                source = "assumed, to calibrate")
        double superDedication,
        @Param(value = "1.5", min = 0, max = 40, unit = "hours per week",
                doc = "Mentor hours per mentee in placement at full investment and dedication 1.",
                source = "Danish mentor RCT (STAR 2014): ~1-1.5 h mentoring a week")
        double hoursPerMenteeWeek,
        @Param(value = "0.3", min = 0, max = 1, unit = "competence",
                doc = "Mentor competence of an untrained new mentor.",
                source = "assumed, to calibrate")
        double baseCompetence,
        @Param(value = "0.003", min = 0, max = 1, unit = "competence per mentee-week",
                doc = "Competence a mentor learns per week per mentee.",
                source = "assumed, to calibrate")
        double learningPerMenteeWeek,
        @Param(value = "0.15", min = 0, max = 5, unit = "strain per load-week",
                doc = "Strain added per week per unit of mentee load (need x load share x phase factor x dedication x work pressure).",
                source = "assumed, to calibrate (no published data on mentor strain)")
        double strainPerLoad,
        @Param(value = "1.0", min = 0, max = 10, unit = "-",
                doc = "How much competence buffers load: load / (1 + buffer x competence).",
                source = "assumed, to calibrate")
        double competenceBuffer,
        @Param(value = "0.1", min = 0, max = 1, unit = "per week",
                doc = "Share of a mentor's strain that fades each week (rest and recovery).",
                source = "assumed, to calibrate")
        double strainRecoveryRate,
        @Param(value = "0.03", min = 0, max = 1, unit = "per mentee-week",
                doc = "Weekly chance that a mentee has a crisis that adds strain to the mentor.",
                source = "assumed, to calibrate")
        double crisisProbabilityPerWeek,
        @Param(value = "0.3", min = 0, max = 5, unit = "strain",
                doc = "Strain a mentee crisis adds (times dedication).",
                source = "assumed, to calibrate")
        double crisisStrain,
        @Param(value = "1.0", min = 0.05, max = 10, unit = "strain",
                doc = "Strain above which a mentor burns out.",
                source = "assumed (scale of strain)")
        double burnoutThreshold,
        @Param(value = "0.5", min = 0, max = 1, unit = "share",
                doc = "Support lost at strain equal to the threshold: support x (1 - penalty x min(1, strain / threshold)).",
                source = "assumed, to calibrate")
        double strainSupportPenalty,
        @Param(value = "0.4", min = 0, max = 1, unit = "share",
                doc = "Share of burnouts after which the mentor quits the role at once (the rest go on leave).",
                source = "assumed, to calibrate")
        double quitOnBurnoutShare,
        @Param(value = "57", min = 1, max = 520, unit = "weeks",
                doc = "Mean length of burnout leave (geometric).",
                source = "Dutch cohort (Scand J Work Environ Health 2008): ~37 % fully back 6 months after sick leave; a geometric leave with mean 57 weeks ends within 26 weeks with probability 0.37")
        double leaveWeeksMean,
        @Param(value = "0.4", min = 0, max = 1, unit = "per week",
                doc = "Share of strain that fades each week on leave.",
                source = "assumed")
        double leaveRecoveryRate,
        @Param(value = "0.4", min = 0, max = 1, unit = "share",
                doc = "Load of a mentee in a job relative to one in placement (natural support continues).",
                source = "assumed, to calibrate")
        double employedLoadFactor,
        @Param(value = "0", min = 0, max = 520, unit = "weeks",
                doc = "Weeks after a hire at which the mentor stops following the mentee altogether. 0 = never (natural support lasts as long as the job); a positive value reproduces a cliff.",
                source = "structure switch (the first model ended mentor support 26 weeks after hire)")
        int followWeeksAfterHire,
        @Param(value = "26", min = 0, max = 520, unit = "weeks",
                doc = "Time scale on which a mentor's effort for an employed mentee tapers after the hire: effort = background + (1 - background) x exp(-weeks in the job / this). 0 = no taper.",
                source = "assumed, to calibrate (mentors ask for a longer horizon, AFI project)")
        double taperWeeks,
        @Param(value = "0.25", min = 0, max = 1, unit = "share",
                doc = "Share of the mentor's effort that lasts as background natural support once the taper is over (the mentor as a colleague).",
                source = "assumed, to calibrate (natural support as part of the workplace)")
        double backgroundShare,
        @Param(value = "26", min = 0, max = 156, unit = "weeks",
                doc = "Weeks after a hire that the mentor's hours are subsidised (mentortilskudd); during them the mentee holds one of the mentor's places, afterwards the support is natural and unpaid.",
                source = "mentortilskudd: normally up to 6 months, up to 3 years for reduced work capacity (evidence.md)")
        int subsidisedWeeks) implements Serializable {
}
