package org.inclusim.model.parameters;

import java.io.Serializable;

/**
 * Workplace mentors (natural support): capacity, support, strain, the strain hazard and its three
 * responses, ordinary turnover, employer-allotted time and the reuse of successful mentors.
 */
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
                doc = "Mentees a super-mentor takes at once: a drawn super-mentor from the start; a mentor asked again and again (reuseSuccessWeight) grows to it.",
                source = "assumed (AFI: dedicated mentors take on too much)")
        int superMenteeCapacity,
        @Param(value = "0", min = 0, max = 1, unit = "share",
                doc = "Share of new mentors drawn as super-mentors (a trait: dedication and capacity). 0 = super-mentors only emerge, by reuse (reuseSuccessWeight).",
                source = "assumed; the source article describes super-mentors as made by the system, so no drawn trait by default")
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
                doc = "Reference strain: the strain at which the weekly strain hazard equals strainHazardAtReference (the scale of strain).",
                source = "assumed (scale of strain; the first model's burnout threshold)")
        double strainReference,
        @Param(value = "8", min = 0, max = 100, unit = "per unit strain",
                doc = "Steepness of the strain hazard: logit(hazard) = logit(strainHazardAtReference) + slope x (strain - strainReference). 0 = a constant hazard (neutral); 100, the maximum, = the logistic's limit, the first model's cliff (an event exactly when strain exceeds the reference).",
                source = "assumed, to calibrate (no published data on mentor strain)")
        double strainSlope,
        @Param(value = "0.15", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that an active mentor at the reference strain leaves active mentoring (steps back, goes on sick leave or quits).",
                source = "assumed, to calibrate")
        double strainHazardAtReference,
        @Param(value = "0.5", min = 0, max = 1, unit = "share",
                doc = "Support lost at the reference strain: support x (1 - penalty x min(1, strain / strainReference)).",
                source = "assumed, to calibrate")
        double strainSupportPenalty,
        @Param(value = "0.35", min = 0, max = 1, unit = "share",
                doc = "Share of strain events in which the mentor steps back: keeps current mentees, takes no new ones for a while.",
                source = "assumed, to calibrate (AFI: mentors ask for breaks between mentees)")
        double stepBackShare,
        @Param(value = "0.25", min = 0, max = 1, unit = "share",
                doc = "Share of strain events in which the mentor quits the role for good; the rest (1 - stepBackShare - quitShare) go on sick leave.",
                source = "assumed, to calibrate")
        double quitShare,
        @Param(value = "13", min = 1, max = 520, unit = "weeks",
                doc = "Mean length of a step back (geometric), after which the mentor takes new mentees again.",
                source = "assumed")
        double stepBackWeeksMean,
        @Param(value = "0.3", min = 0, max = 1, unit = "share",
                doc = "Share of sick leaves that are severe (clinical burnout, mean severeLeaveWeeksMean); the rest are short (mean shortLeaveWeeksMean).",
                source = "assumed, to calibrate (most strain-related sick leave is short; clinical burnout is the tail)")
        double severeLeaveShare,
        @Param(value = "8", min = 1, max = 520, unit = "weeks",
                doc = "Mean length of a short sick leave (geometric).",
                source = "assumed, to calibrate")
        double shortLeaveWeeksMean,
        @Param(value = "57", min = 1, max = 520, unit = "weeks",
                doc = "Mean length of a severe sick leave (geometric): the clinical-burnout tail.",
                source = "Dutch cohort (Scand J Work Environ Health 2008): ~37 % fully back 6 months after sick leave; a geometric leave with mean 57 weeks ends within 26 weeks with probability 0.37")
        double severeLeaveWeeksMean,
        @Param(value = "0.09", min = 0, max = 1, unit = "per year",
                doc = "Ordinary mentor turnover (job change, retirement), independent of strain, read as a yearly chance q (not a rate): each week a mentor leaves the workplace with chance 1 - (1 - q)^(1/52). 0 = none (neutral).",
                source = "SSB Rapporter 2020/12 (Kortvarige arbeidsforhold): 0.8 % a month for employees with more than a year's tenure, about 9 % a year")
        double turnoverPerYear,
        @Param(value = "1", min = 0, max = 168, unit = "hours per week",
                doc = "Mentoring hours a week the employer allots within working time; hours above it add strain (unallottedStrainWeight). 168 = unlimited (neutral).",
                source = "assumed, to calibrate (source article: super-mentors ask for flexibility and time set aside)")
        double allottedHoursPerWeek,
        @Param(value = "1.0", min = 0, max = 10, unit = "multiplier",
                doc = "Extra strain from mentoring outside allotted time: load strain x (1 + weight x share of this week's mentoring hours above the allotted hours). 0 = none (neutral).",
                source = "assumed, to calibrate")
        double unallottedStrainWeight,
        @Param(value = "2.0", min = 0, max = 100, unit = "per mentee hired",
                doc = "Reuse of success: an adviser probes a workplace with weight 1 + weight x hires it made and asks its mentor with the most mentees hired first; after each hire that mentor is asked to take one more mentee with probability weight / (1 + weight), up to superMenteeCapacity. 0 = no preference (neutral).",
                source = "assumed, to calibrate (source article: the willing and successful mentor is asked again and again); 2 keeps the baseline's burnout rate near the first model's")
        double reuseSuccessWeight,
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

    public MentorParameters {
        if (stepBackShare + quitShare > 1.0) {
            throw new ParameterException("mentors.quitShare", quitShare,
                    "stepBackShare + quitShare must be at most 1 (the rest is sick leave), but stepBackShare is " + stepBackShare);
        }
    }

    /** Weekly chance of ordinary turnover: 1 - (1 - turnoverPerYear)^(1/52). */
    public double turnoverPerWeek() {
        return turnoverPerYear >= 1.0 ? 1.0 : -Math.expm1(Math.log1p(-turnoverPerYear) / 52.0);
    }
}
