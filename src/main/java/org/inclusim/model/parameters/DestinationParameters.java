package org.inclusim.model.parameters;

import java.io.Serializable;

/**
 * Where users go when they leave the measure: five destinations, each with its own weekly hazard
 * h = rate x stage factor x exp(needEffect x (need - 0.5) + durationEffect x years out of work) x
 * theta^e, with e = -1 for disability benefit, +1 for work without NAV and 0 otherwise (theta is
 * the latent employability, {@code users.employabilitySpread}). The hazards apply to users who
 * are referred, seeking or out of work. Users in AAP, education or work without NAV are referred
 * again at their return rate. Setting every rate to 0 keeps everyone in the measure. A user on
 * disability benefit may work beside it (graded benefit): with the chance disabilityWorkAtGrant at
 * the grant, then starting and stopping at weekly rates ({@code DisabilityWorkRule}).
 */
public record DestinationParameters(
        @Param(value = "0.0025", min = 0, max = 1, unit = "per week",
                doc = "Weekly hazard of leaving for disability benefit (ufoeretrygd, absorbing) at need 0.5, at referral, theta 1.",
                source = "assumed, to calibrate; anchored on Nossen 2023: about 4 in 10 on ufoeretrygd 5 years after starting a programme")
        double disabilityPerWeek,
        @Param(value = "2", min = -10, max = 10, unit = "per unit of need",
                doc = "Log-hazard change of disability benefit per unit of support need (0 = need does not matter).",
                source = "assumed, to calibrate (health problems drive ufoeretrygd)")
        double disabilityNeedEffect,
        @Param(value = "0.25", min = -5, max = 5, unit = "per year",
                doc = "Log-hazard change of disability benefit per year out of work (true state dependence; 0 = none).",
                source = "assumed, to calibrate; sign from Roed & Zhang 2003 (positive duration dependence of the disability hazard)")
        double disabilityDurationEffectPerYear,
        @Param(value = "0.0015", min = 0, max = 1, unit = "per week",
                doc = "Weekly hazard of leaving for AAP without active follow-up (passive benefit).",
                source = "assumed, to calibrate (Nossen 2023: 1 in 8 in long spells without work or lost from the registers); "
                        + "no Norwegian figure for the flow into passive AAP found: NAV's tables of leavers of nedsatt arbeidsevne "
                        + "cannot show it (AAP recipients keep the status), and Fafo 2015:29 is on exits from AAP (docs/validation.md)")
        double aapPerWeek,
        @Param(value = "0.01", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that a user on AAP without follow-up is referred again (0 = never).",
                source = "assumed, to calibrate (more than 4 in 10 chain programmes: Nossen 2023)")
        double aapReturnPerWeek,
        @Param(value = "0.0006", min = 0, max = 1, unit = "per week",
                doc = "Weekly hazard of leaving for education or an apprenticeship.",
                source = "AFI cohort: 2 apprenticeships + 2 into education of 49 over about 3 years; assumed, to calibrate; "
                        + "upper bound: of those leaving NAV's nedsatt arbeidsevne status in Q1 2022, 9.3 % were of unknown status "
                        + "(education among others) and 49.8 % on ufoeretrygd six months later (0.19 to 1); the calibrated "
                        + "baseline's flow into education against that bound: docs/validation.md")
        double educationPerWeek,
        @Param(value = "0.01", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that a user in education is referred again (0 = never).",
                source = "assumed, to calibrate")
        double educationReturnPerWeek,
        @Param(value = "0.001", min = 0, max = 1, unit = "per week",
                doc = "Weekly hazard of finding work without NAV at referral and theta 1.",
                source = "assumed, to calibrate (Nossen 2023: about 1 in 4 in work and no longer registered at NAV after 5 years)")
        double workWithoutNavPerWeek,
        @Param(value = "-0.8", min = -5, max = 5, unit = "per year",
                doc = "Log-hazard change of work without NAV per year out of work (true state dependence; 0 = none).",
                source = "assumed, to calibrate; set near the calibrated search decline (0.0155 per week = 0.8 per year)")
        double workWithoutNavDurationEffectPerYear,
        @Param(value = "0.004", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that a user in work without NAV loses it and is referred again (0 = never).",
                source = "assumed, to calibrate")
        double workWithoutNavReturnPerWeek,
        @Param(value = "0.0005", min = 0, max = 1, unit = "per week",
                doc = "Weekly hazard of leaving for other reasons (moved away, died, lost from the registers; absorbing).",
                source = "assumed, to calibrate")
        double otherPerWeek,
        @Param(value = "7", min = 0, max = 100, unit = "factor",
                doc = "Multiplier on every destination hazard for a user out of work after a job loss (1 = same as seeking).",
                source = "assumed: keeps the first model's ~30 % leaving after a job loss (reentryShare 0.7)")
        double outOfWorkFactor,
        @Param(value = "0.27", min = 0, max = 1, unit = "probability",
                doc = "Chance that a user granted disability benefit combines it with work (graded benefit with a job; 0 = never: with disabilityWorkStartPerWeek 0 the neutral setting, the model before graded benefit).",
                source = "NAV: 13.3 % in work and on ufoeretrygd against 36.5 % on ufoeretrygd only six months after leaving NAV's nedsatt arbeidsevne status, Q1 2022 (0.27; Q2 2024 gives 0.23); moves no fitted outcome, so on without a refit")
        double disabilityWorkAtGrant,
        @Param(value = "0.001", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that a user on disability benefit without work starts working beside it (0 = never; with disabilityWorkAtGrant 0 the neutral setting).",
                source = "von Simson & Soerboe 2025, Arbeid og velferd, 2022-2023: about 5 % a year of those on 100 % ufoeretrygd not working start work (4 % of all, of the roughly 80 % not working; 0.001 a week is 5.1 % a year)")
        double disabilityWorkStartPerWeek,
        @Param(value = "0.004", min = 0, max = 1, unit = "per week",
                doc = "Weekly chance that a user working beside disability benefit stops working (stays on the benefit).",
                source = "von Simson & Soerboe 2025: as many stop working as start, about 4 % of all a year, of the 19-24 % who work (about 0.2 a year); acts only on a user working beside the benefit")
        double disabilityWorkEndPerWeek) implements Serializable {
}
