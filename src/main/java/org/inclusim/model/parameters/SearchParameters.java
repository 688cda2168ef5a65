package org.inclusim.model.parameters;

import java.io.Serializable;

/**
 * Job search by the adviser, by two routes: openings for work training (arbeidstrening, the
 * place-then-train route) and direct openings in ordinary jobs (job development with employers,
 * the IPS route). Close (job-specialist) follow-up uses both; standard follow-up works mostly
 * through referrals to measures.
 */
public record SearchParameters(
        @Param(value = "0.025", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that standard follow-up finds a work-training (arbeidstrening) opening for a seeking user of average employability.",
                source = "assumed, to calibrate (Reme et al. 2019: 27 % employed at 12 months in usual care)")
        double standardPlacementRatePerWeek,
        @Param(value = "0.06", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that a fully competent job specialist finds a work-training opening for a seeking user in close follow-up (the rate rises from the standard rate with the adviser's competence).",
                source = "assumed, to calibrate (the AFI project's close cases mostly started in work training)")
        double closePlacementRatePerWeek,
        @Param(value = "0.005", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that standard follow-up (job matching, the user's own search) turns up an ordinary job opening for a seeking user.",
                source = "assumed, to calibrate")
        double standardJobRatePerWeek,
        @Param(value = "0.02", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that a fully competent job specialist's job development (employer contacts every week) turns up an ordinary job opening for a seeking user in close follow-up (the rate rises from the standard rate with competence). 0 together with standardJobRatePerWeek 0 = jobs only through work training.",
                source = "assumed, to calibrate (IPS: rapid job search and about 6 employer contacts a week per job specialist, Becker et al. 2008 fidelity scale)")
        double closeJobRatePerWeek,
        @Param(value = "0", min = 0, max = 0.2, unit = "per week",
                doc = "True state dependence: both opening chances are multiplied by exp(-decline x weeks out of work), counted from referral or from the end of the last job, up to durationDeclineUntilWeeks. 0 = none.",
                source = "assumed, to calibrate (callbacks fall with time out of work: Kroft, Lange & Notowidigdo 2013)")
        double durationDeclinePerWeek,
        @Param(value = "35", min = 0, max = 520, unit = "weeks",
                doc = "Where true state dependence levels off: from this many weeks out of work on, the factor exp(-durationDeclinePerWeek x weeks) stays at its value here (exp(-decline x min(weeks, this))). 0 = the decline never stops.",
                source = "Kroft, Lange & Notowidigdo 2013 (QJE 128(3):1123-1167; NBER w18387): callbacks fall with the length of the spell, 'with the majority of this decline occurring during the first eight months' (about 35 weeks)")
        int durationDeclineUntilWeeks,
        @Param(value = "4", min = 0, max = 104, unit = "weeks",
                doc = "Time scale on which standard follow-up gets going after intake (assessment, waiting for a measure): its opening chances are multiplied by 1 - exp(-weeks since intake / this). Close follow-up starts searching at once. 0 = no delay.",
                source = "assumed, to calibrate (IPS: first employer contact within about a month of entry; usual care assesses first)")
        double standardStartWeeks,
        @Param(value = "2", min = 0, max = 20, unit = "extra options",
                doc = "Job match and preferences: the match of a job or placement found in standard follow-up is a uniform draw; a job specialist weighs this many more options and takes the best (match = the largest of 1 + this uniform draws). 0 = no difference.",
                source = "assumed, to calibrate (IPS: job search follows the person's preferences; Becker et al. 2008)")
        int closeMatchDraws,
        @Param(value = "0.05", min = 0, max = 1, unit = "fit",
                doc = "Job development: how much a fully competent job specialist's negotiation with the employer (job carving, adapted tasks) lowers the fit the employer requires for a direct hire (times competence). 0 = none.",
                source = "assumed, to calibrate (IPS job development)")
        double jobDevelopmentRelief,
        @Param(value = "0", min = 0, max = 1, unit = "fit",
                doc = "Job development at the work-training employer: how much a fully competent job specialist's contact with the employer hosting a close case's work training (negotiating the hire, adapting tasks) lowers the fit the employer requires at the early and the end-of-placement hire decisions (times competence). 0 = none: job development acts on direct hires only.",
                source = "assumed, to calibrate (job development raises job acquisition: Leff et al. 2005, Psychiatr Serv 56(10):1237-1244; engaging employers to hire includes offering job trials: Migliore 2010; docs/validation.md)")
        double placementDevelopmentRelief) implements Serializable {
}
