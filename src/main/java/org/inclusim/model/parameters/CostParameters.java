package org.inclusim.model.parameters;

import java.io.Serializable;

/**
 * Unit costs of public spending, in NOK at the price level of {@code costs.priceYear}, and the
 * discount rate. They never enter the model's dynamics: no rule reads them (an architecture test
 * says so); the report multiplies them with quantities from weekly.csv (see the cost items in
 * {@code analysis.cost}), so changing one changes the costs of a batch, never its runs.
 */
public record CostParameters(
        @Param(value = "2025", min = 2000, max = 2100, unit = "year",
                doc = "Price year of the unit costs (the G of 1 May of that year for benefits).",
                source = "G from 1 May 2025 (130 160 NOK), trygdeoppgjøret 2025")
        int priceYear,
        @Param(value = "4", min = 0, max = 20, unit = "percent per year",
                doc = "Real discount rate for the present value of spending over the horizon (0: undiscounted).",
                source = "Finansdepartementet, Rundskriv R-109/2021, 4 % real for the first 40 years")
        double discountRatePercent,
        @Param(value = "850", min = 0, max = 100_000, unit = "NOK per hour",
                doc = "Cost of one NAV adviser hour: wage, holiday pay, employer's contribution, pension and overhead.",
                source = "derived: about 620 000 NOK a year x 1.4 (social costs) x 1.3 (overhead) / 1 330 productive hours; "
                        + "method as DFØ's Veileder i samfunnsøkonomiske analyser; to check against Proba-rapport 2019-05 and AFI-rapport 5/2012")
        double adviserHourNok,
        @Param(value = "400", min = 0, max = 100_000, unit = "NOK per hour",
                doc = "Mentortilskudd per agreed mentor hour: the mentor's ordinary hourly wage plus employer's contribution.",
                source = "rule: nav.no Mentortilskudd (2023); amount: about 350 NOK an hour (SSB average earnings 2024) x 1.141 (arbeidsgiveravgift)")
        double mentorHourNok,
        @Param(value = "10000", min = 0, max = 10_000_000, unit = "NOK per mentor",
                doc = "Working-life centre's cost of basic training for one mentor.",
                source = "assumed")
        double trainingNok,
        @Param(value = "20000", min = 0, max = 10_000_000, unit = "NOK per mentor",
                doc = "Working-life centre's cost of extended training for one mentor.",
                source = "assumed (twice the basic training)")
        double extendedTrainingNok,
        @Param(value = "5000", min = 0, max = 10_000_000, unit = "NOK per meeting",
                doc = "Cost of facilitating one network meeting.",
                source = "assumed")
        double networkMeetingNok,
        @Param(value = "2000", min = 0, max = 10_000_000, unit = "NOK per contact",
                doc = "Cost of one working-life-centre follow-up contact with a mentor.",
                source = "assumed")
        double followUpContactNok,
        @Param(value = "0", min = 0, max = 100_000, unit = "NOK per participant-week",
                doc = "NAV's payment per week of work training (arbeidstrening) beyond adviser time; the participant's benefit "
                        + "is counted with the benefit items. Set it to the weekly tiltakspenger for participants without AAP.",
                source = "rule: nav.no Arbeidstrening (no payment to an ordinary employer)")
        double workTrainingWeekNok,
        @Param(value = "300", min = 0, max = 10_000, unit = "NOK per job-hour",
                doc = "Employer's wage cost of one weekly hour of a subsidised job, per week: wage, holiday pay, employer's contribution "
                        + "and pension (OTP). A wage subsidy pays its rate of the job's hours times this.",
                source = "assumed: 450 000 NOK a year for a full-time position of 37.5 hours a week, x 1.12 (holiday pay) x 1.141 "
                        + "(arbeidsgiveravgift) plus 2 % OTP, / (52 x 37.5) = 299.5")
        double wageCostHourNok,
        @Param(value = "130160", min = 0, max = 1_000_000, unit = "NOK per year",
                doc = "The basic amount G of the national insurance scheme (folketrygdens grunnbeløp) of the price year.",
                source = "G from 1 May 2025, trygdeoppgjøret 2025 (Arbeids- og inkluderingsdepartementet)")
        double basicAmountNok,
        @Param(value = "2", min = 0, max = 10, unit = "G per year",
                doc = "AAP (arbeidsavklaringspenger) per year, as a multiple of G: the minimum benefit (most users have little earnings).",
                source = "folketrygdloven kap. 11: 66 % of the income basis, at least 2 G a year")
        double aapMinimumG,
        @Param(value = "2.48", min = 0, max = 10, unit = "G per year",
                doc = "Uføretrygd (disability benefit) per year, as a multiple of G: the minimum for a person living alone, the full benefit "
                        + "of a week on it without work.",
                source = "folketrygdloven § 12-13: minsteytelse høy sats 2.48 G (ordinær 2.28 G; ung ufør 2.91 G)")
        double disabilityBenefitMinimumG,
        @Param(value = "0.78", min = 0, max = 1, unit = "share",
                doc = "Share of the full disability benefit paid for a week on it with work beside it: the average payment grade "
                        + "(utbetalingsgrad) of recipients who work, graded or reduced for earnings above the income limit, or paid "
                        + "in full under it. 1 pays every week on the benefit in full (neutral).",
                source = "NAV statistics, Mottakere av uføretrygd etter uføregrad og utbetalingsgrad, 31.12.2023 (mean payment "
                        + "grade, band midpoints: 0.61 of graded recipients, 0.72 of 13 272 with grade 100 paid less) and von Simson & "
                        + "Sørbø 2025, Arbeid og velferd (in work 2023: 48 000 graded, 55 000 at grade 100): "
                        + "(48 000 x 0.61 + 13 272 x 0.72 + 41 728 x 1) / 103 000 = 0.78; docs/statistics.md, Costs")
        double disabilityBenefitShareWhenWorking) implements Serializable {
}
