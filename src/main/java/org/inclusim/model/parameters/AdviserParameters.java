package org.inclusim.model.parameters;

import java.io.Serializable;

/**
 * NAV advisers (veiledere) in the hybrid model: each adviser follows a caseload and gives close,
 * job-specialist follow-up (as in IPS) in a few selected cases and standard follow-up in the rest.
 */
public record AdviserParameters(
        @Param(value = "6", min = 1, max = 1_000_000, unit = "advisers",
                doc = "NAV advisers following users in the measure.",
                source = "AFI project: 30 NAV staff over the offices of two sites; assumed 6 for one office area")
        int count,
        @Param(value = "15", min = 1, max = 1000, unit = "users",
                doc = "Users one adviser follows at once; referrals wait when all caseloads are full.",
                source = "IPS fidelity scale: job-specialist caseload <= 20")
        int caseloadCapacity,
        @Param(value = "3", min = 0, max = 1000, unit = "users",
                doc = "Cases per adviser given close, job-specialist follow-up (hybrid model); the rest get standard follow-up. 0 = none, >= caseloadCapacity = all.",
                source = "Spjelkavik op-ed and NAV project page: 1-5 selected cases per adviser")
        int closeCasesPerAdviser,
        @Param(value = "0.2", min = 0, max = 1, unit = "share",
                doc = "Share of advisers who start with job-specialist experience.",
                source = "assumed (the project paired new advisers with experienced colleagues)")
        double experiencedShare,
        @Param(value = "0.9", min = 0, max = 1, unit = "competence",
                doc = "Job-specialist competence of an experienced adviser; advisers who reach it can train colleagues.",
                source = "assumed, to calibrate")
        double experiencedCompetence,
        @Param(value = "0.3", min = 0, max = 1, unit = "competence",
                doc = "Job-specialist competence of an adviser without close follow-up experience.",
                source = "assumed, to calibrate (advisers need no prior experience)")
        double initialCompetence,
        @Param(value = "2", min = 0, max = 20, unit = "advisers",
                doc = "Colleagues one experienced adviser can co-work with at once.",
                source = "assumed")
        int coWorkingPartners,
        @Param(value = "0.02", min = 0, max = 1, unit = "competence per week",
                doc = "Competence gained per week of co-working alongside an experienced colleague (times leadership support).",
                source = "assumed, to calibrate")
        double coWorkingLearningPerWeek,
        @Param(value = "0.004", min = 0, max = 1, unit = "competence per case-week",
                doc = "Experiential learning per week per close case held (times leadership support).",
                source = "assumed, to calibrate")
        double caseLearningPerWeek,
        @Param(value = "0.8", min = 0, max = 1, unit = "share",
                doc = "How far office leadership allows working by two logics and sharing experience; gates all adviser learning.",
                source = "AFI project: management support named as a precondition; assumed")
        double leadershipSupport,
        @Param(value = "0.06", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance of a placement opportunity for a seeking user in close follow-up by a fully competent job specialist.",
                source = "calibrated to RR ~1.6-2 for competitive jobs (Frederick & VanderWeele 2019; Brinchmann et al. 2020)")
        double closeMatchRatePerWeek,
        @Param(value = "0.025", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance of a placement opportunity for a seeking user in standard follow-up.",
                source = "assumed, to calibrate (Reme et al. 2019: 27 % employed at 12 months in usual care)")
        double standardMatchRatePerWeek,
        @Param(value = "0", min = 0, max = 0.2, unit = "per week",
                doc = "Duration dependence of job search: the weekly opportunity chance is multiplied by exp(-decline x weeks out of work), counted from referral or from the end of the last job. 0 = no decline.",
                source = "assumed, to calibrate (callbacks fall with time out of work: Kroft, Lange & Notowidigdo 2013; usual care flat from 12 to 18 months: Reme et al. 2019)")
        double opportunityDeclinePerWeek,
        @Param(value = "0.5", min = 0, max = 1, unit = "support",
                doc = "Support a fully competent job specialist adds to a user in close follow-up (times competence).",
                source = "assumed, to calibrate")
        double closeSupport,
        @Param(value = "0.1", min = 0, max = 1, unit = "support",
                doc = "Support standard follow-up adds to a user.",
                source = "assumed, to calibrate")
        double standardSupport,
        @Param(value = "0.75", min = 0, max = 1.5, unit = "share",
                doc = "Share of workplace follow-up that falls on the mentor in a close follow-up case (the job specialist carries the rest).",
                source = "assumed; AFI: the hybrid model asks more of workplace and mentor than full IPS")
        double closeMentorLoadShare,
        @Param(value = "1.0", min = 0, max = 1.5, unit = "share",
                doc = "Share of workplace follow-up that falls on the mentor in a standard follow-up case.",
                source = "assumed (reference level)")
        double standardMentorLoadShare,
        @Param(value = "1.4", min = 0, max = 40, unit = "hours per week",
                doc = "Adviser face-to-face hours per close case in its first 13 weeks.",
                source = "VA IPS study, Psychiatr Serv 58(3) 2007: ~86 min/week in the first 3 months")
        double closeHoursEarlyPerWeek,
        @Param(value = "0.6", min = 0, max = 40, unit = "hours per week",
                doc = "Adviser face-to-face hours per close case after its first 13 weeks.",
                source = "VA IPS study: ~34 min/week from 6-24 months")
        double closeHoursLaterPerWeek,
        @Param(value = "0.25", min = 0, max = 40, unit = "hours per week",
                doc = "Adviser hours per standard follow-up case.",
                source = "assumed")
        double standardHoursPerWeek,
        @Param(value = "52", min = 0, max = 520, unit = "weeks",
                doc = "Weeks of follow-along after a job start before the case leaves the adviser's caseload.",
                source = "Bond & Kukla 2011: support usually >= 1 year")
        int followAlongWeeks,
        @Param(value = "0.27", min = 0, max = 5, unit = "per year",
                doc = "Adviser turnover: yearly rate at which an adviser leaves; the successor takes over the caseload with initialCompetence and no job-specialist experience (0 = no turnover).",
                source = "Butenko et al. 2022: 27.1 %/year in public-sector jobs, 45.0 % for IPS job specialists (Norway)")
        double turnoverPerYear) implements Serializable {
}
