package org.inclusim.analysis.cost;

import java.util.List;

/**
 * The declared items of public spending. A new item (a new quantity column, a new unit cost)
 * is one line here plus its {@code cost.KEY} label in the message catalogue and its parameters
 * in {@code CostParameters}. Items whose quantity column a batch lacks are left out of it, so
 * the items of model parts still to come (benefit stages, wage subsidies, subsidised mentor
 * hours) are declared already and count as soon as weekly.csv has their column. Disability
 * benefit pays its weeks with work beside it a graded share ({@link CostItem.Graded}). Rule
 * SubsidyByHours: a wage subsidy pays, each week, the subsidised hours times the employer's wage
 * cost of an hour times the run's {@code subsidy.*} rate, the rate the hire decision uses (one
 * home for the fact).
 */
public final class CostItems {
    static final double WEEKS_PER_YEAR = 52;
    /** How a retired parameter's source ends: where the report's value comes from. */
    private static final String RETIRED_VALUE = " (retired; the batch's own value, from its manifest.json)";
    private static final String OLDER_SHARE_SOURCE = "nav.no Midlertidig lønnstilskudd: 60 % for up to one year, then 50 %, at most two years"
            + RETIRED_VALUE;
    /**
     * The unit cost of a subsidised job-week in batches made before weekly.csv had subsidised
     * hours (a 60 % position, whatever the job's hours); only their manifests hold it.
     */
    static final RetiredParameter OLDER_WAGE_COST_WEEK = new RetiredParameter("costs.wageCostWeekNok",
            "Retired: employer's wage cost of one subsidised job-week of a 60 % position, whatever the job's hours: wage, holiday pay, "
                    + "employer's contribution and pension (OTP). Only batches made before wage subsidies were priced by the subsidised "
                    + "hour (costs.wageCostHourNok) have it.",
            "NOK per job-week",
            "assumed: 60 % position at 450 000 NOK a year x 1.12 x 1.141 plus 2 % OTP, / 52" + RETIRED_VALUE);
    /**
     * The shares of the wage cost the subsidy paid in those batches (first rate period, later),
     * the price they were reported with; only their manifests hold them. A manifest without them
     * prices the weeks at its {@code subsidy.*} rates.
     */
    static final RetiredParameter OLDER_FIRST_SHARE = new RetiredParameter("costs.wageSubsidyFirstYearShare",
            "Retired: the share of the wage cost the wage subsidy (midlertidig lønnstilskudd) paid in its first rate period. Only "
                    + "batches made before wage subsidies were priced at subsidy.firstRate have it.",
            "share",
            OLDER_SHARE_SOURCE);
    static final RetiredParameter OLDER_LATER_SHARE = new RetiredParameter("costs.wageSubsidyLaterShare",
            "Retired: the share of the wage cost the wage subsidy (midlertidig lønnstilskudd) paid in its later rate period. Only "
                    + "batches made before wage subsidies were priced at subsidy.secondRate have it.",
            "share",
            OLDER_SHARE_SOURCE);
    /** The parameters older batches are priced with that the model no longer has, for the report to explain them. */
    public static final List<RetiredParameter> RETIRED = List.of(OLDER_WAGE_COST_WEEK, OLDER_FIRST_SHARE, OLDER_LATER_SHARE);

    /** Every item, in the order of the report. */
    public static final List<CostItem> ALL = List.of(
            CostItem.of("adviser_time", "adviser_hours", "costs.adviserHourNok"),
            new CostItem("mentor_subsidy", List.of("subsidised_mentor_hours", "mentor_hours"), List.of("costs.mentorHourNok"), 1),
            CostItem.of("mentor_training_basic", "mentor_trainings_basic", "costs.trainingNok"),
            CostItem.of("mentor_training_extended", "mentor_trainings_extended", "costs.extendedTrainingNok"),
            CostItem.of("network_meetings", "network_meetings", "costs.networkMeetingNok"),
            CostItem.of("follow_up_contacts", "follow_up_contacts", "costs.followUpContactNok"),
            CostItem.of("work_training", "in_placement", "costs.workTrainingWeekNok"),
            CostItem.of("wage_subsidy_first_year", "wage_subsidy_hours_first_year", "costs.wageCostHourNok", "subsidy.firstRate")
                    .orOlder("wage_subsidy_weeks_first_year", List.of(OLDER_WAGE_COST_WEEK.path(), OLDER_FIRST_SHARE.path()),
                            List.of(OLDER_WAGE_COST_WEEK.path(), "subsidy.firstRate")),
            CostItem.of("wage_subsidy_later", "wage_subsidy_hours_later", "costs.wageCostHourNok", "subsidy.secondRate")
                    .orOlder("wage_subsidy_weeks_later", List.of(OLDER_WAGE_COST_WEEK.path(), OLDER_LATER_SHARE.path()),
                            List.of(OLDER_WAGE_COST_WEEK.path(), "subsidy.secondRate")),
            new CostItem("aap", List.of("aap"), List.of("costs.basicAmountNok", "costs.aapMinimumG"), 1 / WEEKS_PER_YEAR),
            new CostItem("disability_benefit", List.of("disability_benefit"),
                    List.of("costs.basicAmountNok", "costs.disabilityBenefitMinimumG"), 1 / WEEKS_PER_YEAR,
                    new CostItem.Graded("disability_with_work", "costs.disabilityBenefitShareWhenWorking"), null));

    /** The parameter holding the discount rate, in percent per year. */
    public static final String DISCOUNT_RATE = "costs.discountRatePercent";
    /** The parameter holding the price year. */
    public static final String PRICE_YEAR = "costs.priceYear";

    private CostItems() {
    }
}
